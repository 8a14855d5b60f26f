package io.gatehouse.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatehouse.observability.Tracing;
import io.gatehouse.platform.Envelope;
import io.gatehouse.platform.QueueSender;
import io.gatehouse.platform.QueueUnavailableException;
import io.gatehouse.security.Principal;
import io.gatehouse.tenancy.TenantSelection;
import io.opentelemetry.api.trace.Span;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * What a handler gets: the request, who made it, and — for tenant and platform routes — the one
 * database transaction it may use. There is no other way for a handler to reach the database.
 */
public final class Call {

    private final ApiRequest request;
    private final String correlationId;
    private final Principal principal;
    private final TenantSelection tenant;
    private final DSLContext db;
    private final AuditNote audit;

    private final QueueSender queues;
    private final Clock clock;

    Call(
            ApiRequest request,
            String correlationId,
            Principal principal,
            TenantSelection tenant,
            DSLContext db,
            QueueSender queues,
            AuditNote audit,
            Clock clock) {
        this.request = request;
        this.clock = clock;
        this.audit = audit;
        this.queues = queues;
        this.correlationId = correlationId;
        this.principal = principal;
        this.tenant = tenant;
        this.db = db;
    }

    /** The graph's clock: what time it is for expiry, validity windows and timestamps written. */
    public Clock clock() {
        return clock;
    }

    public ApiRequest request() {
        return request;
    }

    public String correlationId() {
        return correlationId;
    }

    public Principal principal() {
        if (principal == null) {
            throw new IllegalStateException("anonymous route has no principal");
        }
        return principal;
    }

    public UUID customerId() {
        if (tenant == null) {
            throw new IllegalStateException("route is not tenant-scoped");
        }
        return tenant.customerId();
    }

    public DSLContext db() {
        if (db == null) {
            throw new IllegalStateException("route declares no data scope");
        }
        return db;
    }

    /** The JSON body, which must be an object; refusals are 415, 400 or 422 problems. */
    public ObjectNode jsonObject() {
        JsonNode node = RequestBodies.readJson(request);
        if (!(node instanceof ObjectNode object)) {
            throw ProblemException.badRequest("The request body must be a JSON object.");
        }
        return object;
    }

    /** The JSON body bound to a request type that declares every accepted field. */
    public <T> T body(Class<T> type) {
        return RequestBodies.bind(jsonObject(), type);
    }

    /**
     * The detail of this request's audit event: the pipeline records the event of the route's
     * {@link Audited} declaration, whatever the outcome; the handler names what it acted on here.
     */
    public AuditNote audit() {
        return audit;
    }

    /**
     * Sends a message to a queue now, in the SPEC.md §4 envelope: a new id (the consumer's
     * idempotency key), this request's tenant (none on platform routes), correlation id and trace.
     * Called inside the handler's transaction, a failure to send ({@link
     * QueueUnavailableException}, answered 503) rolls the transaction back.
     */
    public Envelope enqueue(String queue, String type, JsonNode payload) {
        Envelope envelope =
                new Envelope(
                        UUID.randomUUID(),
                        type,
                        tenant == null ? null : tenant.customerId(),
                        correlationId,
                        Tracing.traceparentOf(Span.current()).orElse(null),
                        clock.instant(),
                        payload);
        queues.send(queue, envelope);
        return envelope;
    }

    public Optional<String> queryParam(String name) {
        return request.queryParam(name);
    }
}
