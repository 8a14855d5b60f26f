package io.gatehouse.consumers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.evidence.AuditEvent;
import io.gatehouse.observability.Tracing;
import io.gatehouse.platform.Envelope;
import io.gatehouse.platform.Json;
import io.gatehouse.tenancy.TenantTransactions;
import io.gatehouse.testing.UnreachableDatabase;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the pipeline does around every handler, without a database (none of these handlers opens a
 * transaction): the envelope's checks before the handler, the trace and correlation it restores,
 * and the log line of a failed delivery.
 */
class MessagePipelineTest {

    static final String PRODUCER_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    static final String PRODUCER_SPAN = "00f067aa0ba902b7";
    static final String HOST_TRACE = "0af7651916cd43dd8448eb211c80319c";
    static final String HOST_SPAN = "b7ad6b7169203331";
    static final String SECRET = "Diagnosis J45.909 for Ada";

    final InMemorySpanExporter spans = InMemorySpanExporter.create();
    final TenantTransactions neverConnected = UnreachableDatabase.transactions();
    final MessagePipeline pipeline =
            new MessagePipeline(
                    neverConnected,
                    new Tracing(
                            OpenTelemetrySdk.builder()
                                    .setTracerProvider(
                                            SdkTracerProvider.builder()
                                                    .addSpanProcessor(
                                                            SimpleSpanProcessor.create(spans))
                                                    .build())
                                    .build()),
                    Clock.systemUTC(),
                    Duration.ZERO);
    final Probe probe = new Probe();
    final Logger log = Logger.getLogger(MessagePipeline.class.getName());
    final ConcurrentLinkedQueue<LogRecord> logged = new ConcurrentLinkedQueue<>();
    final Handler capture =
            new Handler() {
                @Override
                public void publish(LogRecord record) {
                    logged.add(record);
                }

                @Override
                public void flush() {}

                @Override
                public void close() {}
            };

    @BeforeEach
    void captureLog() {
        log.addHandler(capture);
    }

    @AfterEach
    void release() {
        log.removeHandler(capture);
        neverConnected.close();
    }

    @Test
    void theConsumerSpanContinuesTheProducersTraceAndLinksTheHostsInvocation() {
        Envelope envelope =
                envelope(
                        Probe.TYPE,
                        UUID.randomUUID(),
                        "corr-1",
                        "00-" + PRODUCER_TRACE + "-" + PRODUCER_SPAN + "-01");

        Outcome outcome =
                pipeline.consume(
                        envelope,
                        new Delivery(1, Optional.of("00-" + HOST_TRACE + "-" + HOST_SPAN + "-01")),
                        probe);

        assertThat(outcome).isEqualTo(Outcome.DONE);
        SpanData span = spans.getFinishedSpanItems().get(0);
        assertThat(span.getName()).isEqualTo("process probe-queue");
        assertThat(span.getKind()).isEqualTo(SpanKind.CONSUMER);
        assertThat(span.getTraceId()).isEqualTo(PRODUCER_TRACE);
        assertThat(span.getParentSpanId()).isEqualTo(PRODUCER_SPAN);
        assertThat(span.getLinks())
                .singleElement()
                .satisfies(
                        link -> {
                            assertThat(link.getSpanContext().getTraceId()).isEqualTo(HOST_TRACE);
                            assertThat(link.getSpanContext().getSpanId()).isEqualTo(HOST_SPAN);
                        });
        assertThat(span.getAttributes().get(AttributeKey.stringKey("messaging.message.id")))
                .isEqualTo(envelope.id().toString());
        assertThat(span.getAttributes().get(AttributeKey.stringKey("gatehouse.correlation_id")))
                .isEqualTo("corr-1");
        assertThat(span.getAttributes().get(AttributeKey.stringKey("gatehouse.outcome")))
                .isEqualTo("DONE");
        assertThat(probe.seen)
                .singleElement()
                .satisfies(message -> assertThat(message.correlationId()).isEqualTo("corr-1"));
    }

    @Test
    void aCorrelationIdUnfitToKeepIsReplacedAndAMissingTraceStartsOne() {
        pipeline.consume(
                envelope(Probe.TYPE, UUID.randomUUID(), "not fit\r\nfor a log", null), probe);

        String restored = probe.seen.get(0).correlationId();
        assertThat(restored).matches("[0-9a-f-]{36}");
        SpanData span = spans.getFinishedSpanItems().get(0);
        assertThat(span.getSpanContext().isValid()).isTrue();
        assertThat(span.getParentSpanContext().isValid()).as("a root of its own").isFalse();
        assertThat(span.getLinks()).isEmpty();
    }

    @Test
    void aMessageTheHandlerDoesNotTakeIsRefusedBeforeTheHandlerRuns() {
        List<Envelope> refused =
                List.of(
                        envelope("other.type", UUID.randomUUID(), "c", null),
                        envelope(Probe.TYPE, null, "c", null),
                        envelope(Probe.TYPE, AuditEvent.PLATFORM_CHAIN, "c", null));

        for (Envelope envelope : refused) {
            assertThatThrownBy(() -> pipeline.consume(envelope, probe))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(
                        () ->
                                pipeline.consume(
                                        "{\"not\":\"an envelope\"}",
                                        new Delivery(1, Optional.empty()),
                                        probe))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(probe.seen).isEmpty();
        assertThat(spans.getFinishedSpanItems())
                .allSatisfy(
                        span ->
                                assertThat(span.getStatus().getStatusCode())
                                        .isEqualTo(StatusCode.ERROR));
    }

    @Test
    void aFailureIsThrownBackToTheHostAndTheLastDeliverySaysPoisonWithoutThePayload() {
        Envelope envelope = envelope(Probe.TYPE, UUID.randomUUID(), "corr-fail", null);
        probe.failWith = new IllegalStateException(SECRET);

        assertThatThrownBy(
                        () ->
                                pipeline.consume(
                                        envelope.toJson(),
                                        new Delivery(2, Optional.empty()),
                                        probe))
                .isSameAs(probe.failWith);
        assertThatThrownBy(
                        () ->
                                pipeline.consume(
                                        envelope.toJson(),
                                        new Delivery(
                                                MessagePipeline.MAX_DEQUEUE_COUNT,
                                                Optional.empty()),
                                        probe))
                .isSameAs(probe.failWith);

        List<LogRecord> lines = new ArrayList<>(logged);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).getLevel()).isEqualTo(Level.WARNING);
        assertThat(lines.get(0).getMessage())
                .contains(
                        envelope.id().toString(),
                        "corr-fail",
                        "delivery 2 of 5",
                        "deliver it again");
        assertThat(lines.get(1).getLevel()).isEqualTo(Level.SEVERE);
        assertThat(lines.get(1).getMessage())
                .contains(envelope.id().toString(), "probe-queue-poison");
        assertThat(lines)
                .allSatisfy(
                        line -> {
                            assertThat(line.getMessage()).doesNotContain(SECRET);
                            assertThat(line.getThrown())
                                    .as("the host logs the exception itself")
                                    .isNull();
                        });
    }

    static Envelope envelope(String type, UUID tenant, String correlationId, String traceparent) {
        return new Envelope(
                UUID.randomUUID(),
                type,
                tenant,
                correlationId,
                traceparent,
                Instant.now(),
                Json.mapper().createObjectNode().put("note", SECRET));
    }

    enum Outcome {
        DONE
    }

    /** A handler that records what it was given and opens no transaction. */
    static final class Probe implements MessageHandler<String, Outcome> {
        static final String TYPE = "probe.message";
        final List<InboundMessage> seen = new ArrayList<>();
        RuntimeException failWith;

        @Override
        public String queue() {
            return "probe-queue";
        }

        @Override
        public String type() {
            return TYPE;
        }

        @Override
        public String actor() {
            return "gatehouse:probe";
        }

        @Override
        public String decode(Envelope envelope) {
            return envelope.payload().path("note").asText();
        }

        @Override
        public Outcome handle(String payload, InboundMessage message) {
            if (failWith != null) {
                throw failWith;
            }
            seen.add(message);
            return Outcome.DONE;
        }
    }
}
