package io.gatehouse.pii;

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
import java.util.Optional;

/** HTTP functions of the PII capability (SPEC.md §3): adapters only. */
public final class PiiFunctions {

    private final FunctionsHttp http;
    private final PseudonymKeys keys;

    public PiiFunctions(FunctionsHttp http, PseudonymKeys keys) {
        this.http = http;
        this.keys = keys;
    }

    @FunctionName("pii-policy-get")
    @Allow(Access.CUSTOMER_ADMIN)
    @Audited(action = "pii.policy.read", resource = "pii_policy")
    public HttpResponseMessage getPolicy(
            @HttpTrigger(
                            name = "req",
                            methods = HttpMethod.GET,
                            route = "pii/policy",
                            authLevel = AuthorizationLevel.ANONYMOUS)
                    HttpRequestMessage<Optional<String>> request,
            ExecutionContext context) {
        return http.serve(request, context, PiiHandlers::getPolicy);
    }

    @FunctionName("pii-policy-put")
    @Allow(Access.CUSTOMER_ADMIN)
    @Audited(action = "pii.policy.update", resource = "pii_policy")
    public HttpResponseMessage putPolicy(
            @HttpTrigger(
                            name = "req",
                            methods = HttpMethod.PUT,
                            route = "pii/policy",
                            authLevel = AuthorizationLevel.ANONYMOUS)
                    HttpRequestMessage<Optional<String>> request,
            ExecutionContext context) {
        return http.serve(request, context, PiiHandlers::putPolicy);
    }

    @FunctionName("pii-analyze")
    @Allow(Access.AUTHENTICATED)
    @Audited(action = "pii.analyze", resource = "pii_policy")
    public HttpResponseMessage analyze(
            @HttpTrigger(
                            name = "req",
                            methods = HttpMethod.POST,
                            route = "pii/analyze",
                            authLevel = AuthorizationLevel.ANONYMOUS)
                    HttpRequestMessage<Optional<String>> request,
            ExecutionContext context) {
        return http.serve(request, context, PiiHandlers::analyze);
    }

    @FunctionName("pii-mask")
    @Allow(Access.AUTHENTICATED)
    @Audited(action = "pii.mask", resource = "pii_policy")
    public HttpResponseMessage mask(
            @HttpTrigger(
                            name = "req",
                            methods = HttpMethod.POST,
                            route = "pii/mask",
                            authLevel = AuthorizationLevel.ANONYMOUS)
                    HttpRequestMessage<Optional<String>> request,
            ExecutionContext context) {
        return http.serve(request, context, call -> PiiHandlers.mask(call, keys));
    }
}
