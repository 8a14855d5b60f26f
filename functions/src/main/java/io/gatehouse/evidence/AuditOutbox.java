package io.gatehouse.evidence;

import static io.gatehouse.db.Tables.AUDIT_OUTBOX;

import io.gatehouse.observability.Tracing;
import io.gatehouse.platform.Envelope;
import io.opentelemetry.api.trace.Span;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.JSON;
import org.jooq.Query;

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
        return addAll(db, List.of(event)).get(0);
    }

    /**
     * As {@link #add}, for several events in one statement (one round trip). The events may belong
     * to different chains only as far as the transaction's scope reaches them: row-level security
     * refuses the statement otherwise.
     */
    public static List<Envelope> addAll(DSLContext db, List<AuditEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        List<Envelope> envelopes = envelopesOf(events);
        insertOf(db, envelopes).execute();
        return envelopes;
    }

    /**
     * The events as the envelopes that will carry them; their traceparent is the current span's, so
     * the events keep the trace of the work they describe.
     */
    public static List<Envelope> envelopesOf(List<AuditEvent> events) {
        String traceparent = Tracing.traceparentOf(Span.current()).orElse(null);
        return events.stream().map(event -> AuditEnvelopes.of(event, traceparent)).toList();
    }

    /**
     * The statement that adds the events of {@code envelopes} (at least one), for a caller that
     * sends it together with another in one round trip.
     */
    public static Query insertOf(DSLContext db, List<Envelope> envelopes) {
        var insert =
                db.insertInto(
                        AUDIT_OUTBOX,
                        AUDIT_OUTBOX.CUSTOMER_ID,
                        AUDIT_OUTBOX.EVENT_ID,
                        AUDIT_OUTBOX.ENVELOPE,
                        AUDIT_OUTBOX.CREATED_AT);
        for (Envelope envelope : envelopes) {
            // as old as its event, which the caller stamped with the graph's clock in this same
            // transaction: the outbox reads no wall clock of its own
            insert =
                    insert.values(
                            envelope.customerId() == null
                                    ? AuditEvent.PLATFORM_CHAIN
                                    : envelope.customerId(),
                            envelope.id(),
                            JSON.valueOf(envelope.toJson()),
                            envelope.occurredAt().atOffset(ZoneOffset.UTC));
        }
        return insert;
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
