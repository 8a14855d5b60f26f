package io.gatehouse.audit;

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

/** HTTP functions of the audit trail: customer_admin (or an operator naming the tenant). */
public final class AuditHttpFunctions {

    private final FunctionsHttp http;

    public AuditHttpFunctions(FunctionsHttp http) {
        this.http = http;
    }

    @FunctionName("audit-list")
    @Allow(Access.CUSTOMER_ADMIN)
    @Audited(action = "audit.read", resource = "audit_event")
    public HttpResponseMessage list(
            @HttpTrigger(
                            name = "req",
                            methods = HttpMethod.GET,
                            route = "audit",
                            authLevel = AuthorizationLevel.ANONYMOUS)
                    HttpRequestMessage<Optional<String>> request,
            ExecutionContext context) {
        return http.serve(request, context, AuditHandlers::list);
    }

    @FunctionName("audit-verify")
    @Allow(Access.CUSTOMER_ADMIN)
    @Audited(action = "audit.verify", resource = "audit_chain")
    public HttpResponseMessage verify(
            @HttpTrigger(
                            name = "req",
                            methods = HttpMethod.GET,
                            route = "audit/verify",
                            authLevel = AuthorizationLevel.ANONYMOUS)
                    HttpRequestMessage<Optional<String>> request,
            ExecutionContext context) {
        return http.serve(request, context, AuditHandlers::verify);
    }

    @FunctionName("audit-export")
    @Allow(Access.CUSTOMER_ADMIN)
    @Audited(action = "audit.export", resource = "audit_chain")
    public HttpResponseMessage export(
            @HttpTrigger(
                            name = "req",
                            methods = HttpMethod.GET,
                            route = "audit/export",
                            authLevel = AuthorizationLevel.ANONYMOUS)
                    HttpRequestMessage<Optional<String>> request,
            ExecutionContext context) {
        return http.serve(request, context, AuditHandlers::export);
    }
}
