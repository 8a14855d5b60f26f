package io.gatehouse.devhost;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.azure.functions.HttpMethod;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteTableTest {

    private final HttpFunctionMetadata exportClients =
            function("ExportClients", "clients/export", HttpMethod.GET);
    private final HttpFunctionMetadata deleteClient =
            function("DeleteClient", "clients/{id}", HttpMethod.DELETE);
    private final HttpFunctionMetadata getClient =
            function("GetClient", "clients/{id}", HttpMethod.GET);

    private final RouteTable table = RouteTable.of(List.of(getClient, deleteClient, exportClients));

    @Test
    void picksTheLiteralRouteOverAParameterisedOneWhateverTheDeclarationOrder() {
        assertThat(table.find(HttpMethod.GET, "/api/clients/export"))
                .hasValueSatisfying(match -> assertThat(match.function()).isEqualTo(exportClients));
    }

    @Test
    void fallsThroughToTheParameterisedRouteWhenTheLiteralOneRefusesTheMethod() {
        assertThat(table.find(HttpMethod.DELETE, "/api/clients/export"))
                .hasValueSatisfying(
                        match -> {
                            assertThat(match.function()).isEqualTo(deleteClient);
                            assertThat(match.routeValues()).isEqualTo(Map.of("id", "export"));
                        });
    }

    @Test
    void findsNothingWhenOnlyTheMethodIsWrong() {
        assertThat(table.find(HttpMethod.POST, "/api/clients/export")).isEmpty();
    }

    @Test
    void namesTheMethodsOfEveryRouteMatchingThePathForTheAllowHeader() {
        assertThat(table.methodsAllowedOn("/api/clients/export"))
                .containsExactly(HttpMethod.GET, HttpMethod.DELETE);
        assertThat(table.methodsAllowedOn("/api/clients/42"))
                .containsExactly(HttpMethod.GET, HttpMethod.DELETE);
        assertThat(table.methodsAllowedOn("/api/nothing")).isEmpty();
    }

    private static HttpFunctionMetadata function(String name, String route, HttpMethod method) {
        return new HttpFunctionMetadata(
                name,
                EntryPoint.parse("example.Functions." + name),
                route,
                RouteTemplate.of("api", route),
                EnumSet.of(method),
                "req",
                List.of("req", "$return"),
                "ANONYMOUS");
    }
}
