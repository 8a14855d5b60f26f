package io.gatehouse.status;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.annotation.AuthorizationLevel;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import io.gatehouse.http.Access;
import io.gatehouse.http.Allow;
import io.gatehouse.http.ApiResponse;
import io.gatehouse.http.DataScope;
import io.gatehouse.http.FunctionsHttp;
import io.gatehouse.http.ProblemException;
import java.util.Map;
import java.util.Optional;

/** Liveness and readiness probes: anonymous, and they say nothing about why. */
public final class StatusFunctions {

    /** What GET /ready asks: do the app's dependencies (database, queue service) answer? */
    @FunctionalInterface
    public interface DependencyProbe {
        boolean reachable();
    }

    private final FunctionsHttp http;
    private final DependencyProbe dependencies;

    public StatusFunctions(FunctionsHttp http, DependencyProbe dependencies) {
        this.http = http;
        this.dependencies = dependencies;
    }

    @FunctionName("health")
    @Allow(value = Access.ANONYMOUS, data = DataScope.NONE)
    public HttpResponseMessage health(
            @HttpTrigger(
                            name = "req",
                            methods = HttpMethod.GET,
                            route = "health",
                            authLevel = AuthorizationLevel.ANONYMOUS)
                    HttpRequestMessage<Optional<String>> request,
            ExecutionContext context) {
        return http.serve(request, context, call -> ApiResponse.ok(Map.of("status", "up")));
    }

    /**
     * The client contract: OpenAPI 3.1 for every route, anonymous like the probes (it says what a
     * caller may already learn by calling). Read once from the package; OpenApiDocumentTest keeps
     * it equal to the routes the function classes declare.
     */
    @FunctionName("openapi")
    @Allow(value = Access.ANONYMOUS, data = DataScope.NONE)
    public HttpResponseMessage openapi(
            @HttpTrigger(
                            name = "req",
                            methods = HttpMethod.GET,
                            route = "openapi.json",
                            authLevel = AuthorizationLevel.ANONYMOUS)
                    HttpRequestMessage<Optional<String>> request,
            ExecutionContext context) {
        return http.serve(
                request,
                context,
                call ->
                        new ApiResponse(
                                200, Map.of("Content-Type", ApiResponse.JSON), OpenApi.DOCUMENT));
    }

    @FunctionName("ready")
    @Allow(value = Access.ANONYMOUS, data = DataScope.NONE)
    public HttpResponseMessage ready(
            @HttpTrigger(
                            name = "req",
                            methods = HttpMethod.GET,
                            route = "ready",
                            authLevel = AuthorizationLevel.ANONYMOUS)
                    HttpRequestMessage<Optional<String>> request,
            ExecutionContext context) {
        return http.serve(
                request,
                context,
                call -> {
                    if (!dependencies.reachable()) {
                        throw new ProblemException(503, "Not ready.");
                    }
                    return ApiResponse.ok(Map.of("status", "ready"));
                });
    }
}
