package io.gatehouse.http;

import io.gatehouse.evidence.AuditEnvelopes;
import io.gatehouse.evidence.AuditEvent;
import io.gatehouse.evidence.AuditOutbox;
import io.gatehouse.evidence.AuditOutcome;
import io.gatehouse.observability.Tracing;
import io.gatehouse.platform.Envelope;
import io.gatehouse.platform.QueueSender;
import io.gatehouse.platform.QueueUnavailableException;
import io.gatehouse.security.Principal;
import io.gatehouse.security.Role;
import io.gatehouse.tenancy.TenantResolver;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The evidence stage of the pipeline (SPEC.md §1.6, ENGINEERING.md "No evidence, no access"): the
 * audit events of every request that reaches data or is refused, made from {@link RequestFacts} and
 * the status the caller gets.
 *
 * <ul>
 *   <li>A successful change commits its events to the outbox in its own transaction ({@link
 *       #stage}); they are sent after the commit, and the outbox re-sender covers a failed send. A
 *       change and its evidence are durable together or not at all.
 *   <li>A successful read sends its events before the data is returned; when they cannot be sent
 *       the caller gets 503 instead of the data.
 *   <li>Refusals and failures are sent as they happen, best effort: their transaction (if any) has
 *       rolled back, and nothing was disclosed, so a queue outage must not turn a 403 into a 503.
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

    private final QueueSender queues;
    private final Tracing tracing;
    private final Clock clock;

    RequestEvidence(QueueSender queues, Tracing tracing, Clock clock) {
        this.clock = clock;
        this.queues = queues;
        this.tracing = tracing;
    }

    /** Inside the handler's transaction, after a change succeeded: its events commit with it. */
    void stage(DSLContext db, RequestFacts facts, int status) {
        facts.staged =
                events(facts, status).stream().map(event -> AuditOutbox.add(db, event)).toList();
    }

    /**
     * Records the request's events once its response is decided and its transaction has ended, and
     * returns the response the caller may have: the same one, or a 503 problem when a read's
     * evidence could not be recorded.
     */
    ApiResponse settle(RequestFacts facts, ApiResponse response) {
        boolean succeeded = response.status() < 400;
        try {
            if (succeeded && !facts.staged.isEmpty()) {
                sendQuietly(
                        facts.staged); // committed in the outbox: a failed send is re-sent later
                return response;
            }
            List<Envelope> envelopes =
                    events(facts, response.status()).stream()
                            .map(
                                    event ->
                                            AuditEnvelopes.of(
                                                    event,
                                                    Tracing.traceparentOf(Span.current())
                                                            .orElse(null)))
                            .toList();
            if (!succeeded) {
                sendQuietly(envelopes);
                return response;
            }
            send(envelopes);
            return response;
        } catch (QueueUnavailableException unavailable) {
            LOG.warn(
                    "audit events not sent; the read is refused [" + facts.correlationId + "]",
                    unavailable);
            return Problems.of(
                    503,
                    "The service is temporarily unavailable.",
                    facts.request,
                    facts.correlationId);
        } catch (RuntimeException bug) {
            // An event that cannot be built is a defect; without evidence there is no access.
            LOG.error("audit events not recorded [" + facts.correlationId + "]", bug);
            return succeeded
                    ? Problems.of(
                            500,
                            "The request could not be completed.",
                            facts.request,
                            facts.correlationId)
                    : response;
        }
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

    private void send(List<Envelope> envelopes) {
        if (envelopes.isEmpty()) {
            return;
        }
        Span span = tracing.startChildSpan("send " + AuditEnvelopes.QUEUE, SpanKind.PRODUCER);
        span.setAttribute("messaging.system", "azure_storage_queues");
        span.setAttribute("messaging.batch.message_count", envelopes.size());
        try (Scope ignored = span.makeCurrent()) {
            for (Envelope envelope : envelopes) {
                queues.send(AuditEnvelopes.QUEUE, envelope);
            }
        } catch (RuntimeException e) {
            span.setStatus(StatusCode.ERROR);
            throw e;
        } finally {
            span.end();
        }
    }

    private void sendQuietly(List<Envelope> envelopes) {
        try {
            send(envelopes);
        } catch (QueueUnavailableException unavailable) {
            LOG.warn(
                    "audit events not sent now; the outbox or the log keeps the attempt",
                    unavailable);
        }
    }
}
