package io.gatehouse.consumers;

import io.gatehouse.evidence.AuditEvent;
import io.gatehouse.evidence.AuditOutcome;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The evidence of a consumer or timer, the counterpart of the request pipeline's: there is no
 * request, so the actor is the named Gatehouse component, and the correlation and trace are those
 * of the message (or of the timer's run). Events are committed to the outbox with the work; the
 * relay ships them to {@code audit-events}.
 */
final class MessageEvidence {

    private static final Logger LOG = LoggerFactory.getLogger(MessageEvidence.class);

    private final String actor;
    private final UUID chain;
    private final String correlationId;
    private final String traceId;
    private final Clock clock;

    /**
     * @param chain the tenant, or {@link AuditEvent#PLATFORM_CHAIN}
     * @param traceId the trace the events belong to, or null when the span is not recording
     */
    MessageEvidence(String actor, UUID chain, String correlationId, String traceId, Clock clock) {
        this.actor = actor;
        this.chain = chain;
        this.correlationId = correlationId;
        this.traceId = traceId;
        this.clock = clock;
    }

    UUID chain() {
        return chain;
    }

    AuditEvent.Builder event(String action, AuditOutcome outcome) {
        return AuditEvent.builder()
                .eventId(UUID.randomUUID())
                .customerId(chain)
                .occurredAt(clock.instant())
                .actor(actor, List.of(), false)
                .action(action)
                .outcome(outcome)
                .correlation(correlationId, traceId);
    }
}
