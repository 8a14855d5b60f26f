package io.gatehouse.approvals;

import static io.gatehouse.db.Tables.APPROVALS;

import io.gatehouse.audit.AuditOutcome;
import io.gatehouse.audit.ConsumerAudit;
import io.gatehouse.db.tables.records.ApprovalsRecord;
import io.gatehouse.platform.QueueSender;
import io.gatehouse.tenancy.TenantTransactions;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Marks stale approvals expired (the timer function of SPEC.md §4). Row-level security shows a
 * transaction one tenant's approvals only, and this widens nothing: it lists the tenants in
 * platform scope (the registry is all that scope reaches) and then expires each tenant's stale
 * approvals in a transaction of that tenant, auditing each as {@code approval.expire}.
 * Pending approvals past their expiry, and approved ones never executed in time, are expired.
 */
public final class ApprovalExpiry {

    private static final Logger LOG = Logger.getLogger(ApprovalExpiry.class.getName());
    static final String ACTOR = "gatehouse:approval-expiry";

    private final TenantTransactions transactions;
    private final QueueSender queues;
    private final Clock clock;

    public ApprovalExpiry(TenantTransactions transactions, QueueSender queues, Clock clock) {
        this.transactions = transactions;
        this.queues = queues;
        this.clock = clock;
    }

    /** @return how many approvals were marked expired, across all tenants */
    public int expireStale() {
        List<UUID> tenants = transactions.registeredTenants();
        int expired = 0;
        for (UUID tenant : tenants) {
            try {
                expired += expireIn(tenant);
            } catch (RuntimeException failure) {
                // One tenant's failure must not keep the others' approvals alive; the next run retries.
                LOG.log(Level.WARNING, "expiring approvals of tenant " + tenant + " failed", failure);
            }
        }
        return expired;
    }

    int expireIn(UUID tenant) {
        ConsumerAudit audit = ConsumerAudit.forTenant(ACTOR, tenant);
        OffsetDateTime now = OffsetDateTime.now(clock);
        try {
            int count = transactions.inTenant(tenant, db -> {
                List<ApprovalsRecord> stale = db.update(APPROVALS)
                        .set(APPROVALS.STATUS, ApprovalStatus.EXPIRED.code())
                        .where(APPROVALS.STATUS.in(ApprovalStatus.PENDING.code(), ApprovalStatus.APPROVED.code()))
                        .and(APPROVALS.EXPIRES_AT.le(now))
                        .returning()
                        .fetch();
                for (ApprovalsRecord row : stale) {
                    audit.record(db, audit.event("approval.expire", AuditOutcome.SUCCESS)
                            .resource("approval", row.getApprovalId().toString())
                            .detail("gatedAction", row.getAction())
                            .build());
                }
                return stale.size();
            });
            audit.sendAfterCommit(queues);
            return count;
        } catch (RuntimeException failure) {
            audit.discard();
            throw failure;
        }
    }
}
