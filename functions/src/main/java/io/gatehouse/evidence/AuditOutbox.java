package io.gatehouse.evidence;

import static io.gatehouse.db.Tables.AUDIT_OUTBOX;

import io.gatehouse.observability.Tracing;
import io.gatehouse.platform.Envelope;
import io.opentelemetry.api.trace.Span;
import java.sql.PreparedStatement;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;

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
        return addAll(db, events, null);
    }

    /**
     * As {@link #addAll(DSLContext, List)}, sent in one round trip after {@code leadingStatement}
     * (none when null), e.g. the end of a read's read-only part. Plain JDBC with bind parameters:
     * this runs on every audited request, and the statement's text depends only on the number of
     * events, so the driver's cache of server-side prepared statements reuses it.
     */
    public static List<Envelope> addAll(
            DSLContext db, List<AuditEvent> events, String leadingStatement) {
        if (events.isEmpty()) {
            return List.of();
        }
        String traceparent = Tracing.traceparentOf(Span.current()).orElse(null);
        List<Envelope> envelopes =
                events.stream().map(event -> AuditEnvelopes.of(event, traceparent)).toList();
        String sql =
                (leadingStatement == null ? "" : leadingStatement + "; ")
                        + "insert into gatehouse.audit_outbox"
                        + " (customer_id, event_id, envelope, created_at) values "
                        + String.join(", ", Collections.nCopies(events.size(), ROW));
        db.connection(
                connection -> {
                    try (PreparedStatement insert = connection.prepareStatement(sql)) {
                        int parameter = 0;
                        for (int i = 0; i < events.size(); i++) {
                            AuditEvent event = events.get(i);
                            insert.setObject(++parameter, event.customerId());
                            insert.setObject(++parameter, event.eventId());
                            insert.setString(++parameter, envelopes.get(i).toJson());
                            // as old as its event, which the caller stamped with the graph's
                            // clock in this same transaction: the outbox reads no wall clock
                            insert.setObject(
                                    ++parameter, event.occurredAt().atOffset(ZoneOffset.UTC));
                        }
                        insert.execute();
                    }
                });
        return envelopes;
    }

    private static final String ROW = "(?, ?, cast(? as jsonb), ?)";

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
