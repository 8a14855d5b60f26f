package io.gatehouse.approvals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.gatehouse.db.tables.records.ApprovalsRecord;
import io.gatehouse.platform.Json;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An approval as the API shows it. A pending approval past its expiry is shown as {@code expired}
 * even before the timer has marked it so: it can no longer be decided either way.
 */
record ApprovalView(
        UUID id,
        String action,
        String resourceType,
        String resourceId,
        JsonNode payload,
        String payloadHash,
        String status,
        String requestedBy,
        OffsetDateTime requestedAt,
        OffsetDateTime expiresAt,
        String decidedBy,
        OffsetDateTime decidedAt,
        String decisionReason,
        OffsetDateTime executedAt,
        String executionResult) {

    static ApprovalView of(ApprovalsRecord row, Clock clock) {
        String status = row.getStatus();
        if (ApprovalStatus.PENDING.code().equals(status)
                && !row.getExpiresAt().isAfter(OffsetDateTime.now(clock))) {
            status = ApprovalStatus.EXPIRED.code();
        }
        return new ApprovalView(
                row.getApprovalId(),
                row.getAction(),
                row.getResourceType(),
                row.getResourceId(),
                parse(row.getPayload()),
                row.getPayloadHash(),
                status,
                row.getRequestedBy(),
                row.getRequestedAt(),
                row.getExpiresAt(),
                row.getDecidedBy(),
                row.getDecidedAt(),
                row.getDecisionReason(),
                row.getExecutedAt(),
                row.getExecutionResult());
    }

    static JsonNode parse(String payload) {
        try {
            return Json.mapper().readTree(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored approval payload is not JSON", e);
        }
    }
}
