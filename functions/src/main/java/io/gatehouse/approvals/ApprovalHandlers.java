package io.gatehouse.approvals;

import static io.gatehouse.db.Tables.APPROVALS;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatehouse.db.tables.records.ApprovalsRecord;
import io.gatehouse.http.ApiResponse;
import io.gatehouse.http.Call;
import io.gatehouse.http.Page;
import io.gatehouse.http.PageCursor;
import io.gatehouse.http.PageRequest;
import io.gatehouse.http.ProblemException;
import io.gatehouse.http.ResourceIds;
import io.gatehouse.platform.Json;
import io.gatehouse.security.Principal;
import io.gatehouse.security.Role;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * The approvals routes. Everything runs in the caller's tenant transaction, so another tenant's
 * approval is not found (404). A customer_admin sees the tenant's approvals; anyone else sees only
 * the ones they requested, and a foreign one looks like one that does not exist.
 */
final class ApprovalHandlers {

    /** The queue the executor listens on (SPEC.md §4). */
    static final String APPROVED_ACTIONS = "approved-actions";

    static final String APPROVED_TYPE = "approval.approved";

    private ApprovalHandlers() {}

    static ApiResponse list(Call call) {
        PageRequest page = PageRequest.from(call);
        Condition condition =
                page.afterCursor(APPROVALS.REQUESTED_AT, APPROVALS.APPROVAL_ID)
                        .and(visibleTo(call.principal()));
        Optional<String> status = call.queryParam("status");
        if (status.isPresent()) {
            ApprovalStatus wanted =
                    ApprovalStatus.fromCode(status.get())
                            .orElseThrow(
                                    () ->
                                            ProblemException.badRequest(
                                                    "status must be pending, approved, rejected, expired or executed."));
            condition = condition.and(statusIs(wanted, OffsetDateTime.now(call.clock())));
        }
        var rows =
                call.db()
                        .selectFrom(APPROVALS)
                        .where(condition)
                        .orderBy(APPROVALS.REQUESTED_AT, APPROVALS.APPROVAL_ID)
                        .limit(page.limit() + 1)
                        .fetch(row -> ApprovalView.of(row, call.clock()));
        call.audit().detail("count", Math.min(rows.size(), page.limit()));
        return ApiResponse.ok(
                Page.of(rows, page.limit(), view -> new PageCursor(view.requestedAt(), view.id())));
    }

    static ApiResponse get(Call call, String id) {
        UUID approvalId = ResourceIds.parse(id);
        call.audit().resourceId(approvalId);
        return call.db()
                .selectFrom(APPROVALS)
                .where(APPROVALS.APPROVAL_ID.eq(approvalId).and(visibleTo(call.principal())))
                .fetchOptional(row -> ApprovalView.of(row, call.clock()))
                .map(ApiResponse::ok)
                .orElseThrow(ProblemException::notFound);
    }

    /**
     * Approve or reject. The row is locked first, so two administrators deciding at once are
     * serialised: the second finds it no longer pending (409). An approval is sent to the executor
     * inside this transaction; if the queue cannot take it, nothing is decided (503).
     */
    static ApiResponse decide(Call call, String id) {
        UUID approvalId = ResourceIds.parse(id);
        call.audit().resourceId(approvalId);
        Decision decision = call.body(Decision.class);
        ApprovalsRecord row =
                call.db()
                        .selectFrom(APPROVALS)
                        .where(APPROVALS.APPROVAL_ID.eq(approvalId))
                        .forUpdate()
                        .fetchOptional()
                        .orElseThrow(ProblemException::notFound);
        String subject = call.principal().subject();
        if (row.getRequestedBy().equals(subject)) {
            throw new ProblemException(403, "The requester of an approval may not decide it.");
        }
        OffsetDateTime now = OffsetDateTime.now(call.clock());
        if (!ApprovalStatus.PENDING.code().equals(row.getStatus())) {
            throw new ProblemException(
                    409, "The approval is no longer pending (" + row.getStatus() + ").");
        }
        if (!row.getExpiresAt().isAfter(now)) {
            throw new ProblemException(409, "The approval has expired.");
        }
        ApprovalStatus outcome =
                decision.approves() ? ApprovalStatus.APPROVED : ApprovalStatus.REJECTED;
        ApprovalsRecord decided =
                call.db()
                        .update(APPROVALS)
                        .set(APPROVALS.STATUS, outcome.code())
                        .set(APPROVALS.DECIDED_BY, subject)
                        .set(APPROVALS.DECIDED_AT, now)
                        .set(APPROVALS.DECISION_REASON, decision.reason())
                        .where(APPROVALS.APPROVAL_ID.eq(approvalId))
                        .returning()
                        .fetchSingle();
        call.audit().detail("decision", outcome.code()).detail("gatedAction", row.getAction());
        if (decision.approves()) {
            ObjectNode message =
                    Json.mapper()
                            .createObjectNode()
                            .put("approvalId", approvalId.toString())
                            .put("payloadHash", row.getPayloadHash());
            call.audit()
                    .detail(
                            "executionMessageId",
                            call.enqueue(APPROVED_ACTIONS, APPROVED_TYPE, message).id().toString());
        }
        return ApiResponse.ok(ApprovalView.of(decided, call.clock()));
    }

    /** Administrators see every approval of their tenant; other callers their own requests only. */
    private static Condition visibleTo(Principal principal) {
        if (principal.has(Role.CUSTOMER_ADMIN) || principal.has(Role.INTERNAL_ADMIN)) {
            return DSL.noCondition();
        }
        return APPROVALS.REQUESTED_BY.eq(principal.subject());
    }

    /** "pending" means still decidable: a pending approval past its expiry is listed as expired. */
    private static Condition statusIs(ApprovalStatus wanted, OffsetDateTime now) {
        return switch (wanted) {
            case PENDING -> APPROVALS.STATUS.eq(wanted.code()).and(APPROVALS.EXPIRES_AT.gt(now));
            case EXPIRED ->
                    APPROVALS
                            .STATUS
                            .eq(wanted.code())
                            .or(
                                    APPROVALS
                                            .STATUS
                                            .eq(ApprovalStatus.PENDING.code())
                                            .and(APPROVALS.EXPIRES_AT.le(now)));
            default -> APPROVALS.STATUS.eq(wanted.code());
        };
    }
}
