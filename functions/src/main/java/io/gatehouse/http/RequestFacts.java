package io.gatehouse.http;

import io.gatehouse.evidence.AuditEvent;
import io.gatehouse.security.Principal;
import io.gatehouse.tenancy.TenantSelection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the pipeline has learnt about one request by the time it answers — who called, which tenant
 * was confirmed, what the handler noted — from which its audit events are made. Filled in stage by
 * stage, so that a request refused half-way still yields evidence of how far it got. Confined to
 * the request's thread.
 */
final class RequestFacts {

    final String functionName;
    final ApiRequest request;
    final String correlationId;
    final AuditNote note = new AuditNote();
    RouteRule rule;
    Principal principal;

    /**
     * Set only once the tenant is known to be registered: events never start a stranger's chain.
     */
    TenantSelection registeredTenant;

    /**
     * Events added to the outbox in the handler's transaction; committed with it when the request
     * succeeds.
     */
    List<AuditEvent> staged = List.of();

    RequestFacts(String functionName, ApiRequest request, String correlationId) {
        this.functionName = functionName;
        this.request = request;
        this.correlationId = correlationId;
    }

    /** The route's declared event, when it has one. */
    Optional<String> action() {
        return rule == null ? Optional.empty() : rule.auditAction();
    }

    Optional<UUID> confirmedTenant() {
        return Optional.ofNullable(registeredTenant).map(TenantSelection::customerId);
    }

    /** A request that asks to change something, as opposed to reading. */
    boolean isChange() {
        String method = request.method();
        return !("GET".equalsIgnoreCase(method) || "HEAD".equalsIgnoreCase(method));
    }
}
