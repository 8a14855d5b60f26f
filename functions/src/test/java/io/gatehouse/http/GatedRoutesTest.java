package io.gatehouse.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import io.gatehouse.app.FunctionClasses;
import io.gatehouse.approvals.GatedActions;
import io.gatehouse.clients.ClientDeletion;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** "Gates are declared, not called": @Gated beside the route decides, and cannot be sidestepped. */
class GatedRoutesTest {

    @Test
    void theClientDeletionRouteIsGatedAndItsActionIsRegistered() {
        RouteCatalog catalog = RouteCatalog.of(FunctionClasses.ALL);
        assertThat(catalog.gates())
                .containsExactly(java.util.Map.entry("clients-delete", ClientDeletion.ACTION));
        GatedActions.of(new ClientDeletion()).requireAll(catalog.gates().values());
        assertThatThrownBy(() -> GatedActions.of().requireAll(catalog.gates().values()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("client.delete");
    }

    @Test
    void aGatedRouteMustBeATenantRouteWithACaller() {
        assertThatThrownBy(() -> RouteCatalog.of(List.of(GatedPlatformRoute.class)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("gated route");
    }

    @Test
    void theGateRunsInsteadOfTheHandlerAndAPlainHandlerCannotSidestepIt() {
        AtomicBoolean ran = new AtomicBoolean();
        Handler plain =
                call -> {
                    ran.set(true);
                    return ApiResponse.ok("done");
                };
        assertThatThrownBy(() -> Gates.apply(Gates.NONE, Optional.of("client.delete"), plain))
                .isInstanceOf(IllegalStateException.class);
        assertThat(Gates.apply(Gates.NONE, Optional.empty(), plain)).isSameAs(plain);

        AtomicBoolean held = new AtomicBoolean();
        GatedHandler proposer =
                call -> {
                    throw new AssertionError("the gate, not the pipeline, asks for the proposal");
                };
        Handler gated =
                Gates.apply(
                        (action, call, handler) -> {
                            held.set(action.equals("client.delete") && handler == proposer);
                            return ApiResponse.json(202, "held");
                        },
                        Optional.of("client.delete"),
                        proposer);
        assertThat(gated.handle(null).status()).isEqualTo(202);
        assertThat(held).isTrue();
        assertThat(ran).isFalse();
        assertThatThrownBy(() -> proposer.handle(null))
                .as("a gated handler never runs an action itself")
                .isInstanceOf(IllegalStateException.class);
    }

    static final class GatedPlatformRoute {
        @FunctionName("gated-platform")
        @Allow(value = Access.INTERNAL_ADMIN, data = DataScope.PLATFORM)
        @Audited(action = "tenant.delete", resource = "tenant")
        @Gated("tenant.delete")
        public HttpResponseMessage route(
                @HttpTrigger(name = "req", methods = HttpMethod.DELETE, route = "tenants/{id}")
                        HttpRequestMessage<Optional<String>> request,
                ExecutionContext context) {
            return null;
        }
    }
}
