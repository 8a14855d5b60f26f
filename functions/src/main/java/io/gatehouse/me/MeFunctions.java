package io.gatehouse.me;

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
import io.gatehouse.http.Call;
import io.gatehouse.http.DataScope;
import io.gatehouse.http.FunctionsHttp;
import io.gatehouse.security.Principal;
import io.gatehouse.security.Role;
import io.gatehouse.tenancy.TenantResolver;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** GET /me: what Gatehouse made of the caller's token. Touches no data. */
public final class MeFunctions {

    private final FunctionsHttp http;

    public MeFunctions(FunctionsHttp http) {
        this.http = http;
    }

    record Me(String subject, UUID customerId, List<String> roles, boolean interactive) {}

    @FunctionName("me")
    @Allow(value = Access.AUTHENTICATED, data = DataScope.NONE)
    public HttpResponseMessage me(
            @HttpTrigger(
                            name = "req",
                            methods = HttpMethod.GET,
                            route = "me",
                            authLevel = AuthorizationLevel.ANONYMOUS)
                    HttpRequestMessage<Optional<String>> request,
            ExecutionContext context) {
        return http.serve(request, context, MeFunctions::describe);
    }

    static ApiResponse describe(Call call) {
        Principal principal = call.principal();
        List<String> roles = principal.roles().stream().map(Role::claimValue).sorted().toList();
        // internal_admin has no tenant of its own, whatever its token says.
        UUID customerId =
                principal.has(Role.INTERNAL_ADMIN)
                        ? null
                        : TenantResolver.ownTenant(principal).orElse(null);
        return ApiResponse.ok(
                new Me(principal.subject(), customerId, roles, principal.interactive()));
    }
}
