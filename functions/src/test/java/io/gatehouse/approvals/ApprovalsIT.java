package io.gatehouse.approvals;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.storage.queue.QueueClient;
import com.azure.storage.queue.QueueClientBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import io.gatehouse.devhost.DevExecutionContext;
import io.gatehouse.devhost.DevTraceContext;
import io.gatehouse.platform.Envelope;
import io.gatehouse.platform.Settings;
import io.gatehouse.platform.StorageQueueSender;
import io.gatehouse.testing.ApiClient;
import io.gatehouse.testing.ApiClient.Response;
import io.gatehouse.testing.AuditTrailProbe;
import io.gatehouse.testing.GatehouseStack;
import io.gatehouse.testing.SuperuserSql;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The approval gate over HTTP, with the packaged executor fed by Azurite through the dev host:
 * DELETE /clients/{id} only asks; a second administrator's approval deletes, once.
 */
class ApprovalsIT {

    static final Duration DELIVERY = Duration.ofSeconds(60);
    static GatehouseStack stack;
    static SuperuserSql sql;
    static UUID tenantA;
    static UUID tenantB;

    @BeforeAll
    static void twoTenants() {
        stack = GatehouseStack.shared();
        sql = new SuperuserSql(stack.database());
        tenantA = stack.createTenant("approvals-a");
        tenantB = stack.createTenant("approvals-b");
    }

    @Test
    void aDeletionWaitsForASecondAdministratorAndThenRunsOnce() {
        ApiClient requester = staff(tenantA);
        UUID client = createClient(requester);

        Response asked = requester.send("DELETE", "/api/clients/" + client, null, null);
        assertThat(asked.status()).isEqualTo(202);
        UUID approval = UUID.fromString(asked.json().get("id").asText());
        Map<String, Object> requested =
                new AuditTrailProbe(stack.database())
                        .awaitCorrelation(asked.header("X-Correlation-ID"), 1)
                        .get(0);
        assertThat(requested)
                .containsEntry("action", "approval.request")
                .containsEntry("outcome", "success")
                .containsEntry("resource_type", "approval")
                .containsEntry("resource_id", approval.toString());
        assertThat(requested.get("details").toString())
                .contains(client.toString())
                .contains("client.delete");
        assertThat(asked.header("Location")).isEqualTo("/api/approvals/" + approval);
        JsonNode pending = asked.json();
        assertThat(pending.get("status").asText()).isEqualTo("pending");
        assertThat(pending.get("action").asText()).isEqualTo("client.delete");
        assertThat(pending.get("payload").get("clientId").asText()).isEqualTo(client.toString());
        assertThat(pending.get("payloadHash").asText()).matches("[0-9a-f]{64}");
        assertThat(
                        Duration.between(
                                java.time.OffsetDateTime.parse(pending.get("requestedAt").asText()),
                                java.time.OffsetDateTime.parse(pending.get("expiresAt").asText())))
                .isEqualTo(Duration.ofHours(72));
        assertThat(requester.get("/api/clients/" + client).status())
                .as("nothing deleted yet")
                .isEqualTo(200);

        assertThat(requester.get("/api/approvals/" + approval).status())
                .as("the requester reads its own")
                .isEqualTo(200);
        assertThat(staff(tenantA).get("/api/approvals/" + approval).status())
                .as("another staff member does not")
                .isEqualTo(404);
        assertThat(
                        staff(tenantA)
                                .post(
                                        "/api/approvals/" + approval + "/decision",
                                        "{\"decision\":\"approve\"}")
                                .status())
                .as("staff cannot decide")
                .isEqualTo(403);

        Response approved =
                admin(tenantA)
                        .post(
                                "/api/approvals/" + approval + "/decision",
                                "{\"decision\":\"approve\",\"reason\":\"client asked to be forgotten\"}");
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().get("status").asText()).isEqualTo("approved");

        until(
                "the executor deleted the client",
                DELIVERY,
                () -> requester.get("/api/clients/" + client).status() == 404);
        until(
                "the approval is marked executed",
                DELIVERY,
                () ->
                        "executed"
                                .equals(
                                        admin(tenantA)
                                                .get("/api/approvals/" + approval)
                                                .json()
                                                .get("status")
                                                .asText()));
        assertThat(
                        admin(tenantA)
                                .get("/api/approvals/" + approval)
                                .json()
                                .get("executionResult")
                                .asText())
                .isEqualTo("deleted");
        Response second =
                admin(tenantA)
                        .post(
                                "/api/approvals/" + approval + "/decision",
                                "{\"decision\":\"reject\"}");
        assertThat(second.status()).as("a second decision").isEqualTo(409);
        assertThat(
                        new AuditTrailProbe(stack.database())
                                .awaitCorrelation(second.header("X-Correlation-ID"), 1)
                                .get(0))
                .containsEntry("action", "approval.decide")
                .containsEntry("outcome", "error");
        awaitExecutionEvents(approval, 1);
    }

    @Test
    void theRequesterCannotApproveItsOwnRequest() {
        ApiClient adminWhoAsks = admin(tenantA);
        UUID client = createClient(adminWhoAsks);
        UUID approval = requestDeletion(adminWhoAsks, client);

        Response self =
                adminWhoAsks.post(
                        "/api/approvals/" + approval + "/decision", "{\"decision\":\"approve\"}");
        assertThat(self.status()).isEqualTo(403);
        Map<String, Object> denied =
                new AuditTrailProbe(stack.database())
                        .awaitCorrelation(self.header("X-Correlation-ID"), 1)
                        .get(0);
        assertThat(denied)
                .containsEntry("action", "access.denied")
                .containsEntry("outcome", "denied");
        assertThat(denied.get("details").toString()).contains("approval.decide");
        assertThat(self.header("Content-Type")).startsWith("application/problem+json");
        assertThat(status(approval)).isEqualTo("pending");
        assertThat(adminWhoAsks.get("/api/clients/" + client).status()).isEqualTo(200);
    }

    @Test
    void onlyAnExistingClientOfTheCallersTenantCanBeProposedForDeletion() {
        UUID foreignClient = createClient(staff(tenantB));
        long before = sql.count("select count(*) from gatehouse.approvals");

        assertThat(
                        staff(tenantA)
                                .send("DELETE", "/api/clients/" + UUID.randomUUID(), null, null)
                                .status())
                .isEqualTo(404);
        assertThat(
                        staff(tenantA)
                                .send("DELETE", "/api/clients/" + foreignClient, null, null)
                                .status())
                .isEqualTo(404);
        assertThat(staff(tenantA).send("DELETE", "/api/clients/not-a-uuid", null, null).status())
                .isEqualTo(404);
        assertThat(
                        stack.anonymous()
                                .send("DELETE", "/api/clients/" + foreignClient, null, null)
                                .status())
                .isEqualTo(401);

        assertThat(sql.count("select count(*) from gatehouse.approvals"))
                .as("no approval created")
                .isEqualTo(before);
        assertThat(staff(tenantB).get("/api/clients/" + foreignClient).status()).isEqualTo(200);
    }

    @Test
    void anotherTenantsAdministratorCannotSeeOrDecide() {
        UUID client = createClient(staff(tenantA));
        UUID approval = requestDeletion(staff(tenantA), client);

        assertThat(admin(tenantB).get("/api/approvals/" + approval).status()).isEqualTo(404);
        assertThat(
                        admin(tenantB)
                                .post(
                                        "/api/approvals/" + approval + "/decision",
                                        "{\"decision\":\"approve\"}")
                                .status())
                .isEqualTo(404);
        assertThat(
                        admin(tenantB)
                                .get("/api/approvals?limit=200")
                                .json()
                                .get("items")
                                .findValuesAsText("id"))
                .doesNotContain(approval.toString());
        assertThat(status(approval)).isEqualTo("pending");
    }

    @Test
    void aSecondRequestWhileOneIsPendingIsAConflict() {
        ApiClient requester = staff(tenantA);
        UUID client = createClient(requester);
        requestDeletion(requester, client);
        assertThat(requester.send("DELETE", "/api/clients/" + client, null, null).status())
                .isEqualTo(409);
    }

    @Test
    void twoAdministratorsApprovingAtOnceDeleteOnce() throws Exception {
        UUID client = createClient(staff(tenantA));
        UUID approval = requestDeletion(staff(tenantA), client);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> decisions = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            ApiClient admin = admin(tenantA);
            decisions.add(
                    pool.submit(
                            () -> {
                                start.await();
                                return admin.post(
                                                "/api/approvals/" + approval + "/decision",
                                                "{\"decision\":\"approve\"}")
                                        .status();
                            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> decision : decisions) {
            statuses.add(decision.get());
        }
        pool.shutdown();
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        until("the approval is executed", DELIVERY, () -> "executed".equals(status(approval)));
        awaitExecutionEvents(approval, 1);
        assertThat(staff(tenantA).get("/api/clients/" + client).status()).isEqualTo(404);
    }

    @Test
    void aRedeliveredApprovedActionChangesNothing() {
        ApiClient requester = staff(tenantA);
        UUID client = createClient(requester);
        UUID approval = requestDeletion(requester, client);
        assertThat(
                        admin(tenantA)
                                .post(
                                        "/api/approvals/" + approval + "/decision",
                                        "{\"decision\":\"approve\"}")
                                .status())
                .isEqualTo(200);
        until("the approval is executed", DELIVERY, () -> "executed".equals(status(approval)));
        String executedAt =
                sql.single(
                        "select executed_at::text from gatehouse.approvals where approval_id = ?",
                        approval);
        UUID bystander = createClient(requester);

        // The same approval's message, delivered again (and again with a payload hash that was
        // never approved).
        String hash =
                sql.single(
                        "select payload_hash from gatehouse.approvals where approval_id = ?",
                        approval);
        sendApprovedAction(tenantA, approval, hash);
        sendApprovedAction(tenantA, approval, "0".repeat(64));
        awaitQueueDrained();

        assertThat(status(approval)).isEqualTo("executed");
        assertThat(
                        sql.single(
                                "select executed_at::text from gatehouse.approvals where approval_id = ?",
                                approval))
                .isEqualTo(executedAt);
        assertThat(requester.get("/api/clients/" + bystander).status()).isEqualTo(200);
        awaitExecutionEvents(approval, 1);
    }

    @Test
    void anExpiredApprovalCanBeNeitherApprovedNorExecutedAndTheTimerMarksIt() {
        UUID client = createClient(staff(tenantA));
        UUID approval = requestDeletion(staff(tenantA), client);
        sql.update(
                "update gatehouse.approvals set requested_at = now() - interval '73 hours', expires_at = now() - interval '1 hour'"
                        + " where approval_id = ?",
                approval);

        assertThat(admin(tenantA).get("/api/approvals/" + approval).json().get("status").asText())
                .isEqualTo("expired");
        assertThat(
                        admin(tenantA)
                                .post(
                                        "/api/approvals/" + approval + "/decision",
                                        "{\"decision\":\"approve\"}")
                                .status())
                .isEqualTo(409);
        // A message that claims it was approved anyway runs nothing.
        sendApprovedAction(
                tenantA,
                approval,
                sql.single(
                        "select payload_hash from gatehouse.approvals where approval_id = ?",
                        approval));
        awaitQueueDrained();
        assertThat(staff(tenantA).get("/api/clients/" + client).status()).isEqualTo(200);

        // The timer function's entry point, called as the host would (its five-minute schedule is
        // too slow to await).
        stack.app()
                .functionInstance(ApprovalQueueFunctions.class)
                .expire(
                        "{\"isPastDue\":false}",
                        DevExecutionContext.newInvocation(
                                "approval-expiry", DevTraceContext.newTrace()));
        assertThat(status(approval)).isEqualTo("expired");
        assertThat(staff(tenantA).get("/api/clients/" + client).status()).isEqualTo(200);
    }

    @Test
    void aRejectionRunsNothingAndListsFilterByStatus() {
        ApiClient requester = staff(tenantA);
        UUID client = createClient(requester);
        UUID approval = requestDeletion(requester, client);
        UUID otherRequest = requestDeletion(staff(tenantA), createClient(staff(tenantA)));

        Response rejected =
                admin(tenantA)
                        .post(
                                "/api/approvals/" + approval + "/decision",
                                "{\"decision\":\"reject\",\"reason\":\"keep\"}");
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.json().get("status").asText()).isEqualTo("rejected");
        assertThat(
                        admin(tenantA)
                                .post(
                                        "/api/approvals/" + approval + "/decision",
                                        "{\"decision\":\"approve\"}")
                                .status())
                .isEqualTo(409);
        assertThat(
                        admin(tenantA)
                                .post(
                                        "/api/approvals/" + otherRequest + "/decision",
                                        "{\"decision\":\"maybe\"}")
                                .status())
                .isEqualTo(422);
        assertThat(
                        admin(tenantA)
                                .post(
                                        "/api/approvals/" + otherRequest + "/decision",
                                        "{\"decision\":\"approve\",\"extra\":1}")
                                .status())
                .isEqualTo(400);

        List<String> rejectedIds =
                admin(tenantA)
                        .get("/api/approvals?status=rejected&limit=200")
                        .json()
                        .get("items")
                        .findValuesAsText("id");
        assertThat(rejectedIds)
                .contains(approval.toString())
                .doesNotContain(otherRequest.toString());
        assertThat(
                        requester
                                .get("/api/approvals?limit=200")
                                .json()
                                .get("items")
                                .findValuesAsText("id"))
                .as("a requester lists its own requests only")
                .contains(approval.toString())
                .doesNotContain(otherRequest.toString());
        assertThat(admin(tenantA).get("/api/approvals?status=bogus").status()).isEqualTo(400);
        assertThat(requester.get("/api/clients/" + client).status()).isEqualTo(200);
    }

    // ---- helpers

    static ApiClient staff(UUID tenant) {
        return stack.anonymous()
                .withToken(
                        stack.identityProvider()
                                .token()
                                .subject("staff-" + UUID.randomUUID())
                                .tenant(tenant)
                                .sign());
    }

    static ApiClient admin(UUID tenant) {
        return stack.anonymous()
                .withToken(
                        stack.identityProvider()
                                .token()
                                .subject("admin-" + UUID.randomUUID())
                                .tenant(tenant)
                                .roles("customer_admin")
                                .sign());
    }

    static UUID createClient(ApiClient caller) {
        Response created =
                caller.post(
                        "/api/clients",
                        "{\"fullName\":\"Grace Hopper\",\"email\":\"grace@example.org\"}");
        assertThat(created.status()).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asText());
    }

    static UUID requestDeletion(ApiClient caller, UUID client) {
        Response asked = caller.send("DELETE", "/api/clients/" + client, null, null);
        assertThat(asked.status()).as(asked.toString()).isEqualTo(202);
        return UUID.fromString(asked.json().get("id").asText());
    }

    static String status(UUID approval) {
        return sql.single("select status from gatehouse.approvals where approval_id = ?", approval);
    }

    static void sendApprovedAction(UUID tenant, UUID approval, String hash) {
        StorageQueueSender.from(
                        Settings.of(
                                Map.of(
                                        GatehouseStack.STORAGE_SETTING,
                                        stack.azurite().connectionString())))
                .send(
                        ApprovalHandlers.APPROVED_ACTIONS,
                        new Envelope(
                                UUID.randomUUID(),
                                ApprovalHandlers.APPROVED_TYPE,
                                tenant,
                                "redelivery",
                                null,
                                java.time.Instant.now(),
                                io.gatehouse.platform.Json.mapper()
                                        .createObjectNode()
                                        .put("approvalId", approval.toString())
                                        .put("payloadHash", hash)));
    }

    /**
     * Every message taken and finished (the approximate count includes messages being processed).
     */
    static void awaitQueueDrained() {
        QueueClient queue =
                new QueueClientBuilder()
                        .connectionString(stack.azurite().connectionString())
                        .queueName(ApprovalHandlers.APPROVED_ACTIONS)
                        .buildClient();
        until(
                "approved-actions is drained",
                DELIVERY,
                () -> queue.getProperties().getApproximateMessagesCount() == 0);
    }

    /**
     * approval.execute successes for the approval: in the chain, or still in the outbox on their
     * way.
     */
    static void awaitExecutionEvents(UUID approval, long expected) {
        until("the execution is audited", DELIVERY, () -> executionEvents(approval) >= expected);
        assertThat(executionEvents(approval)).isEqualTo(expected);
    }

    /**
     * One statement, so one snapshot: an event moving from the outbox into the chain is counted
     * once.
     */
    static long executionEvents(UUID approval) {
        return sql.count(
                "select (select count(*) from gatehouse.audit_events where action = 'approval.execute'"
                        + " and outcome = 'success' and resource_id = ?)"
                        + " + (select count(*) from gatehouse.audit_outbox where envelope->'payload'->>'action' = 'approval.execute'"
                        + " and lower(envelope->'payload'->>'outcome') = 'success' and envelope->'payload'->>'resourceId' = ?"
                        + " and event_id not in (select event_id from gatehouse.audit_events))",
                approval.toString(),
                approval.toString());
    }

    /**
     * Polls until the condition holds (a wait bounded by a generous deadline, not a timing
     * assertion).
     */
    static void until(
            String what,
            java.time.Duration patience,
            java.util.function.BooleanSupplier condition) {
        io.gatehouse.testing.Eventually.await(
                what,
                patience,
                () ->
                        condition.getAsBoolean()
                                ? java.util.Optional.of(true)
                                : java.util.Optional.empty());
    }
}
