package io.gatehouse.reasoning;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.annotation.AuthorizationLevel;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import io.gatehouse.http.Access;
import io.gatehouse.http.Allow;
import io.gatehouse.http.Audited;
import io.gatehouse.http.FunctionsHttp;
import io.gatehouse.pii.PseudonymKeys;
import java.util.Optional;

/** HTTP functions of the reasoning hand-off (SPEC.md §3): adapters only. */
public final class ReasoningFunctions {

    private final FunctionsHttp http;
    private final PseudonymKeys keys;

    public ReasoningFunctions(FunctionsHttp http, PseudonymKeys keys) {
        this.http = http;
        this.keys = keys;
    }

    @FunctionName("reasoning-requests-create")
    @Allow(Access.AUTHENTICATED)
    @Audited(action = "reasoning.request", resource = "reasoning_request")
    public HttpResponseMessage create(
            @HttpTrigger(
                            name = "req",
                            methods = HttpMethod.POST,
                            route = "reasoning/requests",
                            authLevel = AuthorizationLevel.ANONYMOUS)
                    HttpRequestMessage<Optional<String>> request,
            ExecutionContext context) {
        return http.serve(request, context, call -> ReasoningHandlers.create(call, keys));
    }
}
