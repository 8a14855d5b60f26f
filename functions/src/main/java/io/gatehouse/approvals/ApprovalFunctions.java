package io.gatehouse.approvals;

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
import java.util.Optional;

/**
 * HTTP functions of the approvals capability. Reading is open to any tenant user because a
 * requester may follow its own requests; the handlers show everything only to customer_admin.
 */
public final class ApprovalFunctions {

    private final FunctionsHttp http;

    public ApprovalFunctions(FunctionsHttp http) {
        this.http = http;
    }

    @FunctionName("approvals-list")
    @Allow(Access.AUTHENTICATED)
    @Audited(action = "approval.list", resource = "approval")
    public HttpResponseMessage list(
            @HttpTrigger(
                            name = "req",
                            methods = HttpMethod.GET,
                            route = "approvals",
                            authLevel = AuthorizationLevel.ANONYMOUS)
                    HttpRequestMessage<Optional<String>> request,
            ExecutionContext context) {
        return http.serve(request, context, ApprovalHandlers::list);
    }

    @FunctionName("approvals-get")
    @Allow(Access.AUTHENTICATED)
    @Audited(action = "approval.read", resource = "approval")
    public HttpResponseMessage get(
            @HttpTrigger(
                            name = "req",
                            methods = HttpMethod.GET,
                            route = "approvals/{id}",
                            authLevel = AuthorizationLevel.ANONYMOUS)
                    HttpRequestMessage<Optional<String>> request,
            @BindingName("id") String id,
            ExecutionContext context) {
        return http.serve(request, context, call -> ApprovalHandlers.get(call, id));
    }

    @FunctionName("approvals-decide")
    @Allow(Access.CUSTOMER_ADMIN)
    @Audited(action = "approval.decide", resource = "approval")
    public HttpResponseMessage decide(
            @HttpTrigger(
                            name = "req",
                            methods = HttpMethod.POST,
                            route = "approvals/{id}/decision",
                            authLevel = AuthorizationLevel.ANONYMOUS)
                    HttpRequestMessage<Optional<String>> request,
            @BindingName("id") String id,
            ExecutionContext context) {
        return http.serve(request, context, call -> ApprovalHandlers.decide(call, id));
    }
}
