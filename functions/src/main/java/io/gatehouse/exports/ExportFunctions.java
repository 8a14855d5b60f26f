package io.gatehouse.exports;

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
 * HTTP functions of exports: prepare, then confirm within five minutes to download
 * (customer_admin).
 */
public final class ExportFunctions {

    private final FunctionsHttp http;

    public ExportFunctions(FunctionsHttp http) {
        this.http = http;
    }

    @FunctionName("exports-prepare")
    @Allow(Access.CUSTOMER_ADMIN)
    @Audited(action = "export.prepare", resource = "export")
    public HttpResponseMessage prepare(
            @HttpTrigger(
                            name = "req",
                            methods = HttpMethod.POST,
                            route = "exports",
                            authLevel = AuthorizationLevel.ANONYMOUS)
                    HttpRequestMessage<Optional<String>> request,
            ExecutionContext context) {
        return http.serve(request, context, ExportHandlers::prepare);
    }

    @FunctionName("exports-confirm")
    @Allow(Access.CUSTOMER_ADMIN)
    @Audited(action = "export.download", resource = "export")
    public HttpResponseMessage confirm(
            @HttpTrigger(
                            name = "req",
                            methods = HttpMethod.POST,
                            route = "exports/{id}/confirm",
                            authLevel = AuthorizationLevel.ANONYMOUS)
                    HttpRequestMessage<Optional<String>> request,
            @BindingName("id") String id,
            ExecutionContext context) {
        return http.serve(request, context, call -> ExportHandlers.confirm(call, id));
    }
}
