package io.gatehouse.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.testing.ApiClient;
import io.gatehouse.testing.AuditTrailProbe;
import io.gatehouse.testing.Eventually;
import io.gatehouse.testing.GatehouseStack;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One trace from the caller's traceparent through the invocation into its database transaction, and
 * on through the audit queue into the writer and the audit row.
 */
class TracingIT {

    static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    static final String CALLER_SPAN_ID = "00f067aa0ba902b7";

    /** A trace of its own, so that no late span of another test can be mistaken for this one's. */
    static final String HOP_TRACE_ID = "5a1b2c3d4e5f60718293a4b5c6d7e8f9";

    static GatehouseStack stack;
    static InMemorySpanExporter spans;

    @BeforeAll
    static void traceIntoMemory() {
        stack = GatehouseStack.shared();
        spans = InMemorySpanExporter.create();
        OpenTelemetrySdk openTelemetry =
                OpenTelemetrySdk.builder()
                        .setTracerProvider(
                                SdkTracerProvider.builder()
                                        .addSpanProcessor(SimpleSpanProcessor.create(spans))
                                        .build())
                        .build();
        stack.installApp(GatehouseStack.DEFAULT_POOL_SIZE, Map.of(), openTelemetry);
    }

    @AfterAll
    static void restore() {
        stack.installApp(GatehouseStack.DEFAULT_POOL_SIZE);
    }

    @Test
    void theCallersTraceContinuesThroughTheInvocationIntoTheTransaction() {
        UUID tenant = stack.createTenant("traced");
        ApiClient user = stack.userOf(tenant);
        assertThat(
                        user.post(
                                        "/api/clients",
                                        "{\"fullName\":\"Tracy Secret-Name\",\"email\":\"tracy@example.org\"}")
                                .status())
                .isEqualTo(201);
        spans.reset();

        int status =
                user.withHeader("traceparent", "00-" + TRACE_ID + "-" + CALLER_SPAN_ID + "-01")
                        .get("/api/clients?q=tracy")
                        .status();

        assertThat(status).isEqualTo(200);
        List<SpanData> finished = spans.getFinishedSpanItems();
        // Spans of the audit writer (other traces) may finish in between: pick this request's.
        SpanData server =
                finished.stream()
                        .filter(span -> span.getKind() == SpanKind.SERVER)
                        .findFirst()
                        .orElseThrow();
        SpanData transaction =
                finished.stream()
                        .filter(
                                span ->
                                        span.getName().equals("db.transaction")
                                                && span.getParentSpanId()
                                                        .equals(server.getSpanId()))
                        .findFirst()
                        .orElseThrow();
        assertThat(server.getTraceId()).isEqualTo(TRACE_ID);
        assertThat(server.getParentSpanId()).isEqualTo(CALLER_SPAN_ID);
        assertThat(server.getName()).isEqualTo("GET clients-list");
        assertThat(transaction.getTraceId()).isEqualTo(TRACE_ID);
        assertThat(transaction.getParentSpanId()).isEqualTo(server.getSpanId());
        assertThat(finished.toString())
                .as("no PHI or query string in any span")
                .doesNotContain("Tracy")
                .doesNotContain("tracy")
                .doesNotContain("q=");
    }

    @Test
    void oneTraceRunsFromTheRequestThroughTheAuditQueueIntoTheWriterAndTheAuditRow() {
        UUID tenant = stack.createTenant("traced-hop");
        ApiClient user = stack.userOf(tenant);
        String id =
                user.post("/api/clients", "{\"fullName\":\"Hopper Person\"}")
                        .json()
                        .get("id")
                        .asText();
        spans.reset();
        String correlation = "trace-hop-" + UUID.randomUUID();

        int status =
                user.withHeader("traceparent", "00-" + HOP_TRACE_ID + "-" + CALLER_SPAN_ID + "-01")
                        .withHeader("X-Correlation-ID", correlation)
                        .get("/api/clients/" + id)
                        .status();

        assertThat(status).isEqualTo(200);
        List<Map<String, Object>> rows =
                new AuditTrailProbe(stack.database()).awaitCorrelation(correlation, 1);
        assertThat(rows.get(0))
                .containsEntry("trace_id", HOP_TRACE_ID)
                .containsEntry("action", "phi.read");
        // The relay's message carries the events of many requests: its producer span links to
        // each request's trace, and the writer's span continues the message's.
        SpanData producer =
                Eventually.await("the relay's span", TracingIT::producerLinkedToTheRequest);
        SpanData consumer =
                Eventually.await(
                        "the audit writer's span",
                        () ->
                                spans.getFinishedSpanItems().stream()
                                        .filter(span -> span.getKind() == SpanKind.CONSUMER)
                                        .filter(
                                                span ->
                                                        span.getParentSpanId()
                                                                .equals(producer.getSpanId()))
                                        .findFirst());
        SpanData server = spanOf(SpanKind.SERVER).orElseThrow();
        assertThat(consumer.getName()).isEqualTo("process audit-events");
        assertThat(consumer.getTraceId()).isEqualTo(producer.getTraceId());
        assertThat(producer.getName()).isEqualTo("send audit-events");
        assertThat(producer.getLinks())
                .as("a link into the request's trace, under its server span")
                .anySatisfy(
                        link ->
                                assertThat(link.getSpanContext().getTraceId())
                                        .isEqualTo(server.getTraceId()));
    }

    private static Optional<SpanData> producerLinkedToTheRequest() {
        return spans.getFinishedSpanItems().stream()
                .filter(span -> span.getKind() == SpanKind.PRODUCER)
                .filter(
                        span ->
                                span.getLinks().stream()
                                        .anyMatch(
                                                link ->
                                                        link.getSpanContext()
                                                                .getTraceId()
                                                                .equals(HOP_TRACE_ID)))
                .findFirst();
    }

    private static Optional<SpanData> spanOf(SpanKind kind) {
        return spans.getFinishedSpanItems().stream()
                .filter(span -> span.getKind() == kind && span.getTraceId().equals(HOP_TRACE_ID))
                .findFirst();
    }

    @Test
    void withoutACallerTraceparentTheInvocationStillHasItsOwnTrace() {
        spans.reset();
        stack.anonymous().get("/api/health");
        SpanData server =
                spans.getFinishedSpanItems().stream()
                        .filter(
                                span ->
                                        span.getKind() == SpanKind.SERVER
                                                && span.getName().equals("GET health"))
                        .findFirst()
                        .orElseThrow();
        assertThat(server.getSpanContext().isValid()).isTrue();
        assertThat(server.getTraceId()).isNotEqualTo(TRACE_ID);
    }
}
