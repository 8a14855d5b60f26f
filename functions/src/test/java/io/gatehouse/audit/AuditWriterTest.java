package io.gatehouse.audit;

import static io.gatehouse.db.Tables.AUDIT_EVENTS;
import static io.gatehouse.db.Tables.AUDIT_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatehouse.consumers.MessagePipeline;
import io.gatehouse.evidence.AuditEnvelopes;
import io.gatehouse.evidence.AuditEvent;
import io.gatehouse.evidence.AuditOutbox;
import io.gatehouse.observability.Tracing;
import io.gatehouse.platform.Envelope;
import io.opentelemetry.api.OpenTelemetry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The audit-events consumer on the real database: idempotent, and only into the chain its message
 * names.
 */
class AuditWriterTest {

    final AuditDatabase audit = AuditDatabase.shared();
    final AuditWriter writer = new AuditWriter();
    final MessagePipeline pipeline =
            new MessagePipeline(
                    audit.transactions,
                    new Tracing(OpenTelemetry.noop()),
                    Clock.systemUTC(),
                    Duration.ZERO);

    /** Through the message pipeline, as the queue function runs it. */
    private AppendResult write(Envelope envelope) {
        return pipeline.consume(envelope, writer);
    }

    @Test
    void anEnvelopeDeliveredThreeTimesIsWrittenOnce() {
        UUID tenant = UUID.randomUUID();
        AuditEvent event = AuditSamples.event(tenant);
        Envelope envelope =
                AuditEnvelopes.of(event, "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        // Through JSON, as the queue carries it.
        Envelope delivered = Envelope.fromJson(envelope.toJson());

        assertThat(write(delivered).written()).hasSize(1);
        assertThat(write(delivered).skipped()).hasSize(1);
        assertThat(write(delivered).written()).isEmpty();

        assertThat(
                        audit.countAsTenant(
                                tenant, AUDIT_EVENTS, AUDIT_EVENTS.EVENT_ID.eq(event.eventId())))
                .isEqualTo(1);
        assertThat(audit.verify(tenant).valid()).isTrue();
    }

    @Test
    void anEnvelopeThatDisagreesWithItsEventIsRefusedAndWritesNothing() {
        UUID tenant = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        AuditEvent event = AuditSamples.event(tenant);
        Envelope honest = AuditEnvelopes.of(event, null);
        Envelope redirected =
                new Envelope(
                        honest.id(),
                        honest.type(),
                        other,
                        honest.correlationId(),
                        null,
                        honest.occurredAt(),
                        honest.payload());
        Envelope renamed =
                new Envelope(
                        UUID.randomUUID(),
                        honest.type(),
                        tenant,
                        honest.correlationId(),
                        null,
                        honest.occurredAt(),
                        honest.payload());
        ObjectNode tampered = honest.payload().deepCopy();
        tampered.put("action", "not an action");
        Envelope invalid =
                new Envelope(
                        honest.id(),
                        honest.type(),
                        tenant,
                        null,
                        null,
                        honest.occurredAt(),
                        tampered);

        for (Envelope refused : new Envelope[] {redirected, renamed, invalid}) {
            assertThatThrownBy(() -> write(refused)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(
                        audit.countAsTenant(
                                tenant, AUDIT_EVENTS, AUDIT_EVENTS.EVENT_ID.eq(event.eventId())))
                .isZero();
        assertThat(
                        audit.countAsTenant(
                                other, AUDIT_EVENTS, AUDIT_EVENTS.EVENT_ID.eq(event.eventId())))
                .isZero();
    }

    @Test
    void writingAnEventRemovesItsOutboxRowInTheSameTransaction() {
        UUID tenant = UUID.randomUUID();
        AuditEvent event = AuditSamples.event(tenant);
        AuditEvent other = AuditSamples.event(tenant);
        Envelope envelope =
                audit.inChainScope(
                        tenant,
                        db -> {
                            AuditOutbox.add(db, other);
                            return AuditOutbox.add(db, event);
                        });

        assertThat(write(Envelope.fromJson(envelope.toJson())).written()).hasSize(1);

        assertThat(
                        audit.countAsTenant(
                                tenant, AUDIT_OUTBOX, AUDIT_OUTBOX.EVENT_ID.eq(event.eventId())))
                .isZero();
        assertThat(
                        audit.countAsTenant(
                                tenant, AUDIT_OUTBOX, AUDIT_OUTBOX.EVENT_ID.eq(other.eventId())))
                .as("another event's row stays")
                .isEqualTo(1);
    }

    @Test
    void aRedeliveredEventStillRemovesAnOutboxRowLeftBehind() {
        UUID tenant = UUID.randomUUID();
        AuditEvent event = AuditSamples.event(tenant);
        audit.append(tenant, List.of(event));
        Envelope envelope = audit.inChainScope(tenant, db -> AuditOutbox.add(db, event));

        assertThat(write(envelope).skipped()).hasSize(1);

        assertThat(
                        audit.countAsTenant(
                                tenant, AUDIT_OUTBOX, AUDIT_OUTBOX.EVENT_ID.eq(event.eventId())))
                .isZero();
        assertThat(
                        audit.countAsTenant(
                                tenant, AUDIT_EVENTS, AUDIT_EVENTS.EVENT_ID.eq(event.eventId())))
                .isEqualTo(1);
    }

    @Test
    void aPlatformEventsOutboxRowIsRemovedInPlatformScope() {
        AuditEvent event = AuditSamples.event(AuditEvent.PLATFORM_CHAIN);
        Envelope envelope =
                audit.inChainScope(AuditEvent.PLATFORM_CHAIN, db -> AuditOutbox.add(db, event));

        assertThat(write(Envelope.fromJson(envelope.toJson())).written()).hasSize(1);

        assertThat(
                        audit.countInPlatformScope(
                                AUDIT_OUTBOX, AUDIT_OUTBOX.EVENT_ID.eq(event.eventId())))
                .isZero();
    }

    @Test
    void platformEventsGoToThePlatformChain() {
        AuditEvent event = AuditSamples.event(AuditEvent.PLATFORM_CHAIN);
        Envelope envelope = AuditEnvelopes.of(event, null);
        assertThat(envelope.customerId()).isNull();

        assertThat(write(Envelope.fromJson(envelope.toJson())).written()).hasSize(1);
        assertThat(
                        audit.countInPlatformScope(
                                AUDIT_EVENTS, AUDIT_EVENTS.EVENT_ID.eq(event.eventId())))
                .isEqualTo(1);
    }
}
