package io.gatehouse.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.testing.ApiClient;
import io.gatehouse.testing.GatehouseStack;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One trace from the caller's traceparent through the invocation into its database transaction. */
class TracingIT {

    static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    static final String CALLER_SPAN_ID = "00f067aa0ba902b7";

    static GatehouseStack stack;
    static InMemorySpanExporter spans;

    @BeforeAll
    static void traceIntoMemory() {
        stack = GatehouseStack.shared();
        spans = InMemorySpanExporter.create();
        OpenTelemetrySdk openTelemetry = OpenTelemetrySdk.builder()
                .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
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
        assertThat(user.post("/api/clients", "{\"fullName\":\"Tracy Secret-Name\",\"email\":\"tracy@example.org\"}").status()).isEqualTo(201);
        spans.reset();

        int status = user.withHeader("traceparent", "00-" + TRACE_ID + "-" + CALLER_SPAN_ID + "-01")
                .get("/api/clients?q=tracy").status();

        assertThat(status).isEqualTo(200);
        List<SpanData> finished = spans.getFinishedSpanItems();
        SpanData server = finished.stream().filter(span -> span.getKind() == SpanKind.SERVER).findFirst().orElseThrow();
        SpanData transaction = finished.stream().filter(span -> span.getName().equals("db.transaction")).findFirst().orElseThrow();
        assertThat(server.getTraceId()).isEqualTo(TRACE_ID);
        assertThat(server.getParentSpanId()).isEqualTo(CALLER_SPAN_ID);
        assertThat(server.getName()).isEqualTo("GET clients-list");
        assertThat(transaction.getTraceId()).isEqualTo(TRACE_ID);
        assertThat(transaction.getParentSpanId()).isEqualTo(server.getSpanId());
        assertThat(finished.toString()).as("no PHI or query string in any span")
                .doesNotContain("Tracy").doesNotContain("tracy").doesNotContain("q=");
    }

    @Test
    void withoutACallerTraceparentTheInvocationStillHasItsOwnTrace() {
        spans.reset();
        stack.anonymous().get("/api/health");
        SpanData server = spans.getFinishedSpanItems().get(0);
        assertThat(server.getSpanContext().isValid()).isTrue();
        assertThat(server.getTraceId()).isNotEqualTo(TRACE_ID);
    }
}
