package io.gatehouse.clients;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.annotation.AuthorizationLevel;
import com.microsoft.azure.functions.annotation.BindingName;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import io.gatehouse.http.Access;
import io.gatehouse.http.Allow;
import io.gatehouse.http.Audited;
import io.gatehouse.http.FunctionsHttp;
import io.gatehouse.http.Gated;
import io.gatehouse.http.GatedHandler;
import java.util.Optional;

/**
 * HTTP functions of the clients capability. Host-level auth is anonymous on purpose: every route is
 * guarded by the bearer token and the {@link Allow} rule beside it, not by function keys.
 */
public final class ClientFunctions {

    private final FunctionsHttp http;

    public ClientFunctions(FunctionsHttp http) {
        this.http = http;
    }

    @FunctionName("clients-list")
    @Allow(Access.AUTHENTICATED)
    @Audited(action = "phi.search", resource = "client")
    public HttpResponseMessage list(
            @HttpTrigger(
                            name = "req",
                            methods = HttpMethod.GET,
                            route = "clients",
                            authLevel = AuthorizationLevel.ANONYMOUS)
                    HttpRequestMessage<Optional<String>> request,
            ExecutionContext context) {
        return http.serve(request, context, ClientHandlers::list);
    }

    @FunctionName("clients-create")
    @Allow(Access.AUTHENTICATED)
    @Audited(action = "client.create", resource = "client")
    public HttpResponseMessage create(
            @HttpTrigger(
                            name = "req",
                            methods = HttpMethod.POST,
                            route = "clients",
                            authLevel = AuthorizationLevel.ANONYMOUS)
                    HttpRequestMessage<Optional<String>> request,
            ExecutionContext context) {
        return http.serve(request, context, ClientHandlers::create);
    }

    @FunctionName("clients-get")
    @Allow(Access.AUTHENTICATED)
    @Audited(action = "phi.read", resource = "client")
    public HttpResponseMessage get(
            @HttpTrigger(
                            name = "req",
                            methods = HttpMethod.GET,
                            route = "clients/{id}",
                            authLevel = AuthorizationLevel.ANONYMOUS)
                    HttpRequestMessage<Optional<String>> request,
            @BindingName("id") String id,
            ExecutionContext context) {
        return http.serve(request, context, call -> ClientHandlers.get(call, id));
    }

    @FunctionName("clients-patch")
    @Allow(Access.AUTHENTICATED)
    @Audited(action = "client.update", resource = "client")
    public HttpResponseMessage patch(
            @HttpTrigger(
                            name = "req",
                            methods = HttpMethod.PATCH,
                            route = "clients/{id}",
                            authLevel = AuthorizationLevel.ANONYMOUS)
                    HttpRequestMessage<Optional<String>> request,
            @BindingName("id") String id,
            ExecutionContext context) {
        return http.serve(request, context, call -> ClientHandlers.patch(call, id));
    }

    /**
     * Gated: answers 202 with a pending approval; the client is deleted only once another admin
     * approves.
     */
    @FunctionName("clients-delete")
    @Allow(Access.AUTHENTICATED)
    @Audited(action = "approval.request", resource = "approval")
    @Gated(ClientDeletion.ACTION)
    public HttpResponseMessage delete(
            @HttpTrigger(
                            name = "req",
                            methods = HttpMethod.DELETE,
                            route = "clients/{id}",
                            authLevel = AuthorizationLevel.ANONYMOUS)
                    HttpRequestMessage<Optional<String>> request,
            @BindingName("id") String id,
            ExecutionContext context) {
        return http.serve(
                request, context, (GatedHandler) call -> ClientDeletion.propose(call, id));
    }
}
