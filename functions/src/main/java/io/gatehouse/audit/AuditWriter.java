package io.gatehouse.audit;

import io.gatehouse.observability.Tracing;
import io.gatehouse.platform.Envelope;
import io.gatehouse.tenancy.TenantTransactions;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import java.util.List;
import java.util.Optional;

/**
 * The consumer of {@code audit-events}: appends each event to its tenant's chain, in a
 * transaction scoped to the tenant the message names (platform scope for platform events).
 * Redelivery is harmless: the store skips an event id it already holds.
 */
public final class AuditWriter {

    private final TenantTransactions transactions;
    private final Tracing tracing;

    public AuditWriter(TenantTransactions transactions, Tracing tracing) {
        this.transactions = transactions;
        this.tracing = tracing;
    }

    public AppendResult write(Envelope envelope) {
        AuditEvent event = AuditEnvelopes.eventOf(envelope);
        // The queue hop continues the trace of the request that produced the event.
        Span span = tracing.startSpan("process " + AuditEnvelopes.QUEUE, SpanKind.CONSUMER, Optional.ofNullable(envelope.traceparent()));
        try (Scope ignored = span.makeCurrent()) {
            return event.isPlatformEvent()
                    ? transactions.inPlatformScope(db -> AuditStore.append(db, List.of(event)))
                    : transactions.inTenant(event.customerId(), db -> AuditStore.append(db, List.of(event)));
        } finally {
            span.end();
        }
    }
}
