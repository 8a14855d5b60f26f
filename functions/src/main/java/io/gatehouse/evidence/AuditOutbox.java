package io.gatehouse.evidence;

import static io.gatehouse.db.Tables.AUDIT_OUTBOX;

import io.gatehouse.observability.Tracing;
import io.gatehouse.platform.Envelope;
import io.opentelemetry.api.trace.Span;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.JSON;

/**
 * Audit events committed with the work they describe (sql/V5__audit_outbox.sql). Call {@link #add}
 * inside the transaction of the event's chain — the tenant's, or platform scope for platform events
 * — and the event is durable exactly when the work is.
 */
public final class AuditOutbox {

    private AuditOutbox() {}

    /**
     * Stores the event, as the envelope that will carry it, in the caller's transaction. The
     * envelope's traceparent is the current span's, so the queue hop continues this trace.
     */
    public static Envelope add(DSLContext db, AuditEvent event) {
        Envelope envelope =
                AuditEnvelopes.of(event, Tracing.traceparentOf(Span.current()).orElse(null));
        db.insertInto(AUDIT_OUTBOX)
                .set(AUDIT_OUTBOX.CUSTOMER_ID, event.customerId())
                .set(AUDIT_OUTBOX.EVENT_ID, event.eventId())
                .set(AUDIT_OUTBOX.ENVELOPE, JSON.valueOf(envelope.toJson()))
                // as old as its event, which the caller stamped with the graph's clock in this same
                // transaction: the outbox reads no wall clock of its own
                .set(AUDIT_OUTBOX.CREATED_AT, event.occurredAt().atOffset(ZoneOffset.UTC))
                .execute();
        return envelope;
    }

    /**
     * Removes the rows of events the chain now holds; the writer calls it in its append
     * transaction.
     */
    public static void remove(DSLContext db, UUID chain, Collection<UUID> eventIds) {
        if (!eventIds.isEmpty()) {
            db.deleteFrom(AUDIT_OUTBOX)
                    .where(AUDIT_OUTBOX.CUSTOMER_ID.eq(chain))
                    .and(AUDIT_OUTBOX.EVENT_ID.in(eventIds))
                    .execute();
        }
    }
}
