package io.gatehouse.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import com.microsoft.azure.functions.annotation.TimerTrigger;
import io.gatehouse.app.FunctionClasses;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RouteCatalogTest {

    static class Forgetful {
        @FunctionName("forgotten")
        public void run(@HttpTrigger(name = "req") String request) {}
    }

    static class AnonymousWithData {
        @FunctionName("leaky")
        @Allow(Access.ANONYMOUS)
        public void run(@HttpTrigger(name = "req") String request) {}
    }

    static class TenantUserInPlatformScope {
        @FunctionName("widening")
        @Allow(value = Access.AUTHENTICATED, data = DataScope.PLATFORM)
        public void run(@HttpTrigger(name = "req") String request) {}
    }

    static class Unrecorded {
        @FunctionName("unrecorded")
        @Allow(Access.AUTHENTICATED)
        public void run(@HttpTrigger(name = "req") String request) {}
    }

    static class TimerOnly {
        @FunctionName("tick")
        public void run(@TimerTrigger(name = "timer", schedule = "0 */5 * * * *") String timer) {}
    }

    @Test
    void anHttpFunctionWithoutARuleStopsTheCatalog() {
        assertThatThrownBy(() -> RouteCatalog.of(List.of(Forgetful.class)))
                .hasMessageContaining("forgotten");
    }

    @Test
    void rulesThatWouldWidenAccessToDataAreRefused() {
        assertThatThrownBy(() -> RouteCatalog.of(List.of(AnonymousWithData.class)))
                .hasMessageContaining("anonymous");
        assertThatThrownBy(() -> RouteCatalog.of(List.of(TenantUserInPlatformScope.class)))
                .hasMessageContaining("internal_admin");
    }

    @Test
    void aRouteThatReachesDataWithoutAnAuditEventStopsTheCatalog() {
        assertThatThrownBy(() -> RouteCatalog.of(List.of(Unrecorded.class)))
                .hasMessageContaining("unrecorded")
                .hasMessageContaining("@Audited");
    }

    @Test
    void nonHttpFunctionsNeedNoRule() {
        assertThat(RouteCatalog.of(List.of(TimerOnly.class)).rules()).isEmpty();
    }

    @Test
    void theAppsOwnFunctionsAllHaveRulesAndOnlyOperatorsReachPlatformScope() {
        RouteCatalog catalog = RouteCatalog.of(FunctionClasses.ALL);
        assertThat(catalog.rules())
                .containsKeys(
                        "health",
                        "ready",
                        "me",
                        "tenants-list",
                        "tenants-create",
                        "clients-list",
                        "clients-create",
                        "clients-get",
                        "clients-patch");
        catalog.rules()
                .forEach(
                        (name, rule) -> {
                            if (rule.data() == DataScope.PLATFORM) {
                                assertThat(rule.access()).as(name).isEqualTo(Access.INTERNAL_ADMIN);
                            }
                        });
        assertThat(catalog.rules().get("health").access()).isEqualTo(Access.ANONYMOUS);
        assertThat(catalog.rules().get("clients-get"))
                .isEqualTo(
                        new RouteRule(
                                Access.AUTHENTICATED,
                                DataScope.TENANT,
                                Optional.of("phi.read"),
                                Optional.of("client")));
    }
}
