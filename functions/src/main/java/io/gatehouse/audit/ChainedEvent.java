package io.gatehouse.audit;

import io.gatehouse.evidence.AuditEvent;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One link of a chain, as stored and as exported: the event's fields exactly as recorded, its place
 * ({@code seq}), when it was recorded, and the hashes that tie it to its predecessor.
 *
 * <p>Deliberately checked for shape only (required fields present, hashes 32 bytes), not against
 * the rules of {@link AuditEvent}: verification must judge history by its hashes, so a rule made
 * stricter tomorrow cannot make yesterday's intact chain look broken, and a tampered value is
 * reported as a broken link rather than refused before it is looked at.
 *
 * @param outcome the stored outcome code ({@code success}, {@code denied}, {@code error})
 * @param detailsJson the details as JSON text; kept in canonical form (see {@link CanonicalJson})
 */
record ChainedEvent(
        UUID customerId,
        long seq,
        UUID eventId,
        Instant occurredAt,
        Instant recordedAt,
        String actorSubject,
        List<String> actorRoles,
        boolean actorInteractive,
        String action,
        String resourceType,
        String resourceId,
        String outcome,
        String clientIp,
        String userAgent,
        String correlationId,
        String traceId,
        String detailsJson,
        ChainHash prevHash,
        ChainHash hash) {

    public ChainedEvent {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(recordedAt, "recordedAt");
        actorRoles = List.copyOf(Objects.requireNonNull(actorRoles, "actorRoles"));
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        // Re-written, not trusted: the text is embedded as is in the canonical form, so it must be
        // exactly one JSON value in canonical shape, whoever built this record.
        detailsJson =
                CanonicalJson.canonicalize(Objects.requireNonNull(detailsJson, "detailsJson"));
        Objects.requireNonNull(prevHash, "prevHash");
        Objects.requireNonNull(hash, "hash");
        if (seq < 1) {
            throw new IllegalArgumentException("seq starts at 1");
        }
    }

    /**
     * Places {@code event} in its chain after the event whose hash is {@code prevHash}, and
     * computes its own hash.
     */
    static ChainedEvent link(AuditEvent event, long seq, Instant recordedAt, ChainHash prevHash) {
        // The hash covers every field but itself; it is filled in once the rest is fixed.
        ChainedEvent unhashed =
                new ChainedEvent(
                        event.customerId(),
                        seq,
                        event.eventId(),
                        event.occurredAt(),
                        CanonicalForm.toMicros(recordedAt),
                        event.actorSubject(),
                        event.actorRoles(),
                        event.actorInteractive(),
                        event.action(),
                        event.resourceType(),
                        event.resourceId(),
                        event.outcome().code(),
                        event.clientIp(),
                        event.userAgent(),
                        event.correlationId(),
                        event.traceId(),
                        CanonicalJson.ofDetails(event.details()),
                        prevHash,
                        prevHash);
        return unhashed.withHash(CanonicalForm.hash(unhashed));
    }

    private ChainedEvent withHash(ChainHash computed) {
        return new ChainedEvent(
                customerId,
                seq,
                eventId,
                occurredAt,
                recordedAt,
                actorSubject,
                actorRoles,
                actorInteractive,
                action,
                resourceType,
                resourceId,
                outcome,
                clientIp,
                userAgent,
                correlationId,
                traceId,
                detailsJson,
                prevHash,
                computed);
    }
}
