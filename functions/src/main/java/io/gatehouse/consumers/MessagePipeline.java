package io.gatehouse.consumers;

import io.gatehouse.evidence.AuditEvent;
import io.gatehouse.evidence.OutboxSignal;
import io.gatehouse.observability.CorrelationId;
import io.gatehouse.observability.Tracing;
import io.gatehouse.platform.Envelope;
import io.gatehouse.tenancy.TenantTransactions;
import io.gatehouse.tenancy.TransactionAccess;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one path every queue message and every timer run takes, the counterpart of the HTTP {@code
 * RequestPipeline} (SPEC.md §4):
 *
 * <ol>
 *   <li><b>decode</b> — the body must be a complete envelope of the handler's type, naming a tenant
 *       (or the platform, where the handler accepts that); then the handler checks its payload;
 *   <li><b>trace and correlation</b> — the consumer span continues the producer's trace (the
 *       envelope's {@code traceparent}) and links to the host's invocation; the producer's
 *       correlation id is kept when it is fit to keep;
 *   <li><b>tenant transaction</b> — every transaction the handler runs is scoped to the message's
 *       tenant, which the handler cannot choose; a database outage is waited out for a bounded time
 *       inside the invocation ({@link OutageRetry});
 *   <li><b>outcome audit</b> — the events a handler records commit with its work and are sent after
 *       the commit ({@link MessageEvidence});
 *   <li><b>retry and poison</b> — a failure is logged (never with the payload) and thrown: the host
 *       delivers the message again, and after {@link #MAX_DEQUEUE_COUNT} deliveries leaves it in
 *       {@code <queue>-poison}, untouched. Handlers are idempotent on the envelope id, so a
 *       redelivery changes nothing.
 * </ol>
 *
 * A timer run gets a span and a correlation id of its own and visits each chain in a transaction of
 * that chain ({@link TimerHandler}).
 */
public final class MessagePipeline {

    /**
     * host.json {@code extensions.queues.maxDequeueCount}: the delivery after which the host
     * poisons a message.
     */
    public static final int MAX_DEQUEUE_COUNT = 5;

    /** How long one invocation waits for the database before it gives the message back. */
    public static final Duration DEFAULT_OUTAGE_BUDGET = Duration.ofMinutes(2);

    private static final Logger LOG = LoggerFactory.getLogger(MessagePipeline.class);

    private final TenantTransactions transactions;
    private final Tracing tracing;
    private final Clock clock;
    private final OutageRetry retry;
    private final OutboxSignal relay;

    /**
     * Without a relay to wake: the events handlers record wait in the outbox for the relay's timer
     * (tests and tools).
     */
    public MessagePipeline(
            TenantTransactions transactions, Tracing tracing, Clock clock, Duration outageBudget) {
        this(transactions, tracing, clock, outageBudget, OutboxSignal.NONE);
    }

    /**
     * @param relay told after each commit that recorded audit events, so they are shipped at once
     */
    public MessagePipeline(
            TenantTransactions transactions,
            Tracing tracing,
            Clock clock,
            Duration outageBudget,
            OutboxSignal relay) {
        this(transactions, tracing, clock, OutageRetry.within(outageBudget), relay);
    }

    MessagePipeline(
            TenantTransactions transactions, Tracing tracing, Clock clock, OutageRetry retry) {
        this(transactions, tracing, clock, retry, OutboxSignal.NONE);
    }

    private MessagePipeline(
            TenantTransactions transactions,
            Tracing tracing,
            Clock clock,
            OutageRetry retry,
            OutboxSignal relay) {
        this.transactions = transactions;
        this.tracing = tracing;
        this.clock = clock;
        this.retry = retry;
        this.relay = relay;
    }

    Duration outageBudget() {
        return retry.budget();
    }

    /** Consumes one message body as the host delivered it. */
    public <P, R> R consume(String body, Delivery delivery, MessageHandler<P, R> handler) {
        Envelope envelope;
        try {
            envelope = Envelope.fromJson(body);
        } catch (IllegalArgumentException notAnEnvelope) {
            logFailure(
                    handler.queue(), "a message that is not an envelope", delivery, notAnEnvelope);
            throw notAnEnvelope;
        }
        return consume(envelope, delivery, handler);
    }

    /** Consumes one envelope outside the host (tests, tools). */
    public <P, R> R consume(Envelope envelope, MessageHandler<P, R> handler) {
        return consume(envelope, Delivery.direct(), handler);
    }

    public <P, R> R consume(Envelope envelope, Delivery delivery, MessageHandler<P, R> handler) {
        String correlationId = CorrelationId.acceptOrCreate(envelope.correlationId());
        Span span =
                tracing.startSpan(
                        "process " + handler.queue(),
                        SpanKind.CONSUMER,
                        Optional.ofNullable(envelope.traceparent()),
                        delivery.hostTraceparent());
        span.setAttribute("messaging.system", "azure_storage_queues");
        span.setAttribute("messaging.operation.type", "process");
        span.setAttribute("messaging.destination.name", handler.queue());
        span.setAttribute("messaging.message.id", envelope.id().toString());
        span.setAttribute("gatehouse.correlation_id", correlationId);
        if (delivery.dequeueCount() > 0) {
            span.setAttribute("gatehouse.dequeue_count", delivery.dequeueCount());
        }
        try (Scope ignored = span.makeCurrent()) {
            P payload = handler.decode(accepted(envelope, handler));
            UUID chain =
                    envelope.customerId() == null
                            ? AuditEvent.PLATFORM_CHAIN
                            : envelope.customerId();
            MessageEvidence evidence =
                    new MessageEvidence(
                            handler.actor(), chain, correlationId, traceIdOf(span), clock);
            Transactions scoped =
                    new Transactions(
                            chain,
                            evidence,
                            () -> OffsetDateTime.now(clock),
                            "message " + envelope.id() + " of " + handler.queue());
            R outcome =
                    handler.handle(payload, new InboundMessage(envelope, correlationId, scoped));
            if (outcome instanceof Enum<?> named) {
                span.setAttribute("gatehouse.outcome", named.name());
            }
            return outcome;
        } catch (RuntimeException failure) {
            span.setStatus(StatusCode.ERROR, failure.getClass().getSimpleName());
            logFailure(
                    handler.queue(),
                    "message "
                            + envelope.id()
                            + " ("
                            + envelope.type()
                            + ") ["
                            + correlationId
                            + "]",
                    delivery,
                    failure);
            throw failure;
        } finally {
            span.end();
        }
    }

    /**
     * One timer handler's work in one chain, outside the timer's schedule: how the relay ships a
     * chain it was told about. Failures are thrown, for the caller to try again later.
     *
     * @return what the handler did there
     */
    public int runInChain(TimerHandler handler, UUID chain) {
        Span span = tracing.startSpan("run " + handler.name(), SpanKind.INTERNAL, Optional.empty());
        String correlationId = UUID.randomUUID().toString();
        span.setAttribute("gatehouse.function", handler.name());
        span.setAttribute("gatehouse.correlation_id", correlationId);
        OffsetDateTime startedAt = OffsetDateTime.now(clock);
        try (Scope ignored = span.makeCurrent()) {
            MessageEvidence evidence =
                    new MessageEvidence(
                            handler.actor(), chain, correlationId, traceIdOf(span), clock);
            return new Transactions(chain, evidence, () -> startedAt, null)
                    .run(TransactionAccess.READ_WRITE, handler::runIn);
        } catch (RuntimeException failure) {
            span.setStatus(StatusCode.ERROR, failure.getClass().getSimpleName());
            throw failure;
        } finally {
            span.end();
        }
    }

    /**
     * One run of a timer: the platform chain if the handler asks, then every registered tenant,
     * each in a transaction of its own. Listing the tenants failing (the database is down) fails
     * the run; the next run starts over.
     */
    public TimerSummary run(TimerHandler handler, Optional<String> hostTraceparent) {
        Span span = tracing.startSpan("run " + handler.name(), SpanKind.INTERNAL, hostTraceparent);
        String correlationId = UUID.randomUUID().toString();
        span.setAttribute("gatehouse.function", handler.name());
        span.setAttribute("gatehouse.correlation_id", correlationId);
        OffsetDateTime startedAt = OffsetDateTime.now(clock);
        try (Scope ignored = span.makeCurrent()) {
            List<UUID> chains = new ArrayList<>();
            if (handler.includesPlatformChain()) {
                chains.add(AuditEvent.PLATFORM_CHAIN);
            }
            chains.addAll(transactions.registeredTenants());
            int done = 0;
            int failed = 0;
            for (UUID chain : chains) {
                MessageEvidence evidence =
                        new MessageEvidence(
                                handler.actor(), chain, correlationId, traceIdOf(span), clock);
                try {
                    done +=
                            new Transactions(chain, evidence, () -> startedAt, null)
                                    .run(TransactionAccess.READ_WRITE, handler::runIn);
                } catch (RuntimeException failure) {
                    // One chain's failure must not hold the others back; the next run retries it.
                    failed++;
                    LOG.warn(
                            handler.name()
                                    + ": chain "
                                    + chain
                                    + " failed this run ["
                                    + correlationId
                                    + "]",
                            failure);
                }
            }
            TimerSummary summary = new TimerSummary(chains.size(), done, failed);
            span.setAttribute("gatehouse.done", done);
            if (failed > 0) {
                span.setStatus(StatusCode.ERROR, failed + " chain(s) failed");
            }
            if (done > 0 || failed > 0) {
                LOG.info(
                        handler.name()
                                + ": "
                                + done
                                + " done in "
                                + chains.size()
                                + " chain(s), "
                                + failed
                                + " failed ["
                                + correlationId
                                + "]");
            }
            return summary;
        } catch (RuntimeException failure) {
            span.setStatus(StatusCode.ERROR, failure.getClass().getSimpleName());
            throw failure;
        } finally {
            span.end();
        }
    }

    private static Envelope accepted(Envelope envelope, MessageHandler<?, ?> handler) {
        if (!handler.accepts(envelope.type())) {
            throw new IllegalArgumentException(
                    handler.queue()
                            + " takes "
                            + handler.type()
                            + " messages, not "
                            + envelope.type());
        }
        boolean platform =
                envelope.customerId() == null
                        || AuditEvent.PLATFORM_CHAIN.equals(envelope.customerId());
        if (platform && !handler.acceptsPlatformMessages()) {
            throw new IllegalArgumentException(
                    handler.queue() + " takes messages of a tenant only");
        }
        return envelope;
    }

    /**
     * One line per failed delivery, saying whether the host will try again. Only the exception's
     * class: its message may quote the payload, and the host logs the exception itself.
     */
    private static void logFailure(
            String queue, String what, Delivery delivery, RuntimeException failure) {
        String attempt =
                delivery.dequeueCount() > 0
                        ? " on delivery " + delivery.dequeueCount() + " of " + MAX_DEQUEUE_COUNT
                        : "";
        String line =
                queue
                        + ": "
                        + what
                        + " failed"
                        + attempt
                        + " ("
                        + failure.getClass().getSimpleName()
                        + ")";
        if (delivery.isLastAttempt()) {
            LOG.error(line + "; the host now leaves it in " + queue + "-poison, untouched");
        } else {
            LOG.warn(
                    line + (delivery.dequeueCount() > 0 ? "; the host will deliver it again" : ""));
        }
    }

    private static String traceIdOf(Span span) {
        SpanContext context = span.getSpanContext();
        return context.isValid() ? context.getTraceId() : null;
    }

    /** The transactions of one chain, for one message or one timer run over that chain. */
    final class Transactions {

        private final UUID chain;
        private final MessageEvidence evidence;
        private final Supplier<OffsetDateTime> now;

        /**
         * What the outage wait names in its log lines; null: no waiting (a timer's next run
         * retries).
         */
        private final String waitsOutOutagesAs;

        Transactions(
                UUID chain,
                MessageEvidence evidence,
                Supplier<OffsetDateTime> now,
                String waitsOutOutagesAs) {
            this.chain = chain;
            this.evidence = evidence;
            this.now = now;
            this.waitsOutOutagesAs = waitsOutOutagesAs;
        }

        <T> T run(TransactionAccess access, Function<ConsumerTransaction, T> work) {
            Supplier<Committed<T>> attempt =
                    () ->
                            inChain(
                                    access,
                                    db -> {
                                        ConsumerTransaction transaction =
                                                new ConsumerTransaction(db, evidence, now.get());
                                        T result = work.apply(transaction);
                                        return new Committed<>(result, transaction.recordedAny());
                                    });
            Committed<T> committed =
                    waitsOutOutagesAs == null
                            ? attempt.get()
                            : retry.run(waitsOutOutagesAs, attempt);
            if (committed.recorded()) {
                relay.committed(chain);
            }
            return committed.result();
        }

        private <T> T inChain(TransactionAccess access, Function<DSLContext, T> work) {
            return AuditEvent.PLATFORM_CHAIN.equals(chain)
                    ? transactions.inPlatformScope(access, work)
                    : transactions.inTenant(chain, access, work);
        }
    }

    private record Committed<T>(T result, boolean recorded) {}
}
