package io.gatehouse.audit;

import io.gatehouse.consumers.InboundMessage;
import io.gatehouse.consumers.MessageHandler;
import io.gatehouse.evidence.AuditBatches;
import io.gatehouse.evidence.AuditEnvelopes;
import io.gatehouse.evidence.AuditEvent;
import io.gatehouse.evidence.AuditOutbox;
import io.gatehouse.platform.Envelope;
import java.util.List;

/**
 * The consumer of {@code audit-events}: appends a message's events — a batch from the relay ({@link
 * AuditBatches}), or one event — to their tenant's chain, all in one transaction scoped to the
 * tenant the message names (platform scope for platform events), and in that same transaction
 * removes the events' outbox rows, so an event leaves the outbox exactly when the chain holds it.
 * Redelivery is harmless: the store skips an event id it already holds (and the outbox row, if one
 * is still there, is removed all the same), so a batch delivered twice, or two batches that share
 * events, append each event once.
 *
 * <p>An envelope that disagrees with one of its events is refused before the database ({@link
 * AuditBatches#eventsOf}); a database outage is waited out by the pipeline.
 */
public final class AuditWriter implements MessageHandler<List<AuditEvent>, AppendResult> {

    static final String ACTOR = "gatehouse:audit-writer";

    @Override
    public String queue() {
        return AuditEnvelopes.QUEUE;
    }

    @Override
    public String type() {
        return AuditBatches.TYPE;
    }

    /** Single-event messages too: sent before batches, or put back from the poison queue. */
    @Override
    public boolean accepts(String type) {
        return AuditBatches.TYPE.equals(type) || AuditEnvelopes.TYPE.equals(type);
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
    public List<AuditEvent> decode(Envelope envelope) {
        return AuditBatches.eventsOf(envelope);
    }

    @Override
    public AppendResult handle(List<AuditEvent> events, InboundMessage message) {
        return message.inTransaction(
                transaction -> {
                    AppendResult result = AuditStore.append(transaction.db(), events);
                    AuditOutbox.remove(
                            transaction.db(),
                            events.get(0).customerId(),
                            events.stream().map(AuditEvent::eventId).toList());
                    return result;
                });
    }
}
