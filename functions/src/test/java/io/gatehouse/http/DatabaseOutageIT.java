package io.gatehouse.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.testing.ApiClient.Response;
import io.gatehouse.testing.GatehouseStack;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** With the database unreachable, the app still starts and answers 503 problems, never 500s. */
class DatabaseOutageIT {

    static GatehouseStack stack;

    @BeforeAll
    static void pointTheAppAtNoDatabase() throws IOException {
        stack = GatehouseStack.shared();
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        stack.installApp(1, Map.of("GATEHOUSE_DB_URL", "jdbc:postgresql://127.0.0.1:" + closedPort + "/gatehouse"));
    }

    @AfterAll
    static void restore() {
        stack.installApp(GatehouseStack.DEFAULT_POOL_SIZE);
    }

    @Test
    void readinessAndDataRoutesAnswer503WhileLivenessStaysUp() {
        assertThat(stack.anonymous().get("/api/health").status()).isEqualTo(200);
        Response ready = stack.anonymous().get("/api/ready");
        assertThat(ready.status()).isEqualTo(503);
        assertThat(ready.header("Content-Type")).startsWith("application/problem+json");
        Response clients = stack.userOf(UUID.randomUUID()).get("/api/clients");
        assertThat(clients.status()).isEqualTo(503);
        assertThat(clients.body()).doesNotContain("jdbc").doesNotContain("Exception").doesNotContain("127.0.0.1");
        assertThat(clients.json().get("correlationId").asText()).isEqualTo(clients.header("X-Correlation-ID"));
    }
}
