package io.gatehouse.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.testing.ApiClient.Response;
import io.gatehouse.testing.AzuriteServer;
import io.gatehouse.testing.GatehouseStack;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With the database or the identity provider unreachable, the app still starts and answers 503
 * problems — never a 500, and never a 401 that would make clients throw away valid tokens.
 */
class DependencyOutageIT {

    GatehouseStack stack;
    int closedPort;

    @BeforeEach
    void aPortNobodyListensOn() throws IOException {
        stack = GatehouseStack.shared();
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
    }

    @AfterEach
    void restore() {
        stack.installApp(GatehouseStack.DEFAULT_POOL_SIZE);
    }

    @Test
    void withoutTheDatabaseReadinessAndDataRoutesAnswer503WhileLivenessStaysUp() {
        stack.installApp(
                1,
                Map.of(
                        "GATEHOUSE_DB_URL",
                        "jdbc:postgresql://127.0.0.1:" + closedPort + "/gatehouse"));
        assertThat(stack.anonymous().get("/api/health").status()).isEqualTo(200);
        Response ready = stack.anonymous().get("/api/ready");
        assertThat(ready.status()).isEqualTo(503);
        assertThat(ready.header("Content-Type")).startsWith("application/problem+json");
        assertServiceUnavailable(stack.userOf(UUID.randomUUID()).get("/api/clients"));
    }

    @Test
    void withoutTheQueueServiceReadinessAnswers503WhileLivenessStaysUp() {
        stack.installApp(
                1,
                Map.of(
                        GatehouseStack.STORAGE_SETTING,
                        AzuriteServer.connectionStringFor(closedPort)));
        assertThat(stack.anonymous().get("/api/health").status()).isEqualTo(200);
        assertThat(stack.anonymous().get("/api/ready").status()).isEqualTo(503);
    }

    @Test
    void withoutTheIdentityProviderTokensCannotBeJudgedAndTheAnswerIs503() {
        stack.installApp(
                GatehouseStack.DEFAULT_POOL_SIZE,
                Map.of("GATEHOUSE_OIDC_ISSUER", "http://127.0.0.1:" + closedPort + "/realms/test"));
        assertServiceUnavailable(stack.userOf(UUID.randomUUID()).get("/api/me"));
        assertThat(stack.anonymous().get("/api/me").status())
                .as("no token at all is still 401")
                .isEqualTo(401);
    }

    private static void assertServiceUnavailable(Response response) {
        assertThat(response.status()).isEqualTo(503);
        assertThat(response.body())
                .doesNotContain("jdbc")
                .doesNotContain("Exception")
                .doesNotContain("127.0.0.1");
        assertThat(response.json().get("correlationId").asText())
                .isEqualTo(response.header("X-Correlation-ID"));
    }
}
