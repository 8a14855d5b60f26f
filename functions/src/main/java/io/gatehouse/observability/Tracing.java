package io.gatehouse.observability;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Spans for Gatehouse's own work: the HTTP invocation, its database transaction, and the queue hops
 * that follow. Parents come from W3C {@code traceparent} — the host's (on Azure the Functions host
 * has already started the request's trace) or else the caller's — so one trace id runs from the
 * client through the queue to the consumers. Attributes never hold PHI: no URLs with query strings,
 * no bodies, no names.
 */
public final class Tracing {

    private static final String INSTRUMENTATION = "io.gatehouse";
    private static final TextMapGetter<Map<String, String>> MAP_GETTER =
            new TextMapGetter<>() {
                @Override
                public Iterable<String> keys(Map<String, String> carrier) {
                    return carrier.keySet();
                }

                @Override
                public String get(Map<String, String> carrier, String key) {
                    return carrier == null ? null : carrier.get(key);
                }
            };

    private final Tracer tracer;

    public Tracing(OpenTelemetry openTelemetry) {
        this.tracer = openTelemetry.getTracer(INSTRUMENTATION);
    }

    /**
     * Starts a span whose parent is the given {@code traceparent}, or a new trace when there is
     * none.
     */
    public Span startSpan(String name, SpanKind kind, Optional<String> traceparent) {
        return startSpan(name, kind, traceparent, Optional.empty());
    }

    /**
     * As {@link #startSpan(String, SpanKind, Optional)}, linked to a second trace: a queue
     * consumer's span continues the producer's trace (its parent) and links to the invocation the
     * Functions host started for the delivery, so each trace leads to the other.
     */
    public Span startSpan(
            String name,
            SpanKind kind,
            Optional<String> traceparent,
            Optional<String> linkedTraceparent) {
        SpanBuilder builder =
                tracer.spanBuilder(name).setSpanKind(kind).setParent(contextOf(traceparent));
        linkedTraceparent
                .map(value -> Span.fromContext(contextOf(Optional.of(value))).getSpanContext())
                .filter(SpanContext::isValid)
                .ifPresent(builder::addLink);
        return builder.startSpan();
    }

    private static Context contextOf(Optional<String> traceparent) {
        return traceparent
                .map(
                        value ->
                                W3CTraceContextPropagator.getInstance()
                                        .extract(
                                                Context.root(),
                                                Map.of("traceparent", value),
                                                MAP_GETTER))
                .orElse(Context.root());
    }

    /** Starts a span under the current one (for work inside a request). */
    public Span startChildSpan(String name, SpanKind kind) {
        return tracer.spanBuilder(name).setSpanKind(kind).setParent(Context.current()).startSpan();
    }

    /**
     * Starts a span under the current one, linked to the traces of the work it carries: a message
     * that holds the events of many requests cannot continue all their traces, so it links to each
     * (OpenTelemetry's model of a batch).
     */
    public Span startChildSpan(String name, SpanKind kind, Collection<String> linkedTraceparents) {
        SpanBuilder builder =
                tracer.spanBuilder(name).setSpanKind(kind).setParent(Context.current());
        linkedTraceparents.stream()
                .map(value -> Span.fromContext(contextOf(Optional.of(value))).getSpanContext())
                .filter(SpanContext::isValid)
                .distinct()
                .forEach(builder::addLink);
        return builder.startSpan();
    }

    /**
     * The W3C {@code traceparent} of a span, to carry in queue envelopes; empty for an invalid
     * span.
     */
    public static Optional<String> traceparentOf(Span span) {
        SpanContext context = span.getSpanContext();
        if (!context.isValid()) {
            return Optional.empty();
        }
        return Optional.of(
                "00-"
                        + context.getTraceId()
                        + "-"
                        + context.getSpanId()
                        + "-"
                        + context.getTraceFlags().asHex());
    }
}
