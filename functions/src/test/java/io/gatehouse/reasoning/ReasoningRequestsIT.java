package io.gatehouse.reasoning;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.storage.queue.QueueClient;
import com.azure.storage.queue.QueueClientBuilder;
import com.azure.storage.queue.models.PeekedMessageItem;
import com.fasterxml.jackson.databind.JsonNode;
import io.gatehouse.platform.Envelope;
import io.gatehouse.testing.ApiClient;
import io.gatehouse.testing.ApiClient.Response;
import io.gatehouse.testing.AuditTrailProbe;
import io.gatehouse.testing.AzuriteServer;
import io.gatehouse.testing.GatehouseStack;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * POST /reasoning/requests end to end: the original personal data reaches neither the
 * reasoning-requests queue (read back from Azurite) nor the table (read as superuser, every
 * column), only the masked text does.
 */
class ReasoningRequestsIT {

    /** Every value in the request, in each spelling that would betray it. */
    static final List<String> ORIGINALS =
            List.of(
                    "Thaddeus Okonkwo",
                    "Thaddeus",
                    "Okonkwo",
                    "t.okonkwo@example.org",
                    "okonkwo",
                    "536-22-1234",
                    "536221234",
                    "4111 1111 1111 1111",
                    "4111111111111111",
                    "1111 1111",
                    "+1 (415) 555-0132",
                    "5550132",
                    "DE89370400440532013000",
                    "370400440532013000",
                    "00482913",
                    "03/14/1985");

    static final String TEXT =
            "Patient Thaddeus Okonkwo (DOB: 03/14/1985, MRN: 00482913) wrote from t.okonkwo@example.org, "
                    + "phone +1 (415) 555-0132. SSN 536-22-1234. Refund card 4111 1111 1111 1111 or IBAN DE89370400440532013000.";

    static GatehouseStack stack;

    @BeforeAll
    static void start() {
        stack = GatehouseStack.shared();
    }

    @Test
    void onlyMaskedTextIsStoredAndQueued() throws Exception {
        UUID tenant = stack.createTenant("reasoning");
        ApiClient staff = stack.userOf(tenant);

        Response accepted =
                staff.post(
                        "/api/reasoning/requests",
                        "{\"text\": \""
                                + TEXT
                                + "\", \"purpose\": \"Summarise the complaint of Thaddeus Okonkwo\"}");

        assertThat(accepted.status()).isEqualTo(202);
        String id = accepted.json().get("id").asText();
        String masked = accepted.json().get("masked").asText();
        assertThat(accepted.json().get("policyVersion").asInt()).isZero();
        assertThat(masked)
                .contains(
                        "<PERSON>",
                        "<EMAIL>",
                        "<US_SSN>",
                        "<CREDIT_CARD>",
                        "<IBAN>",
                        "<PHONE_NUMBER>",
                        "<DATE_TIME>",
                        "<MEDICAL_RECORD_NUMBER>");
        assertNoOriginal("the response", accepted.body());

        JsonNode payload = queuedPayload(UUID.fromString(id));
        assertThat(payload.get("maskedText").asText()).isEqualTo(masked);
        assertThat(payload.get("purpose").asText())
                .isEqualTo("Summarise the complaint of <PERSON>");
        assertThat(payload.get("entityCounts").get("EMAIL").asInt()).isEqualTo(1);

        String row = storedRow(UUID.fromString(id));
        assertThat(row).contains(masked.substring(0, 20));
        assertNoOriginal("the reasoning_requests row", row);
    }

    @Test
    void theAuditEventCountsPerTypeAndNamesTheVersionButHoldsNoValue() {
        UUID tenant = stack.createTenant("reasoning-audit");
        String correlation = "reasoning-audit-" + UUID.randomUUID().toString().substring(0, 8);
        Response accepted =
                stack.userOf(tenant)
                        .withHeader("X-Correlation-ID", correlation)
                        .post(
                                "/api/reasoning/requests",
                                "{\"text\": \"" + TEXT + "\", \"purpose\": \"triage\"}");
        assertThat(accepted.status()).isEqualTo(202);

        List<Map<String, Object>> events =
                new AuditTrailProbe(stack.database()).awaitCorrelation(correlation, 1);
        assertThat(events).hasSize(1);
        Map<String, Object> event = events.get(0);
        assertThat(event.get("action")).isEqualTo("reasoning.request");
        assertThat(event.get("resource_type")).isEqualTo("reasoning_request");
        assertThat(event.get("resource_id")).isEqualTo(accepted.json().get("id").asText());
        String details = String.valueOf(event.get("details")).replace(" ", "");
        assertThat(details)
                .contains(
                        "\"policyVersion\":0",
                        "\"email\":1",
                        "\"usSsn\":1",
                        "\"creditCard\":1",
                        "\"iban\":1",
                        "\"person\":1",
                        "\"findings\":8");
        assertNoOriginal("the audit event", event.toString());
    }

    @Test
    void theTenantsPolicyDecidesAndTheVersionTravels() throws Exception {
        UUID tenant = stack.createTenant("reasoning-hash");
        ApiClient admin =
                stack.anonymous()
                        .withToken(
                                stack.identityProvider()
                                        .token()
                                        .subject("admin")
                                        .tenant(tenant)
                                        .roles("customer_admin")
                                        .sign());
        assertThat(
                        admin.send(
                                        "PUT",
                                        "/api/pii/policy",
                                        "application/json",
                                        "{\"entities\": {\"PERSON\": {\"operator\": \"hash\"}, \"EMAIL\": {\"operator\": \"redact\"}}}")
                                .status())
                .isEqualTo(200);

        Response accepted =
                stack.userOf(tenant)
                        .post(
                                "/api/reasoning/requests",
                                "{\"text\": \"Patient Thaddeus Okonkwo and t.okonkwo@example.org\", \"purpose\": \"triage\"}");

        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.json().get("policyVersion").asInt()).isEqualTo(1);
        assertThat(accepted.json().get("masked").asText())
                .matches("Patient <PERSON:[0-9a-f]{20}> and <EMAIL>");
        JsonNode payload = queuedPayload(UUID.fromString(accepted.json().get("id").asText()));
        assertThat(payload.get("policyVersion").asInt()).isEqualTo(1);
        assertNoOriginal("the queued message", payload.toString());
    }

    @Test
    void refusedRequestsStoreAndQueueNothing() throws Exception {
        UUID tenant = stack.createTenant("reasoning-refused");
        ApiClient staff = stack.userOf(tenant);
        assertThat(staff.post("/api/reasoning/requests", "{\"text\": \"" + TEXT + "\"}").status())
                .as("no purpose")
                .isEqualTo(422);
        assertThat(
                        staff.post(
                                        "/api/reasoning/requests",
                                        "{\"text\": \""
                                                + "x".repeat(100_001)
                                                + "\", \"purpose\": \"p\"}")
                                .status())
                .isEqualTo(413);
        assertThat(
                        stack.anonymous()
                                .post(
                                        "/api/reasoning/requests",
                                        "{\"text\": \"x\", \"purpose\": \"p\"}")
                                .status())
                .isEqualTo(401);
        assertThat(rowsOf(tenant)).isZero();
        assertThat(allQueued()).noneMatch(envelope -> tenant.equals(envelope.customerId()));
    }

    @Test
    void whenTheQueueCannotTakeTheRequestNothingIsStored() throws Exception {
        UUID tenant = stack.createTenant("reasoning-outage");
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        stack.installApp(
                1,
                Map.of(
                        GatehouseStack.STORAGE_SETTING,
                        AzuriteServer.connectionStringFor(closedPort)));
        try {
            Response refused =
                    stack.userOf(tenant)
                            .post(
                                    "/api/reasoning/requests",
                                    "{\"text\": \"" + TEXT + "\", \"purpose\": \"p\"}");
            assertThat(refused.status()).isEqualTo(503);
            assertNoOriginal("the problem", refused.body());
        } finally {
            stack.installApp(GatehouseStack.DEFAULT_POOL_SIZE);
        }
        assertThat(rowsOf(tenant)).as("the row was rolled back with the failed send").isZero();
    }

    private static long rowsOf(UUID tenant) throws Exception {
        try (Connection superuser = stack.database().superuser();
                PreparedStatement sql =
                        superuser.prepareStatement(
                                "select count(*) from gatehouse.reasoning_requests where customer_id = ?")) {
            sql.setObject(1, tenant);
            try (ResultSet rows = sql.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static void assertNoOriginal(String where, String content) {
        for (String original : ORIGINALS) {
            assertThat(content)
                    .as("%s holds no original value", where)
                    .doesNotContainIgnoringCase(original);
        }
    }

    /**
     * The payload of the envelope on reasoning-requests that carries this request (read, not
     * consumed).
     */
    private static JsonNode queuedPayload(UUID requestId) {
        for (Envelope envelope : allQueued()) {
            if (envelope.payload().get("requestId").asText().equals(requestId.toString())) {
                assertThat(envelope.type()).isEqualTo(ReasoningHandlers.MESSAGE_TYPE);
                return envelope.payload();
            }
        }
        throw new AssertionError("request " + requestId + " is not on " + ReasoningHandlers.QUEUE);
    }

    /**
     * Every message on the queue, raw bytes checked too, left on the queue (peeked, not received).
     */
    private static List<Envelope> allQueued() {
        QueueClient queue =
                new QueueClientBuilder()
                        .connectionString(stack.azurite().connectionString())
                        .queueName(ReasoningHandlers.QUEUE)
                        .buildClient();
        List<Envelope> envelopes = new ArrayList<>();
        queue.createIfNotExists();
        // peeked: the messages stay visible and untouched (at most 32, which this suite never
        // exceeds)
        for (PeekedMessageItem message : queue.peekMessages(32, null, null)) {
            String raw = message.getBody().toString();
            String json = new String(Base64.getDecoder().decode(raw), StandardCharsets.UTF_8);
            assertNoOriginal("a raw queue message", json);
            envelopes.add(Envelope.fromJson(json));
        }
        return envelopes;
    }

    /** The request's whole row as JSON text, every column, as a superuser sees it. */
    private static String storedRow(UUID requestId) throws Exception {
        try (Connection superuser = stack.database().superuser();
                PreparedStatement sql =
                        superuser.prepareStatement(
                                "select row_to_json(r)::text from gatehouse.reasoning_requests r where request_id = ?")) {
            sql.setObject(1, requestId);
            try (ResultSet rows = sql.executeQuery()) {
                assertThat(rows.next()).as("the request was stored").isTrue();
                return rows.getString(1);
            }
        }
    }
}
