package io.gatehouse.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.app.FunctionClasses;
import io.gatehouse.devhost.FunctionAppMetadata;
import io.gatehouse.devhost.HttpFunctionMetadata;
import io.gatehouse.testing.ApiClient.Response;
import io.gatehouse.testing.GatehouseStack;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every HTTP function in the package output — what Azure will actually serve — declares its access
 * rule, and the rule is enforced: without a token, only the anonymous ones answer.
 */
class RouteDeclarationsIT {

    final GatehouseStack stack = GatehouseStack.shared();
    final FunctionAppMetadata packaged = stack.host().metadata();

    @Test
    void everyPackagedHttpFunctionDeclaresItsAccessBesideItsRoute() throws Exception {
        assertThat(packaged.httpFunctions()).hasSizeGreaterThanOrEqualTo(9);
        Set<String> cataloguedClasses =
                FunctionClasses.ALL.stream().map(Class::getName).collect(Collectors.toSet());
        RouteCatalog catalog = RouteCatalog.of(FunctionClasses.ALL);
        for (HttpFunctionMetadata function : packaged.httpFunctions()) {
            Method entryPoint = entryPointOf(function);
            assertThat(entryPoint.getAnnotation(Allow.class))
                    .as("@Allow on %s", function.functionName())
                    .isNotNull();
            assertThat(cataloguedClasses)
                    .as("%s is listed in FunctionClasses", function.entryPoint().className())
                    .contains(function.entryPoint().className());
            assertThat(catalog.ruleFor(function.functionName()))
                    .as(function.functionName())
                    .isPresent();
        }
        assertThat(catalog.rules().keySet())
                .containsExactlyInAnyOrderElementsOf(
                        packaged.httpFunctions().stream()
                                .map(HttpFunctionMetadata::functionName)
                                .toList());
    }

    @Test
    void withoutATokenOnlyAnonymousRoutesAnswer() throws Exception {
        for (HttpFunctionMetadata function : packaged.httpFunctions()) {
            Access access = entryPointOf(function).getAnnotation(Allow.class).value();
            String path =
                    "/"
                            + packaged.routePrefix()
                            + "/"
                            + function.route()
                                    .replaceAll(
                                            "\\{[^}]+}", "00000000-0000-0000-0000-000000000000");
            for (var method : function.methods()) {
                Response response =
                        stack.anonymous()
                                .send(
                                        method.name(),
                                        path,
                                        "application/json",
                                        method.name().equals("GET") ? null : "{}");
                if (access == Access.ANONYMOUS) {
                    assertThat(response.status()).as("%s %s", method, path).isIn(200, 503);
                } else {
                    assertThat(response.status()).as("%s %s", method, path).isEqualTo(401);
                    assertThat(response.header("WWW-Authenticate"))
                            .isEqualTo("Bearer error=\"invalid_token\"");
                }
            }
        }
    }

    private static Method entryPointOf(HttpFunctionMetadata function)
            throws ClassNotFoundException {
        Class<?> type = Class.forName(function.entryPoint().className());
        return Arrays.stream(type.getMethods())
                .filter(method -> method.getName().equals(function.entryPoint().methodName()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no method " + function.entryPoint()));
    }
}
