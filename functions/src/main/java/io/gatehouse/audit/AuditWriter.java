package io.gatehouse.audit;

import io.gatehouse.consumers.InboundMessage;
import io.gatehouse.consumers.MessageHandler;
import io.gatehouse.evidence.AuditEnvelopes;
import io.gatehouse.evidence.AuditEvent;
import io.gatehouse.evidence.AuditOutbox;
import io.gatehouse.platform.Envelope;
import java.util.List;

/**
 * The consumer of {@code audit-events}: appends each event to its tenant's chain, in a transaction
 * scoped to the tenant the message names (platform scope for platform events), and in that same
 * transaction removes the event's outbox row, so an event leaves the outbox exactly when the chain
 * holds it. Redelivery is harmless: the store skips an event id it already holds (and the outbox
 * row, if one is still there, is removed all the same).
 *
 * <p>An envelope that disagrees with its event is refused before the database ({@link
 * AuditEnvelopes#eventOf}); a database outage is waited out by the pipeline.
 */
public final class AuditWriter implements MessageHandler<AuditEvent, AppendResult> {

    static final String ACTOR = "gatehouse:audit-writer";

    @Override
    public String queue() {
        return AuditEnvelopes.QUEUE;
    }

    @Override
    public String type() {
        return AuditEnvelopes.TYPE;
    }

    @Override
    public String actor() {
        return ACTOR;
    }

    /** Platform events form their own chain, written in platform scope. */
    @Override
    public boolean acceptsPlatformMessages() {
        return true;
    }

    @Override
    public AuditEvent decode(Envelope envelope) {
        return AuditEnvelopes.eventOf(envelope);
    }

    @Override
    public AppendResult handle(AuditEvent event, InboundMessage message) {
        return message.inTransaction(
                transaction -> {
                    AppendResult result = AuditStore.append(transaction.db(), List.of(event));
                    AuditOutbox.remove(
                            transaction.db(), event.customerId(), List.of(event.eventId()));
                    return result;
                });
    }
}
