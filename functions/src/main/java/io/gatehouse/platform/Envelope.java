package io.gatehouse.platform;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Every queue message of SPEC.md §4: an idempotency key, what it is, whose it is, and the request
 * it came from, around the payload. Consumers set their tenant from {@code customerId} (null for
 * platform messages) and treat a repeated {@code id} as already done.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Envelope(
        UUID id,
        String type,
        UUID customerId,
        String correlationId,
        String traceparent,
        Instant occurredAt,
        JsonNode payload) {

    public Envelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(payload, "payload");
        if (type == null || !type.matches("[a-z][a-z0-9_.-]{0,63}")) {
            throw new IllegalArgumentException("type must be a short lower-case name");
        }
    }

    public String toJson() {
        try {
            return Json.mapper().writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("envelope not serialisable", e);
        }
    }

    /** Parses a message body; anything but a complete envelope is refused. */
    public static Envelope fromJson(String json) {
        try {
            return Json.mapper().readValue(json, Envelope.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an envelope", e);
        }
    }
}
