package io.gatehouse.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The response check the suites run on every call catches what breaks the contract. */
class OpenApiContractTest {

    private static final Map<String, List<String>> JSON_WITH_ID =
            Map.of("Content-Type", List.of("application/json"), "X-Correlation-ID", List.of("c-1"));

    @Test
    void aConformingResponsePasses() {
        assertThat(
                        OpenApiContract.violations(
                                "GET", "/api/health", 200, JSON_WITH_ID, "{\"status\":\"up\"}"))
                .isEmpty();
        assertThat(
                        OpenApiContract.violations(
                                "GET",
                                "/api/audit/verify?x=1",
                                200,
                                JSON_WITH_ID,
                                "{\"valid\":false,\"checked\":3,\"firstBrokenSeq\":4}"))
                .isEmpty();
    }

    @Test
    void anUndocumentedStatusAMissingIdAWrongMediaTypeOrShapeAreCaught() {
        assertThat(OpenApiContract.violations("GET", "/api/health", 500, JSON_WITH_ID, "{}"))
                .containsExactly("GET /api/health → 500: status not documented");
        assertThat(
                        OpenApiContract.violations(
                                "GET",
                                "/api/health",
                                200,
                                Map.of("Content-Type", List.of("application/json")),
                                "{\"status\":\"up\"}"))
                .containsExactly("GET /api/health → 200: no X-Correlation-ID");
        assertThat(
                        OpenApiContract.violations(
                                "GET",
                                "/api/health",
                                200,
                                Map.of(
                                        "Content-Type", List.of("text/plain"),
                                        "X-Correlation-ID", List.of("c-1")),
                                "up"))
                .containsExactly("GET /api/health → 200: media type text/plain not documented");
        assertThat(
                        OpenApiContract.violations(
                                "GET",
                                "/api/clients/00000000-0000-0000-0000-000000000001",
                                200,
                                JSON_WITH_ID,
                                "{\"id\": 5}"))
                .containsExactlyInAnyOrder(
                        "GET /api/clients/00000000-0000-0000-0000-000000000001 → 200: $ lacks fullName",
                        "GET /api/clients/00000000-0000-0000-0000-000000000001 → 200: $.id is not of"
                                + " type \"string\"");
        assertThat(
                        OpenApiContract.violations(
                                "GET",
                                "/api/me",
                                401,
                                Map.of(
                                        "Content-Type", List.of("application/problem+json"),
                                        "X-Correlation-ID", List.of("c-1")),
                                "{\"type\":\"t\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"d\"}"))
                .containsExactly("GET /api/me → 401: $ lacks correlationId");
    }

    @Test
    void aRequestNoOperationDocumentsIsLeftToTheRouteTableTest() {
        assertThat(OpenApiContract.violations("GET", "/api/nowhere", 404, Map.of(), "")).isEmpty();
        assertThat(OpenApiContract.violations("HEAD", "/api/clients", 405, Map.of(), "")).isEmpty();
    }
}
