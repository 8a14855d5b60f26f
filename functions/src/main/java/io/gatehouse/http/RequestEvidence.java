package io.gatehouse.http;

import io.gatehouse.evidence.AuditEnvelopes;
import io.gatehouse.evidence.AuditEvent;
import io.gatehouse.evidence.AuditOutbox;
import io.gatehouse.evidence.AuditOutcome;
import io.gatehouse.evidence.OutboxSignal;
import io.gatehouse.observability.Tracing;
import io.gatehouse.platform.Envelope;
import io.gatehouse.platform.QueueSender;
import io.gatehouse.platform.QueueUnavailableException;
import io.gatehouse.security.Principal;
import io.gatehouse.security.Role;
import io.gatehouse.tenancy.TenantResolver;
import io.gatehouse.tenancy.TenantTransactions;
import io.gatehouse.tenancy.TransactionAccess;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The evidence stage of the pipeline (SPEC.md §1.6, ENGINEERING.md "No evidence, no access"): the
 * audit events of every request that reaches data or is refused, made from {@link RequestFacts} and
 * the status the caller gets. Every event goes to the outbox in PostgreSQL first; the relay ships
 * committed rows to {@code audit-events} in batches, off the request's path ({@link OutboxSignal}).
 *
 * <ul>
 *   <li>A successful change or read adds its events to the outbox in its own transaction ({@link
 *       #stage}), before the commit: the change and its evidence are durable together or not at
 *       all, and a read whose commit fails answers 503 instead of the data.
 *   <li>Refusals and failures commit their events in a short transaction of their own, in the
 *       chain's scope ({@link #settle}); their work (if any) rolled back and nothing was disclosed.
 *       When the database cannot take them, they go straight to the queue, best effort, so a
 *       database outage does not silence a caller's probing either; neither turns a 403 into a 503.
 * </ul>
 *
 * Refusals (401, 403) are recorded as {@code access.denied}: a 401 on the platform chain (nobody is
 * known), a 403 on the caller's tenant chain when its token names one. An operator's access to a
 * tenant adds {@code internal.tenant_access} to that tenant's chain.
 */
final class RequestEvidence {

    private static final Logger LOG = LoggerFactory.getLogger(RequestEvidence.class);
    private static final Pattern IPV4_WITH_PORT =
            Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3}){3}):\\d{1,5}$");
    private static final Pattern BRACKETED_IPV6 =
            Pattern.compile("^\\[([0-9A-Fa-f:.]+)](?::\\d{1,5})?$");
    private static final Pattern IP_LITERAL = Pattern.compile("^[0-9A-Fa-f:.]{2,45}$");
    static final String ACCESS_DENIED = "access.denied";
    static final String OPERATOR_ACCESS = "internal.tenant_access";

    /** The log text the break-glass alert searches for (infra/modules/alerts.bicep). */
    static final String BREAK_GLASS_LOG = "break-glass access (internal.tenant_access)";

    private final TenantTransactions transactions;
    private final OutboxSignal relay;
    private final QueueSender queues;
    private final Clock clock;

    /**
     * @param queues only for a refusal's events when the database cannot take them
     */
    RequestEvidence(
            TenantTransactions transactions, OutboxSignal relay, QueueSender queues, Clock clock) {
        this.transactions = transactions;
        this.relay = relay;
        this.queues = queues;
        this.clock = clock;
    }

    /**
     * Inside the handler's transaction, after it succeeded: its events join the outbox and commit
     * with it. A read leaves its read-only part first (only when it has events to record).
     */
    void stage(DSLContext db, RequestFacts facts, int status) {
        List<AuditEvent> events = events(facts, status);
        if (events.isEmpty()) {
            return;
        }
        // A read ends its read-only part in the round trip that adds its events.
        AuditOutbox.addAll(
                db, events, facts.isChange() ? null : TenantTransactions.END_READ_ONLY_PART);
        facts.staged = events;
    }

    /**
     * Records the request's events once its response is decided and its transaction has ended, and
     * returns the response the caller may have: the same one, or a 503 problem when a success's
     * evidence could not be recorded.
     */
    ApiResponse settle(RequestFacts facts, ApiResponse response) {
        boolean succeeded = response.status() < 400;
        if (succeeded && !facts.staged.isEmpty()) {
            // committed with the work: the relay ships them now, or its timer later
            chainsOf(facts.staged).forEach(relay::committed);
            return response;
        }
        List<AuditEvent> events;
        try {
            events = events(facts, response.status());
        } catch (RuntimeException bug) {
            // An event that cannot be built is a defect; without evidence there is no access.
            LOG.error("audit events not recorded [" + facts.correlationId + "]", bug);
            return succeeded ? failed(500, facts) : response;
        }
        if (events.isEmpty()) {
            return response;
        }
        try {
            commitOnTheirOwn(events);
            return response;
        } catch (RuntimeException notCommitted) {
            if (succeeded) {
                LOG.warn(
                        "audit events not committed; the request is refused ["
                                + facts.correlationId
                                + "]",
                        notCommitted);
                return failed(503, facts);
            }
            sendStraightToTheQueue(events, facts, notCommitted);
            return response;
        }
    }

    /** One short transaction per chain (a 403 of an operator may name two). */
    private void commitOnTheirOwn(List<AuditEvent> events) {
        Map<UUID, List<AuditEvent>> byChain = new LinkedHashMap<>();
        events.forEach(
                event ->
                        byChain.computeIfAbsent(event.customerId(), chain -> new ArrayList<>())
                                .add(event));
        byChain.forEach(
                (chain, ofChain) -> {
                    Function<DSLContext, List<Envelope>> add =
                            db -> AuditOutbox.addAll(db, ofChain);
                    if (AuditEvent.PLATFORM_CHAIN.equals(chain)) {
                        transactions.inPlatformScope(TransactionAccess.READ_WRITE, add);
                    } else {
                        transactions.inTenant(chain, TransactionAccess.READ_WRITE, add);
                    }
                    relay.committed(chain);
                });
    }

    private void sendStraightToTheQueue(
            List<AuditEvent> events, RequestFacts facts, RuntimeException whyNotCommitted) {
        LOG.warn(
                "refusal's audit events not committed; sending them to the queue instead ["
                        + facts.correlationId
                        + "]",
                whyNotCommitted);
        String traceparent = Tracing.traceparentOf(Span.current()).orElse(null);
        try {
            for (AuditEvent event : events) {
                queues.send(AuditEnvelopes.QUEUE, AuditEnvelopes.of(event, traceparent));
            }
        } catch (QueueUnavailableException unavailable) {
            LOG.error(
                    "refusal's audit events lost: neither the database nor the queue took them ["
                            + facts.correlationId
                            + "]",
                    unavailable);
        }
    }

    private static Set<UUID> chainsOf(List<AuditEvent> events) {
        Set<UUID> chains = new LinkedHashSet<>();
        events.forEach(event -> chains.add(event.customerId()));
        return chains;
    }

    private static ApiResponse failed(int status, RequestFacts facts) {
        return Problems.of(
                status,
                status == 503
                        ? "The service is temporarily unavailable."
                        : "The request could not be completed.",
                facts.request,
                facts.correlationId);
    }

    List<AuditEvent> events(RequestFacts facts, int status) {
        List<AuditEvent> events = new ArrayList<>();
        boolean refused = status == 401 || status == 403;
        if (refused) {
            AuditEvent.Builder denied =
                    base(facts, chainFor(facts, status))
                            .action(ACCESS_DENIED)
                            .outcome(AuditOutcome.DENIED);
            facts.action().ifPresent(attempted -> denied.detail("attemptedAction", attempted));
            events.add(denied.build());
        } else if (facts.action().isPresent()) {
            AuditEvent.Builder event =
                    base(facts, chainFor(facts, status))
                            .action(facts.action().get())
                            .outcome(status < 400 ? AuditOutcome.SUCCESS : AuditOutcome.ERROR);
            facts.rule
                    .auditResource()
                    .ifPresent(type -> event.resource(type, facts.note.resourceId().orElse(null)));
            facts.note.details().forEach(event::detail);
            events.add(event.build());
        }
        if (facts.registeredTenant != null && facts.registeredTenant.byOperator()) {
            // Also a log line: the estate alerts on every break-glass use (alerts.bicep).
            LOG.warn(
                    BREAK_GLASS_LOG + ": tenant {} outcome {} [{}]",
                    facts.registeredTenant.customerId(),
                    refused ? "denied" : "success",
                    facts.correlationId);
            events.add(
                    base(facts, facts.registeredTenant.customerId())
                            .action(OPERATOR_ACCESS)
                            .outcome(refused ? AuditOutcome.DENIED : AuditOutcome.SUCCESS)
                            .build());
        }
        return events;
    }

    /** The chain an event joins; never one of a tenant the request did not prove it belongs to. */
    private static UUID chainFor(RequestFacts facts, int status) {
        if (status == 401) {
            return AuditEvent.PLATFORM_CHAIN;
        }
        Optional<UUID> confirmed = facts.confirmedTenant();
        if (confirmed.isPresent()) {
            return confirmed.get();
        }
        Principal principal = facts.principal;
        if (status == 403 && principal != null && !principal.has(Role.INTERNAL_ADMIN)) {
            return TenantResolver.ownTenant(principal).orElse(AuditEvent.PLATFORM_CHAIN);
        }
        return AuditEvent.PLATFORM_CHAIN;
    }

    private AuditEvent.Builder base(RequestFacts facts, UUID chain) {
        AuditEvent.Builder builder =
                AuditEvent.builder()
                        .eventId(UUID.randomUUID())
                        .customerId(chain)
                        .occurredAt(clock.instant())
                        .origin(
                                clientIp(facts.request).orElse(null),
                                facts.request.header("User-Agent").orElse(null))
                        .correlation(facts.correlationId, traceId().orElse(null))
                        .detail("function", facts.functionName)
                        .detail("httpMethod", facts.request.method());
        Principal principal = facts.principal;
        if (principal != null) {
            builder.actor(
                    principal.subject(),
                    principal.roles().stream().map(Role::claimValue).toList(),
                    principal.interactive());
        }
        return builder;
    }

    private static Optional<String> traceId() {
        SpanContext context = Span.current().getSpanContext();
        return context.isValid() ? Optional.of(context.getTraceId()) : Optional.empty();
    }

    /**
     * The caller's address as the platform's front end reports it: the last entry of
     * X-Forwarded-For, the one the front end appended (with a port, on Azure). Entries before it
     * are whatever the caller chose to send and are never recorded as its address.
     */
    static Optional<String> clientIp(ApiRequest request) {
        return request.header("X-Forwarded-For")
                .map(
                        value -> {
                            String last = value.substring(value.lastIndexOf(',') + 1).trim();
                            var v4 = IPV4_WITH_PORT.matcher(last);
                            if (v4.matches()) {
                                return v4.group(1);
                            }
                            var v6 = BRACKETED_IPV6.matcher(last);
                            return v6.matches() ? v6.group(1) : last;
                        })
                .filter(address -> IP_LITERAL.matcher(address).matches());
    }
}
