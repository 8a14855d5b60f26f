package io.gatehouse.http;

import io.gatehouse.evidence.OutboxSignal;
import io.gatehouse.observability.CorrelationId;
import io.gatehouse.observability.Tracing;
import io.gatehouse.platform.QueueSender;
import io.gatehouse.platform.QueueUnavailableException;
import io.gatehouse.platform.SecretStoreUnavailableException;
import io.gatehouse.security.InvalidTokenException;
import io.gatehouse.security.Principal;
import io.gatehouse.security.SigningKeysUnavailableException;
import io.gatehouse.security.TokenVerifier;
import io.gatehouse.tenancy.DatabaseUnavailableException;
import io.gatehouse.tenancy.TenantRefusedException;
import io.gatehouse.tenancy.TenantResolver;
import io.gatehouse.tenancy.TenantSelection;
import io.gatehouse.tenancy.TenantTransactions;
import io.gatehouse.tenancy.TransactionAccess;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one path every HTTP request takes, in the order of SPEC.md §1: correlation, authentication,
 * authorisation, tenant resolution, the scoped transaction, the handler, the evidence ({@link
 * RequestEvidence}); any failure becomes problem+json, and every response carries X-Correlation-ID.
 * The work of a GET (or HEAD) is read-only: a read cannot write, whatever its handler tries; only
 * its audit events are written after it, in the same transaction.
 */
public final class RequestPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(RequestPipeline.class);

    /** Responses can hold PHI: no cache, shared or private, may keep them; no content sniffing. */
    private static final Map<String, String> ALWAYS =
            Map.of("Cache-Control", "no-store", "X-Content-Type-Options", "nosniff");

    private static final Map<String, String> CHALLENGE =
            Map.of("WWW-Authenticate", "Bearer error=\"invalid_token\"");

    private final RouteCatalog routes;
    private final TokenVerifier tokens;
    private final TenantTransactions transactions;
    private final Tracing tracing;
    private final QueueSender queues;
    private final RequestEvidence evidence;
    private final Gates gates;
    private final Clock clock;

    /**
     * @param clock what time it is for every request: its audit events, envelopes and handlers
     */
    public RequestPipeline(
            RouteCatalog routes,
            TokenVerifier tokens,
            TenantTransactions transactions,
            Tracing tracing,
            QueueSender queues,
            OutboxSignal relay,
            Gates gates,
            Clock clock) {
        this.gates = gates;
        this.clock = clock;
        this.routes = routes;
        this.queues = queues;
        this.evidence = new RequestEvidence(transactions, relay, queues, clock);
        this.tokens = tokens;
        this.transactions = transactions;
        this.tracing = tracing;
    }

    /**
     * @param hostTraceparent the trace the Functions host started for this invocation, if any;
     *     otherwise the caller's {@code traceparent} header is the parent
     */
    public ApiResponse serve(
            String functionName,
            ApiRequest request,
            Handler handler,
            Optional<String> hostTraceparent) {
        Span span =
                tracing.startSpan(
                        request.method() + " " + functionName,
                        SpanKind.SERVER,
                        hostTraceparent.or(() -> request.header("traceparent")));
        try (Scope ignored = span.makeCurrent()) {
            ApiResponse response = respond(functionName, request, handler);
            span.setAttribute("http.request.method", request.method());
            span.setAttribute("http.response.status_code", response.status());
            span.setAttribute("gatehouse.function", functionName);
            span.setAttribute(
                    "gatehouse.correlation_id", response.headers().get(CorrelationId.HEADER));
            if (response.status() >= 500) {
                span.setStatus(StatusCode.ERROR);
            }
            return response;
        } finally {
            span.end();
        }
    }

    private ApiResponse respond(String functionName, ApiRequest request, Handler handler) {
        String correlationId =
                CorrelationId.acceptOrCreate(request.header(CorrelationId.HEADER).orElse(null));
        RequestFacts facts = new RequestFacts(functionName, request, correlationId);
        ApiResponse response;
        try {
            facts.rule =
                    routes.ruleFor(functionName)
                            .orElseThrow(
                                    () ->
                                            new IllegalStateException(
                                                    "no access rule for " + functionName));
            // The approval gate hook: a @Gated route's action is held for approval, not run.
            Handler effective = Gates.apply(gates, routes.gateFor(functionName), handler);
            response = run(facts, effective);
        } catch (ProblemException problem) {
            response = Problems.of(problem.status(), problem.detail(), request, correlationId);
        } catch (InvalidTokenException refused) {
            LOG.debug("token refused [{}]: {}", correlationId, refused.getMessage());
            response =
                    Problems.of(401, "A valid bearer token is required.", request, correlationId)
                            .withHeaders(CHALLENGE);
        } catch (TenantRefusedException refused) {
            response = tenantRefusal(refused, request, correlationId);
        } catch (SigningKeysUnavailableException
                | DatabaseUnavailableException
                | QueueUnavailableException
                | SecretStoreUnavailableException unavailable) {
            LOG.warn("dependency unavailable [" + correlationId + "]", unavailable);
            response =
                    Problems.of(
                            503, "The service is temporarily unavailable.", request, correlationId);
        } catch (DataAccessException failure) {
            response = DatabaseFailures.toProblem(failure, request, correlationId);
        } catch (RuntimeException bug) {
            LOG.error("unhandled failure [" + correlationId + "]", bug);
            response =
                    Problems.of(500, "The request could not be completed.", request, correlationId);
        }
        response = evidence.settle(facts, response);
        return response.withHeader(CorrelationId.HEADER, correlationId).withHeaders(ALWAYS);
    }

    private ApiResponse run(RequestFacts facts, Handler handler) throws InvalidTokenException {
        ApiRequest request = facts.request;
        RouteRule rule = facts.rule;
        if (rule.access() == Access.ANONYMOUS) {
            return handler.handle(call(facts, null, null));
        }
        Principal principal = authenticate(request);
        facts.principal = principal;
        if (!rule.access().admits(principal)) {
            throw new ProblemException(403, "This route needs a role the caller does not have.");
        }
        // Decided here once, by the method, for every route: a read's transaction cannot write.
        TransactionAccess access =
                facts.isChange()
                        ? TransactionAccess.READ_WRITE
                        : TransactionAccess.READ_ONLY_UNTIL_EVIDENCE;
        return switch (rule.data()) {
            case NONE -> handler.handle(call(facts, null, null));
            case PLATFORM ->
                    transactions.inPlatformScope(
                            access,
                            db -> handleAndStage(facts, handler, call(facts, null, db), db));
            case TENANT -> {
                TenantSelection tenant =
                        TenantResolver.resolve(
                                principal, request.header(TenantResolver.OPERATOR_HEADER));
                // Row-level security shows a transaction its own tenant's registry row only, so
                // an unregistered tenant is one whose row the scoped transaction cannot see: an
                // operator named an unknown tenant (404), or a token carries a tenant nobody
                // registered (403). The check rides in the round trip that sets the tenant.
                yield transactions.inRegisteredTenant(
                        tenant.customerId(),
                        access,
                        db -> {
                            facts.registeredTenant = tenant;
                            return handleAndStage(facts, handler, call(facts, tenant, db), db);
                        },
                        () ->
                                tenant.byOperator()
                                        ? new ProblemException(404, "No such tenant.")
                                        : new ProblemException(
                                                403, "The caller's tenant is not registered."));
            }
        };
    }

    /**
     * Runs the handler; a change or read that succeeded commits its audit events in the same
     * transaction.
     */
    private ApiResponse handleAndStage(
            RequestFacts facts, Handler handler, Call call, DSLContext db) {
        ApiResponse response = handler.handle(call);
        if (response.status() < 400) {
            evidence.stage(db, facts, response.status());
        }
        return response;
    }

    private Call call(RequestFacts facts, TenantSelection tenant, DSLContext db) {
        return new Call(
                facts.request,
                facts.correlationId,
                facts.principal,
                tenant,
                db,
                queues,
                facts.note,
                clock);
    }

    private Principal authenticate(ApiRequest request) throws InvalidTokenException {
        Optional<String> authorization = request.header("Authorization");
        if (authorization.isEmpty()
                || !authorization.get().regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new InvalidTokenException("no bearer token");
        }
        return tokens.verify(authorization.get().substring(7).trim());
    }

    private static ApiResponse tenantRefusal(
            TenantRefusedException refused, ApiRequest request, String correlationId) {
        return switch (refused.reason()) {
            case MALFORMED_TENANT_HEADER ->
                    Problems.of(400, "X-Customer-Id must be a UUID.", request, correlationId);
            case OPERATOR_TENANT_MISSING ->
                    Problems.of(
                            403,
                            "internal_admin must name the tenant with X-Customer-Id on this route.",
                            request,
                            correlationId);
            case NO_SINGLE_TENANT ->
                    Problems.of(
                            403,
                            "The caller's token does not name exactly one tenant.",
                            request,
                            correlationId);
            case FOREIGN_TENANT_REQUESTED ->
                    Problems.of(
                            403,
                            "The caller may not act on another tenant.",
                            request,
                            correlationId);
        };
    }
}
