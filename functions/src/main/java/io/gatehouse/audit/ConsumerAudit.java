package io.gatehouse.audit;

import io.gatehouse.platform.Envelope;
import io.gatehouse.platform.QueueSender;
import io.gatehouse.platform.QueueUnavailableException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;

/**
 * Audit events of queue consumers and timers, which have no request: the actor is the named
 * Gatehouse component, the correlation and trace are those of the message being processed. The
 * events go into the outbox inside the consumer's own transaction ({@link AuditOutbox#add}) and
 * are sent to {@code audit-events} after the commit; one the queue does not take stays in the
 * outbox for the re-send timer.
 */
public final class ConsumerAudit {

    private static final Logger LOG = Logger.getLogger(ConsumerAudit.class.getName());
    private static final Pattern TRACEPARENT = Pattern.compile("^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$");

    private final String actor;
    private final UUID customerId;
    private final String correlationId;
    private final String traceId;
    private final List<Envelope> pending = new ArrayList<>();

    private ConsumerAudit(String actor, UUID customerId, String correlationId, String traceId) {
        this.actor = actor;
        this.customerId = customerId;
        this.correlationId = correlationId;
        this.traceId = traceId;
    }

    /** Events about the work an envelope asked for, in its tenant's chain. */
    public static ConsumerAudit of(String actor, Envelope envelope) {
        return new ConsumerAudit(actor, envelope.customerId(), envelope.correlationId(), traceIdOf(envelope.traceparent()));
    }

    /** Events of a timer's run in one tenant, with no request behind them. */
    public static ConsumerAudit forTenant(String actor, UUID customerId) {
        return new ConsumerAudit(actor, customerId, null, null);
    }

    /** A builder prefilled with the actor, tenant, time, correlation and trace. */
    public AuditEvent.Builder event(String action, AuditOutcome outcome) {
        return AuditEvent.builder()
                .eventId(UUID.randomUUID())
                .customerId(customerId)
                .occurredAt(Instant.now())
                .actor(actor, List.of(), false)
                .action(action)
                .outcome(outcome)
                .correlation(correlationId, traceId);
    }

    /** Adds the event to the outbox in {@code db}'s transaction; {@link #sendAfterCommit} sends it. */
    public void record(DSLContext db, AuditEvent event) {
        pending.add(AuditOutbox.add(db, event));
    }

    /** Sends what was recorded, once the transaction committed. Failures leave the outbox row for the timer. */
    public void sendAfterCommit(QueueSender queues) {
        for (Envelope envelope : pending) {
            try {
                queues.send(AuditEnvelopes.QUEUE, envelope);
            } catch (QueueUnavailableException unavailable) {
                LOG.log(Level.WARNING, "audit event " + envelope.id() + " stays in the outbox for the re-send timer", unavailable);
            }
        }
        pending.clear();
    }

    /** Forgets what was recorded in a transaction that rolled back. */
    public void discard() {
        pending.clear();
    }

    static String traceIdOf(String traceparent) {
        if (traceparent == null) {
            return null;
        }
        Matcher matcher = TRACEPARENT.matcher(traceparent);
        return matcher.matches() ? matcher.group(1) : null;
    }
}
