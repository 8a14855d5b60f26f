package io.gatehouse.approvals;

import static io.gatehouse.db.Tables.APPROVALS;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatehouse.consumers.ConsumerTransaction;
import io.gatehouse.consumers.InboundMessage;
import io.gatehouse.consumers.MessageHandler;
import io.gatehouse.db.tables.records.ApprovalsRecord;
import io.gatehouse.evidence.AuditOutcome;
import io.gatehouse.platform.Envelope;
import io.gatehouse.platform.Sha256;
import java.util.UUID;

/**
 * The consumer of {@code approved-actions}: runs an approved action once, exactly as approved.
 *
 * <p>In one transaction of the message's tenant it locks the approval row, and only if the approval
 * is still {@code approved}, unexpired, and its stored payload still hashes to the hash that was
 * approved (and that the message carries) does it run the registered action and mark the approval
 * {@code executed} — the action's effect and that mark commit together. A redelivered or duplicated
 * message finds the approval executed and changes nothing; two messages at once are serialised by
 * the row lock. Every outcome but "already executed" is audited as {@code approval.execute}.
 */
public final class ApprovalExecutor
        implements MessageHandler<ApprovalExecutor.ApprovedAction, ApprovalExecutor.Outcome> {

    static final String ACTOR = "gatehouse:approval-executor";
    static final String ACTION = "approval.execute";

    /** What became of one message. */
    public enum Outcome {
        EXECUTED,
        ALREADY_EXECUTED,
        NOT_APPROVED,
        EXPIRED,
        PAYLOAD_MISMATCH,
        UNKNOWN_APPROVAL
    }

    /** The payload: which approval, and the hash of the payload the approver saw. */
    public record ApprovedAction(UUID approvalId, String approvedHash) {}

    private final GatedActions actions;

    public ApprovalExecutor(GatedActions actions) {
        this.actions = actions;
    }

    @Override
    public String queue() {
        return ApprovalHandlers.APPROVED_ACTIONS;
    }

    @Override
    public String type() {
        return ApprovalHandlers.APPROVED_TYPE;
    }

    @Override
    public String actor() {
        return ACTOR;
    }

    @Override
    public ApprovedAction decode(Envelope envelope) {
        return new ApprovedAction(
                UUID.fromString(envelope.payload().path("approvalId").asText()),
                envelope.payload().path("payloadHash").asText());
    }

    @Override
    public Outcome handle(ApprovedAction approved, InboundMessage message) {
        return message.inTransaction(transaction -> run(transaction, approved));
    }

    private Outcome run(ConsumerTransaction transaction, ApprovedAction approved) {
        var db = transaction.db();
        UUID approvalId = approved.approvalId();
        ApprovalsRecord row =
                db.selectFrom(APPROVALS)
                        .where(APPROVALS.APPROVAL_ID.eq(approvalId))
                        .forUpdate()
                        .fetchOne();
        if (row == null) {
            transaction.record(
                    transaction
                            .event(ACTION, AuditOutcome.DENIED)
                            .resource("approval", approvalId.toString())
                            .detail("reason", "unknown_approval")
                            .build());
            return Outcome.UNKNOWN_APPROVAL;
        }
        String status = row.getStatus();
        if (ApprovalStatus.EXECUTED.code().equals(status)) {
            return Outcome.ALREADY_EXECUTED;
        }
        if (!ApprovalStatus.APPROVED.code().equals(status)) {
            refuse(transaction, row, AuditOutcome.DENIED, "status_" + status);
            return Outcome.NOT_APPROVED;
        }
        if (!row.getExpiresAt().isAfter(transaction.now())) {
            db.update(APPROVALS)
                    .set(APPROVALS.STATUS, ApprovalStatus.EXPIRED.code())
                    .where(APPROVALS.APPROVAL_ID.eq(approvalId))
                    .execute();
            refuse(transaction, row, AuditOutcome.DENIED, "expired");
            return Outcome.EXPIRED;
        }
        if (!Sha256.same(row.getPayloadHash(), Sha256.hex(row.getPayload()))
                || !Sha256.same(row.getPayloadHash(), approved.approvedHash())) {
            refuse(transaction, row, AuditOutcome.ERROR, "payload_mismatch");
            return Outcome.PAYLOAD_MISMATCH;
        }
        GatedAction action =
                actions.find(row.getAction())
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "no gated action registered as "
                                                        + row.getAction()));
        JsonNode payload = ApprovalView.parse(row.getPayload());
        String result = action.execute(db, payload);
        db.update(APPROVALS)
                .set(APPROVALS.STATUS, ApprovalStatus.EXECUTED.code())
                .set(APPROVALS.EXECUTED_AT, transaction.now())
                .set(APPROVALS.EXECUTION_RESULT, result)
                .where(APPROVALS.APPROVAL_ID.eq(approvalId))
                .execute();
        transaction.record(
                transaction
                        .event(ACTION, AuditOutcome.SUCCESS)
                        .resource("approval", approvalId.toString())
                        .detail("gatedAction", row.getAction())
                        .detail("targetType", row.getResourceType())
                        .detail("targetId", row.getResourceId())
                        .detail("result", result)
                        .detail("requestedBy", row.getRequestedBy())
                        .detail("approvedBy", row.getDecidedBy())
                        .build());
        return Outcome.EXECUTED;
    }

    private static void refuse(
            ConsumerTransaction transaction,
            ApprovalsRecord row,
            AuditOutcome outcome,
            String reason) {
        transaction.record(
                transaction
                        .event(ACTION, outcome)
                        .resource("approval", row.getApprovalId().toString())
                        .detail("gatedAction", row.getAction())
                        .detail("reason", reason)
                        .build());
    }
}
