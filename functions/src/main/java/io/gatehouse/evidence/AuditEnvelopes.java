package io.gatehouse.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.gatehouse.platform.Envelope;
import io.gatehouse.platform.Json;

/**
 * Audit events on the {@code audit-events} queue: the event is the envelope's payload, the event id
 * is the envelope id (the idempotency key), and the envelope's tenant is the event's chain.
 */
public final class AuditEnvelopes {

    public static final String QUEUE = "audit-events";
    public static final String TYPE = "audit.event";

    private AuditEnvelopes() {}

    public static Envelope of(AuditEvent event, String traceparent) {
        return new Envelope(
                event.eventId(),
                TYPE,
                event.isPlatformEvent() ? null : event.customerId(),
                event.correlationId(),
                traceparent,
                event.occurredAt(),
                Json.mapper().valueToTree(event));
    }

    /**
     * The event an envelope carries. Refuses (IllegalArgumentException) anything that is not an
     * audit event or whose envelope disagrees with its payload about identity or tenant, so a
     * message cannot write into a chain other than the one its envelope names.
     */
    public static AuditEvent eventOf(Envelope envelope) {
        if (!TYPE.equals(envelope.type())) {
            throw new IllegalArgumentException("not an audit event: " + envelope.type());
        }
        AuditEvent event;
        try {
            event = Json.mapper().treeToValue(envelope.payload(), AuditEvent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the payload is not a valid audit event", e);
        }
        if (!event.eventId().equals(envelope.id())) {
            throw new IllegalArgumentException("the envelope id and the event id differ");
        }
        boolean sameChain =
                envelope.customerId() == null
                        ? event.isPlatformEvent()
                        : envelope.customerId().equals(event.customerId());
        if (!sameChain) {
            throw new IllegalArgumentException("the envelope and the event name different tenants");
        }
        return event;
    }
}
