package io.gatehouse.localstack;

import static io.gatehouse.testing.FreePorts.freePort;
import static org.assertj.core.api.Assertions.assertThat;

import com.azure.storage.queue.QueueClient;
import com.azure.storage.queue.QueueClientBuilder;
import com.azure.storage.queue.models.QueueStorageException;
import com.fasterxml.jackson.databind.JsonNode;
import io.gatehouse.evidence.AuditEnvelopes;
import io.gatehouse.evidence.AuditEvent;
import io.gatehouse.evidence.AuditOutcome;
import io.gatehouse.platform.QueueSender;
import io.gatehouse.platform.Settings;
import io.gatehouse.platform.StorageQueueSender;
import io.gatehouse.testing.ApiClient;
import io.gatehouse.testing.ApiClient.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The local stack as a developer runs it — real Keycloak with the project's realm, embedded
 * PostgreSQL, Azurite, the packaged app on the dev host — called with tokens Keycloak issues.
 */
class RealIdentityProviderE2E {

    /** Small, so the expired-token test waits seconds rather than the 30-second default. */
    static final int CLOCK_SKEW_SECONDS = 2;

    static LocalStack stack;
    static KeycloakClient keycloak;

    @BeforeAll
    static void startTheStack() throws IOException {
        LocalStackSettings settings =
                LocalStackSettings.from(
                                Settings.of(
                                        Map.of(
                                                "GATEHOUSE_CLOCK_SKEW_SECONDS",
                                                Integer.toString(CLOCK_SKEW_SECONDS))))
                        // The dev host binds any free port itself; the children need theirs named
                        // up front.
                        .withPorts(0, freePort(), freePort(), freePort());
        stack = LocalStack.start(settings, line -> System.out.println("[e2e] " + line));
        keycloak = new KeycloakClient(stack.keycloak());
    }

    @AfterAll
    static void stopTheStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void everyDemoUserIsDescribedByMe() {
        for (DemoUser user : DemoUser.values()) {
            JsonNode me = api(keycloak.accessToken(user)).get("/api/me").json();
            assertThat(me.get("interactive").asBoolean()).as(user.username()).isTrue();
            if (user.tenant() == null) {
                assertThat(me.get("customerId").isNull()).isTrue();
                assertThat(me.get("roles")).extracting(JsonNode::asText).contains("internal_admin");
            } else {
                assertThat(me.get("customerId").asText())
                        .as(user.username())
                        .isEqualTo(user.tenant().toString());
            }
        }
        JsonNode batch =
                api(keycloak.clientCredentialsToken("gatehouse-batch", "demo-only-batch-secret"))
                        .get("/api/me")
                        .json();
        assertThat(batch.get("interactive").asBoolean())
                .as("a service account is not interactive")
                .isFalse();
        assertThat(batch.get("customerId").asText())
                .isEqualTo(DemoTenants.ACME.customerId().toString());
    }

    @Test
    void phiEmailIsRefusedToKeycloaksServiceAccountTokens() {
        // The interactive rule (docs/gates.md) on tokens the real Keycloak issues: the
        // client-credentials
        // token of gatehouse-batch is refused before anything is looked up; a signed-in user gets
        // past
        // the rule (and here meets a 404 for a client that does not exist, so nothing is queued).
        String path = "/api/clients/" + java.util.UUID.randomUUID() + "/messages";
        String body = "{\"subject\":\"s\",\"body\":\"b\",\"description\":\"d\",\"purpose\":\"p\"}";
        Response service =
                api(keycloak.clientCredentialsToken("gatehouse-batch", "demo-only-batch-secret"))
                        .post(path, body);
        assertThat(service.status()).isEqualTo(403);
        assertThat(api(keycloak.accessToken(DemoUser.ACME_STAFF)).post(path, body).status())
                .isEqualTo(404);
    }

    @Test
    void oneTenantsStaffCannotSeeAnothersClients() {
        ApiClient globex = api(keycloak.accessToken(DemoUser.GLOBEX_STAFF));
        Response created = globex.post("/api/clients", "{\"fullName\":\"Globex Patient\"}");
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asText();

        ApiClient acme = api(keycloak.accessToken(DemoUser.ACME_STAFF));
        assertThat(acme.get("/api/clients").body())
                .doesNotContain("Globex Patient")
                .doesNotContain(id);
        assertThat(acme.get("/api/clients/" + id).status()).isEqualTo(404);
        assertThat(globex.get("/api/clients/" + id).status()).isEqualTo(200);
    }

    @Test
    void aCustomerAdminRouteIsRefusedToStaff() {
        assertThat(api(keycloak.accessToken(DemoUser.ACME_STAFF)).get("/api/tenant").status())
                .isEqualTo(403);
        Response admin = api(keycloak.accessToken(DemoUser.ACME_ADMIN)).get("/api/tenant");
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.json().get("slug").asText()).isEqualTo(DemoTenants.ACME.slug());
    }

    @Test
    void anOperatorMustNameTheTenant() {
        ApiClient operator = api(keycloak.accessToken(DemoUser.OPERATOR));
        assertThat(operator.get("/api/clients").status()).isEqualTo(403);
        assertThat(
                        operator.withHeader(
                                        "X-Customer-Id", DemoTenants.GLOBEX.customerId().toString())
                                .get("/api/clients")
                                .status())
                .isEqualTo(200);
        assertThat(operator.get("/api/tenants").json().get("items")).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void tokensForAnotherAudienceAndIdTokensAreRefused() {
        String otherAudience =
                keycloak.passwordGrant("other-app", "acme-staff", "demo-acme-staff", null)
                        .get("access_token")
                        .asText();
        assertUnauthorized(api(otherAudience).get("/api/me"));

        String idToken =
                keycloak.passwordGrant("gatehouse-cli", "acme-staff", "demo-acme-staff", "openid")
                        .get("id_token")
                        .asText();
        assertUnauthorized(api(idToken).get("/api/me"));
    }

    @Test
    void anExpiredTokenIsRefusedEvenAfterItWasAccepted() throws InterruptedException {
        String shortLived =
                keycloak.passwordGrant(
                                "gatehouse-e2e-shortlived", "acme-staff", "demo-acme-staff", null)
                        .get("access_token")
                        .asText();
        assertThat(api(shortLived).get("/api/me").status()).isEqualTo(200);
        Instant expiry = Instant.ofEpochSecond(claims(shortLived).get("exp").asLong());
        Duration wait = Duration.between(Instant.now(), expiry.plusSeconds(CLOCK_SKEW_SECONDS + 1));
        assertThat(wait).as("a short-lived token").isLessThan(Duration.ofSeconds(15));
        Thread.sleep(Math.max(0, wait.toMillis()));
        assertUnauthorized(api(shortLived).get("/api/me"));
    }

    @Test
    void afterAKeyRotationNewTokensWorkWithoutARestartAndOldOnesUntilTheyExpire()
            throws InterruptedException {
        String beforeRotation = keycloak.accessToken(DemoUser.GLOBEX_ADMIN);
        keycloak.rotateSigningKey();
        String afterRotation = keycloak.accessToken(DemoUser.GLOBEX_ADMIN);
        assertThat(header(afterRotation).get("kid"))
                .isNotEqualTo(header(beforeRotation).get("kid"));

        // Gatehouse refetches the JWKS on an unknown kid, at most once per 30 s: allow for one
        // wait.
        Instant deadline = Instant.now().plusSeconds(45);
        int status = api(afterRotation).get("/api/me").status();
        while (status != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(1_000);
            status = api(afterRotation).get("/api/me").status();
        }
        assertThat(status).as("a token signed with the new key").isEqualTo(200);
        assertThat(api(beforeRotation).get("/api/me").status())
                .as("a token signed with the old key")
                .isEqualTo(200);
    }

    @Test
    void auditEventsOnTheQueueAreWrittenOnceAndWhatCannotBeWrittenIsPoisonedIntact()
            throws Exception {
        AuditEvent event =
                AuditEvent.builder()
                        .eventId(UUID.randomUUID())
                        .customerId(DemoTenants.GLOBEX.customerId())
                        .occurredAt(Instant.now())
                        .actor("e2e-subject", List.of("authenticated"), true)
                        .action("phi.read")
                        .resource("client", UUID.randomUUID().toString())
                        .outcome(AuditOutcome.SUCCESS)
                        .correlation("e2e-audit", null)
                        .build();
        QueueSender sender = StorageQueueSender.from(stack.appSettings());
        for (int delivery = 0; delivery < 3; delivery++) {
            sender.send(AuditEnvelopes.QUEUE, AuditEnvelopes.of(event, null));
        }
        String garbage = "{\"this is\": \"not an envelope\"}";
        QueueClient queue =
                new QueueClientBuilder()
                        .connectionString(stack.appSettings().required("AzureWebJobsStorage"))
                        .queueName(AuditEnvelopes.QUEUE)
                        .buildClient();
        queue.sendMessage(
                Base64.getEncoder().encodeToString(garbage.getBytes(StandardCharsets.UTF_8)));

        QueueClient poison =
                new QueueClientBuilder()
                        .connectionString(stack.appSettings().required("AzureWebJobsStorage"))
                        .queueName(AuditEnvelopes.QUEUE + "-poison")
                        .buildClient();
        // Wait until every message has been dealt with: the queue drained, the bad one poisoned.
        Instant deadline = Instant.now().plusSeconds(60);
        String poisoned = null;
        while ((poisoned == null || queue.getProperties().getApproximateMessagesCount() > 0)
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            try {
                var peeked = poison.peekMessage();
                poisoned = peeked == null ? null : peeked.getBody().toString();
            } catch (QueueStorageException notYetCreated) {
                // the host creates the poison queue with the first poisoned message
            }
        }
        while (storedCount(event.eventId()) == 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500); // the last delivery may still be in its transaction
        }
        assertThat(poisoned)
                .as("the undeliverable message, untouched, in the poison queue")
                .isEqualTo(
                        Base64.getEncoder()
                                .encodeToString(garbage.getBytes(StandardCharsets.UTF_8)));
        assertThat(storedCount(event.eventId())).as("three deliveries, one row").isEqualTo(1);
    }

    private static long storedCount(UUID eventId) throws java.sql.SQLException {
        try (var owner = stack.database().superuser();
                var query =
                        owner.prepareStatement(
                                "select count(*) from gatehouse.audit_events where event_id = ?")) {
            query.setObject(1, eventId);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static ApiClient api(String token) {
        return new ApiClient(stack.apiBase()).withToken(token);
    }

    private static void assertUnauthorized(Response response) {
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
    }

    private static JsonNode claims(String jwt) {
        return decode(jwt.split("\\.")[1]);
    }

    private static JsonNode header(String jwt) {
        return decode(jwt.split("\\.")[0]);
    }

    private static JsonNode decode(String part) {
        try {
            return io.gatehouse.platform.Json.mapper()
                    .readTree(Base64.getUrlDecoder().decode(part));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
