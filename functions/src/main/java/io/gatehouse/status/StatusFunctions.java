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
import io.gatehouse.http.ProblemException;
import io.gatehouse.platform.FunctionsHttp;
import io.gatehouse.platform.Gatehouse;
import java.util.Map;
import java.util.Optional;

/** Liveness and readiness probes: anonymous, and they say nothing about why. */
public final class StatusFunctions {

    @FunctionName("health")
    @Allow(value = Access.ANONYMOUS, data = DataScope.NONE)
    public HttpResponseMessage health(
            @HttpTrigger(name = "req", methods = HttpMethod.GET, route = "health", authLevel = AuthorizationLevel.ANONYMOUS)
                    HttpRequestMessage<Optional<String>> request,
            ExecutionContext context) {
        return FunctionsHttp.serve(request, context, call -> ApiResponse.ok(Map.of("status", "up")));
    }

    @FunctionName("ready")
    @Allow(value = Access.ANONYMOUS, data = DataScope.NONE)
    public HttpResponseMessage ready(
            @HttpTrigger(name = "req", methods = HttpMethod.GET, route = "ready", authLevel = AuthorizationLevel.ANONYMOUS)
                    HttpRequestMessage<Optional<String>> request,
            ExecutionContext context) {
        return FunctionsHttp.serve(request, context, call -> {
            if (!Gatehouse.app().dependenciesReachable()) {
                throw new ProblemException(503, "Not ready.");
            }
            return ApiResponse.ok(Map.of("status", "ready"));
        });
    }
}
