package io.gatehouse.audit;

import io.gatehouse.observability.Tracing;
import io.gatehouse.platform.Envelope;
import io.gatehouse.tenancy.TenantTransactions;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * The consumer of {@code audit-events}: appends each event to its tenant's chain, in a
 * transaction scoped to the tenant the message names (platform scope for platform events), and in
 * that same transaction removes the event's outbox row, so an event leaves the outbox exactly when
 * the chain holds it. Redelivery is harmless: the store skips an event id it already holds (and
 * the outbox row, if one is still there, is removed all the same).
 *
 * <p>A database outage is waited out inside the invocation for a bounded time ({@link OutageRetry})
 * before the message is handed back to the host; every other failure is thrown at once.
 */
public final class AuditWriter {

    /** How long one invocation waits for the database before it gives the message back. */
    public static final Duration DEFAULT_OUTAGE_BUDGET = Duration.ofMinutes(2);

    private final TenantTransactions transactions;
    private final Tracing tracing;
    private final OutageRetry retry;

    public AuditWriter(TenantTransactions transactions, Tracing tracing, Duration outageBudget) {
        this(transactions, tracing, OutageRetry.within(outageBudget));
    }

    public AuditWriter(TenantTransactions transactions, Tracing tracing) {
        this(transactions, tracing, DEFAULT_OUTAGE_BUDGET);
    }

    AuditWriter(TenantTransactions transactions, Tracing tracing, OutageRetry retry) {
        this.transactions = transactions;
        this.tracing = tracing;
        this.retry = retry;
    }

    public AppendResult write(Envelope envelope) {
        AuditEvent event = AuditEnvelopes.eventOf(envelope);
        // The queue hop continues the trace of the request that produced the event.
        Span span = tracing.startSpan("process " + AuditEnvelopes.QUEUE, SpanKind.CONSUMER, Optional.ofNullable(envelope.traceparent()));
        try (Scope ignored = span.makeCurrent()) {
            return retry.run("audit event " + event.eventId(), () -> inItsChain(event, db -> {
                AppendResult result = AuditStore.append(db, List.of(event));
                AuditOutbox.remove(db, event.customerId(), List.of(event.eventId()));
                return result;
            }));
        } finally {
            span.end();
        }
    }

    private <T> T inItsChain(AuditEvent event, Function<DSLContext, T> work) {
        return event.isPlatformEvent()
                ? transactions.inPlatformScope(work)
                : transactions.inTenant(event.customerId(), work);
    }
}
