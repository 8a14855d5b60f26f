package io.gatehouse.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The canonical form of a chained event, and the chain's hash over it: {@code hash =
 * SHA-256(prev_hash || UTF-8 bytes of the canonical form)}, with the 32 zero bytes of {@link
 * ChainHash#GENESIS} before the first event.
 *
 * <p>The canonical form is one line of JSON (see {@link CanonicalJson} for the byte-level rules)
 * with these members, always all of them, always in this order, nulls written out: {@code format,
 * customer_id, seq, event_id, occurred_at, recorded_at, actor_subject, actor_roles,
 * actor_interactive, action, resource_type, resource_id, outcome, client_ip, user_agent,
 * correlation_id, trace_id, details}. {@code format} names this definition, so that a later one can
 * be told apart. The tenant and the position are part of what is hashed: an event cannot be moved
 * to another chain or another place in its own without breaking the chain.
 *
 * <p>Timestamps are UTC with exactly six fractional digits ({@code 2025-03-01T09:30:00.120000Z}):
 * PostgreSQL keeps microseconds, so a finer value would hash differently from the one read back,
 * and a variable number of digits would give one instant several texts.
 *
 * <p>The export format ({@link AuditExport}) is this same object followed by {@code prev_hash} and
 * {@code hash} in lower-case hex, so the offline verifier needs no second definition.
 */
final class CanonicalForm {

    static final String FORMAT = "gatehouse.audit.v1";

    private static final DateTimeFormatter UTC_MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private CanonicalForm() {}

    static String text(ChainedEvent event) {
        return members(event).close();
    }

    static byte[] bytes(ChainedEvent event) {
        return text(event).getBytes(StandardCharsets.UTF_8);
    }

    /** The hash {@code event} must carry, given its predecessor's hash (its own prev_hash). */
    static ChainHash hash(ChainedEvent event) {
        return event.prevHash().next(bytes(event));
    }

    /** One line of the NDJSON export, without the line break. */
    static String exportLine(ChainedEvent event) {
        return members(event)
                .text("prev_hash", event.prevHash().hex())
                .text("hash", event.hash().hex())
                .close();
    }

    static String timestamp(Instant instant) {
        return UTC_MICROS.format(instant);
    }

    static Instant toMicros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static CanonicalJson members(ChainedEvent event) {
        return new CanonicalJson()
                .text("format", FORMAT)
                .text("customer_id", event.customerId().toString())
                .number("seq", event.seq())
                .text("event_id", event.eventId().toString())
                .text("occurred_at", timestamp(event.occurredAt()))
                .text("recorded_at", timestamp(event.recordedAt()))
                .text("actor_subject", event.actorSubject())
                .texts("actor_roles", event.actorRoles())
                .bool("actor_interactive", event.actorInteractive())
                .text("action", event.action())
                .text("resource_type", event.resourceType())
                .text("resource_id", event.resourceId())
                .text("outcome", event.outcome())
                .text("client_ip", event.clientIp())
                .text("user_agent", event.userAgent())
                .text("correlation_id", event.correlationId())
                .text("trace_id", event.traceId())
                .raw("details", event.detailsJson());
    }
}
