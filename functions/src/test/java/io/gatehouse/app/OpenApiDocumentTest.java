package io.gatehouse.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import io.gatehouse.http.Allow;
import io.gatehouse.platform.Json;
import io.gatehouse.testing.OpenApiContract;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The published contract (GET /api/openapi.json) and the route table (the function classes'
 * annotations) are the same: no undocumented route, no documented route that does not exist, and
 * each operation names its function and the access rule declared beside it.
 */
class OpenApiDocumentTest {

    /** "GET clients/{id}" → "clients-get AUTHENTICATED", from the annotations. */
    static Map<String, String> declaredRoutes() {
        Map<String, String> routes = new TreeMap<>();
        for (Class<?> type : FunctionClasses.ALL) {
            for (Method method : type.getDeclaredMethods()) {
                FunctionName name = method.getAnnotation(FunctionName.class);
                HttpTrigger trigger = httpTrigger(method);
                if (name == null || trigger == null) {
                    continue;
                }
                Allow allow = method.getAnnotation(Allow.class);
                for (var verb : trigger.methods()) {
                    routes.put(
                            verb.name() + " " + trigger.route(),
                            name.value() + " " + (allow == null ? "NONE" : allow.value().name()));
                }
            }
        }
        return routes;
    }

    /** The same table, from an OpenAPI document's paths. */
    static Map<String, String> documentedRoutes(JsonNode document) {
        Map<String, String> routes = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            var path = paths.next();
            path.getValue()
                    .fields()
                    .forEachRemaining(
                            operation ->
                                    routes.put(
                                            operation.getKey().toUpperCase(Locale.ROOT)
                                                    + " "
                                                    + path.getKey().substring(1),
                                            operation.getValue().path("operationId").asText()
                                                    + " "
                                                    + operation
                                                            .getValue()
                                                            .path("x-gatehouse-access")
                                                            .asText()));
        }
        return routes;
    }

    /** Differences, one line each: what is served but not documented, and the reverse. */
    static List<String> differences(Map<String, String> declared, Map<String, String> documented) {
        List<String> differences = new ArrayList<>();
        declared.forEach(
                (route, rule) -> {
                    if (!documented.containsKey(route)) {
                        differences.add("undocumented: " + route);
                    } else if (!documented.get(route).equals(rule)) {
                        differences.add(
                                route
                                        + ": served as "
                                        + rule
                                        + ", documented as "
                                        + documented.get(route));
                    }
                });
        documented.keySet().stream()
                .filter(route -> !declared.containsKey(route))
                .forEach(route -> differences.add("documented but not served: " + route));
        return differences;
    }

    private static JsonNode document() {
        return OpenApiContract.document();
    }

    @Test
    void theDocumentDescribesExactlyTheRoutesTheFunctionClassesServe() throws IOException {
        Map<String, String> declared = declaredRoutes();
        assertThat(declared).containsKey("GET openapi.json").hasSizeGreaterThan(20);
        assertThat(differences(declared, documentedRoutes(document()))).isEmpty();
    }

    @Test
    void anUndocumentedRouteOrADocumentedRouteThatDoesNotExistIsCaught() throws IOException {
        JsonNode planted =
                Json.mapper()
                        .readTree(
                                """
                {"paths": {
                  "/health": {"get": {"operationId": "health", "x-gatehouse-access": "ANONYMOUS"}},
                  "/clients/{id}": {"get": {"operationId": "clients-get", "x-gatehouse-access": "ANONYMOUS"}},
                  "/reports": {"get": {"operationId": "reports", "x-gatehouse-access": "AUTHENTICATED"}}}}
                """);
        Map<String, String> served =
                Map.of(
                        "GET health", "health ANONYMOUS",
                        "GET clients/{id}", "clients-get AUTHENTICATED",
                        "GET me", "me AUTHENTICATED");
        assertThat(differences(new TreeMap<>(served), documentedRoutes(planted)))
                .containsExactly(
                        "GET clients/{id}: served as clients-get AUTHENTICATED, documented as"
                                + " clients-get ANONYMOUS",
                        "undocumented: GET me",
                        "documented but not served: GET reports");
    }

    @Test
    void itIsOpenApi31WithTheOidcSchemeProblemsAndCorrelationIds() throws IOException {
        JsonNode document = document();
        assertThat(document.path("openapi").asText()).isEqualTo("3.1.0");
        assertThat(document.at("/components/securitySchemes/oidc/type").asText())
                .isEqualTo("openIdConnect");
        assertThat(document.at("/components/schemas/Problem/required").toString())
                .contains("correlationId", "status", "title", "type", "detail");
        assertThat(document.at("/components/responses/Problem503/headers/Retry-After").isObject())
                .isTrue();
        document.path("paths")
                .forEach(
                        path ->
                                path.forEach(
                                        operation -> {
                                            String id = operation.path("operationId").asText();
                                            assertThat(
                                                            operation
                                                                    .path("x-gatehouse-roles")
                                                                    .isArray())
                                                    .as(id + " names its roles")
                                                    .isTrue();
                                            assertThat(operation.path("security").isArray())
                                                    .as(id + " states its security")
                                                    .isTrue();
                                            operation
                                                    .path("responses")
                                                    .fields()
                                                    .forEachRemaining(
                                                            response -> {
                                                                if (response.getKey()
                                                                        .startsWith("2")) {
                                                                    assertThat(
                                                                                    response.getValue()
                                                                                            .at(
                                                                                                    "/headers/X-Correlation-ID")
                                                                                            .isObject())
                                                                            .as(
                                                                                    id
                                                                                            + " "
                                                                                            + response
                                                                                                    .getKey())
                                                                            .isTrue();
                                                                }
                                                            });
                                        }));
    }

    private static HttpTrigger httpTrigger(Method method) {
        for (Annotation[] parameter : method.getParameterAnnotations()) {
            for (Annotation annotation : parameter) {
                if (annotation instanceof HttpTrigger trigger) {
                    return trigger;
                }
            }
        }
        return null;
    }
}
