package io.gatehouse.approvals;

import static io.gatehouse.db.Tables.APPROVALS;

import io.gatehouse.consumers.ConsumerTransaction;
import io.gatehouse.consumers.TimerHandler;
import io.gatehouse.db.tables.records.ApprovalsRecord;
import io.gatehouse.evidence.AuditOutcome;
import java.util.List;

/**
 * Marks stale approvals expired (the timer function of SPEC.md §4), one tenant at a time in that
 * tenant's transaction, auditing each as {@code approval.expire}. Pending approvals past their
 * expiry, and approved ones never executed in time, are expired; "now" is the run's start, from the
 * pipeline's clock.
 */
public final class ApprovalExpiry implements TimerHandler {

    static final String NAME = "approval-expiry";
    static final String ACTOR = "gatehouse:approval-expiry";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String actor() {
        return ACTOR;
    }

    @Override
    public int runIn(ConsumerTransaction transaction) {
        List<ApprovalsRecord> stale =
                transaction
                        .db()
                        .update(APPROVALS)
                        .set(APPROVALS.STATUS, ApprovalStatus.EXPIRED.code())
                        .where(
                                APPROVALS.STATUS.in(
                                        ApprovalStatus.PENDING.code(),
                                        ApprovalStatus.APPROVED.code()))
                        .and(APPROVALS.EXPIRES_AT.le(transaction.now()))
                        .returning()
                        .fetch();
        for (ApprovalsRecord row : stale) {
            transaction.record(
                    transaction
                            .event("approval.expire", AuditOutcome.SUCCESS)
                            .resource("approval", row.getApprovalId().toString())
                            .detail("gatedAction", row.getAction())
                            .build());
        }
        return stale.size();
    }
}
