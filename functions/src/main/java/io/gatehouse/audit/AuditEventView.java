package io.gatehouse.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.gatehouse.db.tables.records.AuditEventsRecord;
import io.gatehouse.platform.Json;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * One event of GET /audit: the recorded fields, its place in the tenant's chain and its hash (hex),
 * so an administrator can match an event with a verified export. The tenant is implied by the
 * caller and not repeated.
 */
record AuditEventView(
        long seq,
        UUID eventId,
        Instant occurredAt,
        Instant recordedAt,
        String actorSubject,
        List<String> actorRoles,
        boolean actorInteractive,
        String action,
        String resourceType,
        String resourceId,
        String outcome,
        String clientIp,
        String userAgent,
        String correlationId,
        String traceId,
        JsonNode details,
        String hash) {

    static AuditEventView of(AuditEventsRecord row) {
        return new AuditEventView(
                row.getSeq(),
                row.getEventId(),
                row.getOccurredAt().toInstant(),
                row.getRecordedAt().toInstant(),
                row.getActorSubject(),
                List.of(row.getActorRoles()),
                row.getActorInteractive(),
                row.getAction(),
                row.getResourceType(),
                row.getResourceId(),
                row.getOutcome(),
                row.getClientIp(),
                row.getUserAgent(),
                row.getCorrelationId(),
                row.getTraceId(),
                details(row.getDetails().data()),
                HexFormat.of().formatHex(row.getHash()));
    }

    AuditCursor cursor() {
        return new AuditCursor(occurredAt, seq);
    }

    private static JsonNode details(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored audit details are not JSON", e);
        }
    }
}
