package io.gatehouse.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatehouse.platform.Envelope;
import io.gatehouse.platform.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Many audit events of one chain in one {@code audit-events} message ({@value #TYPE}): the relay
 * packs committed outbox rows into as few messages as the queue's size limit allows, in the order
 * given, and the writer appends each message's events to the chain in one transaction.
 *
 * <p>The batch id is only the message's own; each event keeps its id, which stays the idempotency
 * key: a batch delivered twice, or two batches sharing events (a relay that died after sending and
 * before marking its rows), append every event once.
 */
public final class AuditBatches {

    public static final String TYPE = "audit.batch";

    /**
     * A Storage queue message holds at most 64 KiB, and the trigger's base64 makes 3 bytes 4: 48
     * KiB of JSON. The rest of the headroom is for the envelope around the events.
     */
    static final int MAX_EVENT_BYTES_PER_MESSAGE = 46 * 1024;

    private AuditBatches() {}

    /**
     * Groups single-event envelopes (as the outbox keeps them) into the events of as few messages
     * as the size limit allows, keeping their order.
     */
    public static List<List<Envelope>> group(List<Envelope> events) {
        List<List<Envelope>> batches = new ArrayList<>();
        List<Envelope> current = new ArrayList<>();
        int bytes = 0;
        for (Envelope event : events) {
            int size = event.payload().toString().getBytes(StandardCharsets.UTF_8).length + 1;
            if (!current.isEmpty() && bytes + size > MAX_EVENT_BYTES_PER_MESSAGE) {
                batches.add(current);
                current = new ArrayList<>();
                bytes = 0;
            }
            current.add(event);
            bytes += size;
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        return batches;
    }

    /**
     * One message of {@code chain} holding {@code events} (one of {@link #group}'s groups). The
     * first event's correlation and time name it; {@code traceparent} is the sender's span, which
     * links to the events' own traces.
     */
    public static Envelope batchOf(UUID chain, List<Envelope> events, String traceparent) {
        ObjectNode payload = Json.mapper().createObjectNode();
        ArrayNode array = payload.putArray("events");
        events.forEach(event -> array.add(event.payload()));
        Envelope first = events.get(0);
        return new Envelope(
                UUID.randomUUID(),
                TYPE,
                AuditEvent.PLATFORM_CHAIN.equals(chain) ? null : chain,
                first.correlationId(),
                traceparent,
                first.occurredAt(),
                payload);
    }

    /**
     * The events of a batch, or of a single-event message ({@link AuditEnvelopes#TYPE}, as sent
     * before batches and as an operator may put back from the poison queue). Refuses
     * (IllegalArgumentException) a batch holding an event of a chain other than the one its
     * envelope names.
     */
    public static List<AuditEvent> eventsOf(Envelope envelope) {
        if (AuditEnvelopes.TYPE.equals(envelope.type())) {
            return List.of(AuditEnvelopes.eventOf(envelope));
        }
        if (!TYPE.equals(envelope.type())) {
            throw new IllegalArgumentException("not an audit batch: " + envelope.type());
        }
        JsonNode array = envelope.payload().get("events");
        if (array == null || !array.isArray() || array.isEmpty()) {
            throw new IllegalArgumentException("an audit batch holds a non-empty events array");
        }
        UUID chain =
                envelope.customerId() == null ? AuditEvent.PLATFORM_CHAIN : envelope.customerId();
        List<AuditEvent> events = new ArrayList<>(array.size());
        for (JsonNode node : array) {
            AuditEvent event;
            try {
                event = Json.mapper().treeToValue(node, AuditEvent.class);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalArgumentException("a batch holds an invalid audit event", e);
            }
            if (!chain.equals(event.customerId())) {
                throw new IllegalArgumentException(
                        "the batch and one of its events name different tenants");
            }
            events.add(event);
        }
        return events;
    }
}
