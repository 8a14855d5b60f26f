package io.gatehouse.tenants;

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
import io.gatehouse.http.DataScope;
import io.gatehouse.http.FunctionsHttp;
import java.util.Optional;

/** HTTP functions of the tenant registry. */
public final class TenantFunctions {

    private final FunctionsHttp http;

    public TenantFunctions(FunctionsHttp http) {
        this.http = http;
    }

    @FunctionName("tenants-create")
    @Allow(value = Access.INTERNAL_ADMIN, data = DataScope.PLATFORM)
    @Audited(action = "tenant.create", resource = "tenant")
    public HttpResponseMessage create(
            @HttpTrigger(
                            name = "req",
                            methods = HttpMethod.POST,
                            route = "tenants",
                            authLevel = AuthorizationLevel.ANONYMOUS)
                    HttpRequestMessage<Optional<String>> request,
            ExecutionContext context) {
        return http.serve(request, context, TenantHandlers::create);
    }

    @FunctionName("tenants-list")
    @Allow(value = Access.INTERNAL_ADMIN, data = DataScope.PLATFORM)
    @Audited(action = "tenant.list", resource = "tenant")
    public HttpResponseMessage list(
            @HttpTrigger(
                            name = "req",
                            methods = HttpMethod.GET,
                            route = "tenants",
                            authLevel = AuthorizationLevel.ANONYMOUS)
                    HttpRequestMessage<Optional<String>> request,
            ExecutionContext context) {
        return http.serve(request, context, TenantHandlers::list);
    }

    @FunctionName("tenant-own")
    @Allow(Access.CUSTOMER_ADMIN)
    @Audited(action = "tenant.read", resource = "tenant")
    public HttpResponseMessage own(
            @HttpTrigger(
                            name = "req",
                            methods = HttpMethod.GET,
                            route = "tenant",
                            authLevel = AuthorizationLevel.ANONYMOUS)
                    HttpRequestMessage<Optional<String>> request,
            ExecutionContext context) {
        return http.serve(request, context, TenantHandlers::own);
    }
}
