package io.gatehouse.consumers;

import io.gatehouse.evidence.AuditEvent;
import io.gatehouse.evidence.AuditOutbox;
import io.gatehouse.evidence.AuditOutcome;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * One transaction of a consumer or timer, scoped to one chain (a tenant, or the platform). The
 * audit events {@link #record}ed here go into the outbox in this transaction, so they commit or
 * roll back with the work they describe; after the commit the pipeline wakes the relay that ships
 * them.
 */
public final class ConsumerTransaction {

    private final DSLContext db;
    private final MessageEvidence evidence;
    private final OffsetDateTime now;
    private boolean recorded;

    ConsumerTransaction(DSLContext db, MessageEvidence evidence, OffsetDateTime now) {
        this.db = db;
        this.evidence = evidence;
        this.now = now;
    }

    /** The database, bound to this transaction's one connection and scope. */
    public DSLContext db() {
        return db;
    }

    /** The tenant this transaction sees, or {@link AuditEvent#PLATFORM_CHAIN} in platform scope. */
    public UUID chain() {
        return evidence.chain();
    }

    /** The time that decides (expiry, disclosure time), from the pipeline's clock. */
    public OffsetDateTime now() {
        return now;
    }

    /**
     * An audit event prefilled with the actor, the chain, the time, the correlation and the trace.
     */
    public AuditEvent.Builder event(String action, AuditOutcome outcome) {
        return evidence.event(action, outcome);
    }

    /** Adds the event to the outbox in this transaction. */
    public void record(AuditEvent event) {
        AuditOutbox.add(db, event);
        recorded = true;
    }

    boolean recordedAny() {
        return recorded;
    }
}
