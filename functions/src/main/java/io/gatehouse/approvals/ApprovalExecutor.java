package io.gatehouse.approvals;

import static io.gatehouse.db.Tables.APPROVALS;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatehouse.audit.AuditOutcome;
import io.gatehouse.audit.ConsumerAudit;
import io.gatehouse.db.tables.records.ApprovalsRecord;
import io.gatehouse.observability.Tracing;
import io.gatehouse.platform.Envelope;
import io.gatehouse.platform.QueueSender;
import io.gatehouse.platform.Sha256;
import io.gatehouse.tenancy.TenantTransactions;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * The consumer of {@code approved-actions}: runs an approved action once, exactly as approved.
 *
 * <p>In one transaction scoped to the message's tenant it locks the approval row, and only if the
 * approval is still {@code approved}, unexpired, and its stored payload still hashes to the hash
 * that was approved (and that the message carries) does it run the registered action and mark the
 * approval {@code executed} — the action's effect and that mark commit together. A redelivered or
 * duplicated message finds the approval executed and changes nothing; two messages at once are
 * serialised by the row lock. Every outcome but "already executed" is audited as
 * {@code approval.execute}.
 */
public final class ApprovalExecutor {

    static final String ACTOR = "gatehouse:approval-executor";
    static final String ACTION = "approval.execute";

    /** What became of one message. */
    public enum Outcome { EXECUTED, ALREADY_EXECUTED, NOT_APPROVED, EXPIRED, PAYLOAD_MISMATCH, UNKNOWN_APPROVAL }

    private final TenantTransactions transactions;
    private final GatedActions actions;
    private final QueueSender queues;
    private final Tracing tracing;
    private final Clock clock;

    public ApprovalExecutor(TenantTransactions transactions, GatedActions actions, QueueSender queues, Tracing tracing, Clock clock) {
        this.transactions = transactions;
        this.actions = actions;
        this.queues = queues;
        this.tracing = tracing;
        this.clock = clock;
    }

    public Outcome execute(Envelope envelope) {
        if (!ApprovalHandlers.APPROVED_TYPE.equals(envelope.type()) || envelope.customerId() == null) {
            throw new IllegalArgumentException("not an approved-action message of a tenant");
        }
        UUID approvalId = UUID.fromString(envelope.payload().path("approvalId").asText());
        String approvedHash = envelope.payload().path("payloadHash").asText();
        Span span = tracing.startSpan("process " + ApprovalHandlers.APPROVED_ACTIONS, SpanKind.CONSUMER,
                Optional.ofNullable(envelope.traceparent()));
        ConsumerAudit audit = ConsumerAudit.of(ACTOR, envelope);
        try (Scope ignored = span.makeCurrent()) {
            Outcome outcome = transactions.inTenant(envelope.customerId(), db -> run(db, approvalId, approvedHash, audit));
            audit.sendAfterCommit(queues);
            return outcome;
        } catch (RuntimeException failure) {
            audit.discard();
            throw failure;
        } finally {
            span.end();
        }
    }

    private Outcome run(DSLContext db, UUID approvalId, String approvedHash, ConsumerAudit audit) {
        ApprovalsRecord row = db.selectFrom(APPROVALS).where(APPROVALS.APPROVAL_ID.eq(approvalId)).forUpdate().fetchOne();
        if (row == null) {
            audit.record(db, audit.event(ACTION, AuditOutcome.DENIED).resource("approval", approvalId.toString())
                    .detail("reason", "unknown_approval").build());
            return Outcome.UNKNOWN_APPROVAL;
        }
        String status = row.getStatus();
        if (ApprovalStatus.EXECUTED.code().equals(status)) {
            return Outcome.ALREADY_EXECUTED;
        }
        if (!ApprovalStatus.APPROVED.code().equals(status)) {
            refuse(db, audit, row, AuditOutcome.DENIED, "status_" + status);
            return Outcome.NOT_APPROVED;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!row.getExpiresAt().isAfter(now)) {
            db.update(APPROVALS).set(APPROVALS.STATUS, ApprovalStatus.EXPIRED.code())
                    .where(APPROVALS.APPROVAL_ID.eq(approvalId)).execute();
            refuse(db, audit, row, AuditOutcome.DENIED, "expired");
            return Outcome.EXPIRED;
        }
        if (!Sha256.same(row.getPayloadHash(), Sha256.hex(row.getPayload())) || !Sha256.same(row.getPayloadHash(), approvedHash)) {
            refuse(db, audit, row, AuditOutcome.ERROR, "payload_mismatch");
            return Outcome.PAYLOAD_MISMATCH;
        }
        GatedAction action = actions.find(row.getAction())
                .orElseThrow(() -> new IllegalStateException("no gated action registered as " + row.getAction()));
        JsonNode payload = ApprovalView.parse(row.getPayload());
        String result = action.execute(db, payload);
        db.update(APPROVALS)
                .set(APPROVALS.STATUS, ApprovalStatus.EXECUTED.code())
                .set(APPROVALS.EXECUTED_AT, now)
                .set(APPROVALS.EXECUTION_RESULT, result)
                .where(APPROVALS.APPROVAL_ID.eq(approvalId))
                .execute();
        audit.record(db, audit.event(ACTION, AuditOutcome.SUCCESS).resource("approval", approvalId.toString())
                .detail("gatedAction", row.getAction())
                .detail("targetType", row.getResourceType())
                .detail("targetId", row.getResourceId())
                .detail("result", result)
                .detail("requestedBy", row.getRequestedBy())
                .detail("approvedBy", row.getDecidedBy())
                .build());
        return Outcome.EXECUTED;
    }

    private static void refuse(DSLContext db, ConsumerAudit audit, ApprovalsRecord row, AuditOutcome outcome, String reason) {
        audit.record(db, audit.event(ACTION, outcome).resource("approval", row.getApprovalId().toString())
                .detail("gatedAction", row.getAction())
                .detail("reason", reason)
                .build());
    }
}
