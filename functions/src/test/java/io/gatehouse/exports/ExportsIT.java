package io.gatehouse.exports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatehouse.testing.ApiClient;
import io.gatehouse.testing.ApiClient.Response;
import io.gatehouse.testing.AuditTrailProbe;
import io.gatehouse.testing.GatehouseStack;
import io.gatehouse.testing.SuperuserSql;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Exports over HTTP: a confirmation step before any download; the token works once, for its user,
 * its export and its tenant, within five minutes; the CSV cannot smuggle formulas into a
 * spreadsheet. Refusals carry no row data.
 */
class ExportsIT {

    static final String FORMULA_NAME = "=HYPERLINK(\"http://evil.example\",\"click\")";
    static GatehouseStack stack;
    static SuperuserSql sql;
    static AuditTrailProbe audit;
    static UUID tenantA;
    static UUID tenantB;

    @BeforeAll
    static void aTenantWithHostileCells() {
        stack = GatehouseStack.shared();
        sql = new SuperuserSql(stack.database());
        audit = new AuditTrailProbe(stack.database());
        tenantA = stack.createTenant("exports-a");
        tenantB = stack.createTenant("exports-b");
        ApiClient staff = stack.userOf(tenantA);
        for (String body :
                List.of(
                        "{\"fullName\":"
                                + json(FORMULA_NAME)
                                + ",\"email\":\"mallory@example.org\",\"notes\":\"@SUM(A1:A9)\"}",
                        "{\"fullName\":\"Plain, With Comma\",\"phone\":\"+1 555 0100\",\"notes\":\"-2+3\"}",
                        "{\"fullName\":\"Tab Person\",\"notes\":\"\\tcmd\\r\\nsecond line\"}")) {
            assertThat(staff.post("/api/clients", body).status()).isEqualTo(201);
        }
        assertThat(
                        stack.userOf(tenantB)
                                .post("/api/clients", "{\"fullName\":\"Only In B\"}")
                                .status())
                .isEqualTo(201);
    }

    @Test
    void preparedThenConfirmedOnceTheExportDownloadsNeutralisedCsv() {
        ApiClient admin = admin(tenantA);
        JsonNode prepared = prepare(admin);
        assertThat(prepared.get("rowCount").asLong()).isEqualTo(3);
        assertThat(prepared.get("confirmationToken").asText()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(
                        Duration.between(
                                OffsetDateTime.now(),
                                OffsetDateTime.parse(prepared.get("expiresAt").asText())))
                .isBetween(Duration.ofMinutes(4), Duration.ofMinutes(5));
        String id = prepared.get("id").asText();
        assertThat(
                        sql.single(
                                "select token_hash from gatehouse.exports where export_id = ?::uuid",
                                id))
                .as("only a hash of the token is stored")
                .doesNotContain(prepared.get("confirmationToken").asText())
                .matches("[0-9a-f]{64}");

        Response download = confirm(admin, id, prepared.get("confirmationToken").asText());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).isEqualTo("text/csv; charset=utf-8");
        assertThat(download.header("Content-Disposition")).startsWith("attachment;");
        String csv = download.body();
        assertThat(csv)
                .startsWith("id,fullName,email,phone,dateOfBirth,notes,createdAt,updatedAt\r\n");
        assertThat(csv)
                .contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",")
                .contains(",'@SUM(A1:A9),")
                .contains(",\"Plain, With Comma\",,'+1 555 0100,,'-2+3,")
                .contains(",\"'\tcmd\r\nsecond line\",")
                .doesNotContain(",=", ",+", ",@", ",-", "Only In B");
        assertThat(csv.split("\r\n(?=[0-9a-f]{8}-)")).as("header and three rows").hasSize(4);
        assertThat(
                        sql.single(
                                "select rows_exported from gatehouse.exports where export_id = ?::uuid",
                                id))
                .isEqualTo("3");

        Map<String, Object> downloaded =
                audit.awaitCorrelation(download.header("X-Correlation-ID"), 1).get(0);
        assertThat(downloaded)
                .containsEntry("action", "export.download")
                .containsEntry("outcome", "success")
                .containsEntry("resource_id", id)
                .containsEntry("customer_id", tenantA);
        assertThat(downloaded.get("details").toString()).contains("\"rowCount\": 3");

        Response reused = confirm(admin, id, prepared.get("confirmationToken").asText());
        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.body()).doesNotContain("Plain, With Comma");
        assertThat(audit.awaitCorrelation(reused.header("X-Correlation-ID"), 1).get(0))
                .as("the refusal is evidence too")
                .containsEntry("action", "export.download")
                .containsEntry("outcome", "error");
    }

    @Test
    void theTokenWorksForItsOwnUserOnly() {
        JsonNode prepared = prepare(admin(tenantA));
        String id = prepared.get("id").asText();
        String token = prepared.get("confirmationToken").asText();

        Response otherAdmin = confirm(admin(tenantA), id, token);
        assertThat(otherAdmin.status()).isEqualTo(403);
        assertThat(otherAdmin.body()).doesNotContain("Plain, With Comma");
        Map<String, Object> denied =
                audit.awaitCorrelation(otherAdmin.header("X-Correlation-ID"), 1).get(0);
        assertThat(denied)
                .containsEntry("action", "access.denied")
                .containsEntry("outcome", "denied")
                .containsEntry("customer_id", tenantA);
        assertThat(denied.get("details").toString()).contains("export.download");
        Response staff = confirm(stack.userOf(tenantA), id, token);
        assertThat(staff.status()).as("staff may not export at all").isEqualTo(403);
        Response otherTenant = confirm(admin(tenantB), id, token);
        assertThat(otherTenant.status())
                .as("another tenant's export does not exist for B")
                .isEqualTo(404);
        assertThat(audit.awaitCorrelation(otherTenant.header("X-Correlation-ID"), 1).get(0))
                .containsEntry("action", "export.download")
                .containsEntry("outcome", "error")
                .containsEntry("customer_id", tenantB);
        assertThat(otherTenant.body()).doesNotContain("Plain, With Comma");
        assertThat(
                        sql.single(
                                "select confirmed_at from gatehouse.exports where export_id = ?::uuid",
                                id))
                .as("still unused")
                .isNull();
    }

    @Test
    void aWrongOrExpiredTokenIsRefusedAndBurnsNothing() {
        ApiClient admin = admin(tenantA);
        JsonNode prepared = prepare(admin);
        String id = prepared.get("id").asText();
        String token = prepared.get("confirmationToken").asText();

        assertThat(confirm(admin, id, token.substring(1) + "A").status()).isEqualTo(403);
        JsonNode another = prepare(admin);
        assertThat(confirm(admin, id, another.get("confirmationToken").asText()).status())
                .as("a token of another export of the same user")
                .isEqualTo(403);
        assertThat(
                        sql.single(
                                "select confirmed_at from gatehouse.exports where export_id = ?::uuid",
                                id))
                .isNull();

        sql.update(
                "update gatehouse.exports set created_at = now() - interval '6 minutes', expires_at = now() - interval '1 minute'"
                        + " where export_id = ?::uuid",
                id);
        Response expired = confirm(admin, id, token);
        assertThat(expired.status()).isEqualTo(409);
        assertThat(expired.body()).doesNotContain("Plain, With Comma");
        assertThat(audit.awaitCorrelation(expired.header("X-Correlation-ID"), 1).get(0))
                .containsEntry("action", "export.download")
                .containsEntry("outcome", "error");
        assertThat(confirm(admin, UUID.randomUUID().toString(), token).status()).isEqualTo(404);
    }

    @Test
    void onlyKnownResourcesWithAPurposeCanBePrepared() {
        ApiClient admin = admin(tenantA);
        assertThat(
                        admin.post(
                                        "/api/exports",
                                        "{\"resource\":\"audit_events\",\"purpose\":\"x\"}")
                                .status())
                .isEqualTo(422);
        assertThat(admin.post("/api/exports", "{\"resource\":\"clients\"}").status())
                .isEqualTo(422);
        assertThat(
                        admin.post(
                                        "/api/exports",
                                        "{\"resource\":\"clients\",\"purpose\":\"x\",\"where\":\"1=1\"}")
                                .status())
                .isEqualTo(400);
        assertThat(
                        stack.userOf(tenantA)
                                .post(
                                        "/api/exports",
                                        "{\"resource\":\"clients\",\"purpose\":\"x\"}")
                                .status())
                .isEqualTo(403);
        assertThat(admin.post("/api/exports/" + UUID.randomUUID() + "/confirm", "{}").status())
                .isIn(404, 422);
    }

    static JsonNode prepare(ApiClient admin) {
        Response prepared =
                admin.post(
                        "/api/exports",
                        "{\"resource\":\"clients\",\"purpose\":\"quarterly data-quality review\"}");
        assertThat(prepared.status()).as(prepared.toString()).isEqualTo(202);
        return prepared.json();
    }

    static Response confirm(ApiClient caller, String id, String token) {
        return caller.post(
                "/api/exports/" + id + "/confirm", "{\"confirmationToken\":" + json(token) + "}");
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

    static String json(String text) {
        try {
            return io.gatehouse.platform.Json.mapper().writeValueAsString(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
