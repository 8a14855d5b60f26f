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
import io.gatehouse.platform.FunctionsHttp;
import java.util.Optional;

/** HTTP functions of the reasoning hand-off (SPEC.md §3): adapters only. */
public final class ReasoningFunctions {

    @FunctionName("reasoning-requests-create")
    @Allow(Access.AUTHENTICATED)
    @Audited(action = "reasoning.request", resource = "reasoning_request")
    public HttpResponseMessage create(
            @HttpTrigger(name = "req", methods = HttpMethod.POST, route = "reasoning/requests",
                    authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<Optional<String>> request,
            ExecutionContext context) {
        return FunctionsHttp.serve(request, context, ReasoningHandlers::create);
    }
}
