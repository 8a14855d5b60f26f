package io.gatehouse.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatehouse.evidence.AuditEvent;
import io.gatehouse.platform.DatabaseSettings;
import io.gatehouse.platform.Settings;
import io.gatehouse.tenancy.TenantTransactions;
import io.gatehouse.testing.ApiClient;
import io.gatehouse.testing.ApiClient.Response;
import io.gatehouse.testing.GatehouseStack;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * GET /audit over HTTP: filters, newest-first keyset paging, the tenant boundary and the role rule.
 * Events are seeded straight into each tenant's chain through the runtime login; every query names
 * the test's own correlation id, so the events the pipeline records for these very requests
 * (audit.read) never disturb what a test counts.
 */
class AuditListIT {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    static GatehouseStack stack;
    static TenantTransactions runtime;
    static UUID tenantA;
    static UUID tenantB;

    @BeforeAll
    static void twoTenants() {
        stack = GatehouseStack.shared();
        runtime =
                new TenantTransactions(
                        DatabaseSettings.from(Settings.of(stack.database().runtimeSettings(2))));
        tenantA = stack.createTenant("listed");
        tenantB = stack.createTenant("unlisted");
    }

    @AfterAll
    static void closePool() {
        runtime.close();
    }

    @Test
    void pagesRunNewestFirstAcrossEqualTimesWithoutGapsOrRepeats() throws Exception {
        String correlation = correlation("paging");
        // Groups of three events share one microsecond: only seq can order them.
        List<AuditEvent> events =
                IntStream.range(0, 23)
                        .mapToObj(
                                i ->
                                        AuditSamples.phiRead(tenantA)
                                                .occurredAt(T0.plus(Duration.ofMinutes(i / 3)))
                                                .correlation(correlation, null)
                                                .build())
                        .toList();
        runtime.inTenant(tenantA, db -> AuditStore.append(db, events));

        List<String> seen = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page =
                    admin(tenantA)
                            .get(
                                    "/api/audit?limit=5&correlationId="
                                            + correlation
                                            + (cursor == null ? "" : "&cursor=" + cursor))
                            .json();
            page.get("items").forEach(item -> seen.add(item.get("eventId").asText()));
            pageSizes.add(page.get("items").size());
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null);

        List<String> newestFirst =
                events.reversed().stream().map(event -> event.eventId().toString()).toList();
        assertThat(seen).containsExactlyElementsOf(newestFirst);
        assertThat(pageSizes).containsExactly(5, 5, 5, 5, 3);
    }

    @Test
    void anItemShowsTheRecordedEventWithItsSeqAndHash() throws Exception {
        String correlation = correlation("item");
        AuditEvent event =
                AuditSamples.phiRead(tenantA).occurredAt(T0).correlation(correlation, null).build();
        runtime.inTenant(tenantA, db -> AuditStore.append(db, List.of(event)));

        JsonNode item =
                admin(tenantA)
                        .get("/api/audit?correlationId=" + correlation)
                        .json()
                        .get("items")
                        .get(0);

        String[] stored = storedSeqAndHash(event.eventId());
        assertThat(item.get("seq").asText()).isEqualTo(stored[0]);
        assertThat(item.get("hash").asText()).isEqualTo(stored[1]).matches("[0-9a-f]{64}");
        assertThat(item.get("eventId").asText()).isEqualTo(event.eventId().toString());
        assertThat(Instant.parse(item.get("occurredAt").asText())).isEqualTo(T0);
        assertThat(item.get("action").asText()).isEqualTo("phi.read");
        assertThat(item.get("actorSubject").asText()).isEqualTo(event.actorSubject());
        assertThat(item.get("resourceId").asText()).isEqualTo(event.resourceId());
        assertThat(item.get("outcome").asText()).isEqualTo("success");
        assertThat(item.get("details").get("policyVersion").asLong()).isEqualTo(3);
        assertThat(item.has("customerId")).as("implied by the caller").isFalse();
    }

    @Test
    void filtersSelectByTimeActionAndActor() throws Exception {
        String correlation = correlation("filters");
        List<AuditEvent> events =
                List.of(
                        at(0, "phi.read", "alice", correlation),
                        at(1, "client.update", "bob", correlation),
                        at(2, "phi.read", "bob", correlation),
                        at(3, "client.update", "alice", correlation),
                        at(4, "client.update", "bob", correlation));
        runtime.inTenant(tenantA, db -> AuditStore.append(db, events));
        String base = "/api/audit?correlationId=" + correlation;

        assertThat(ids(base)).containsExactly(ids(events, 4, 3, 2, 1, 0));
        assertThat(ids(base + "&from=" + minute(1) + "&to=" + minute(3)))
                .as("from inclusive, to exclusive")
                .containsExactly(ids(events, 2, 1));
        assertThat(ids(base + "&from=" + minute(3))).containsExactly(ids(events, 4, 3));
        assertThat(ids(base + "&to=" + minute(1))).containsExactly(ids(events, 0));
        assertThat(ids(base + "&action=client.update")).containsExactly(ids(events, 4, 3, 1));
        assertThat(ids(base + "&actor=bob")).containsExactly(ids(events, 4, 2, 1));
        assertThat(ids(base + "&action=client.update&actor=bob&from=" + minute(2)))
                .containsExactly(ids(events, 4));
        assertThat(ids(base + "&action=phi.export")).isEmpty();
        assertThat(ids("/api/audit?correlationId=" + correlation("nobody"))).isEmpty();
    }

    @Test
    void anotherTenantsAdministratorSeesNoneOfTheEvents() throws Exception {
        String correlation = correlation("private");
        List<AuditEvent> events =
                IntStream.range(0, 4)
                        .mapToObj(
                                i ->
                                        AuditSamples.phiRead(tenantA)
                                                .occurredAt(T0.plusSeconds(i))
                                                .correlation(correlation, null)
                                                .build())
                        .toList();
        runtime.inTenant(tenantA, db -> AuditStore.append(db, events));
        JsonNode firstPageOfA =
                admin(tenantA).get("/api/audit?limit=2&correlationId=" + correlation).json();
        assertThat(firstPageOfA.get("items")).hasSize(2);

        assertThat(ids("/api/audit?correlationId=" + correlation, tenantB))
                .as("filtered by A's correlation id")
                .isEmpty();
        assertThat(
                        ids(
                                "/api/audit?correlationId="
                                        + correlation
                                        + "&cursor="
                                        + firstPageOfA.get("nextCursor").asText(),
                                tenantB))
                .as("with A's cursor")
                .isEmpty();
        Response everything = admin(tenantB).get("/api/audit?limit=200");
        assertThat(everything.status()).isEqualTo(200);
        for (AuditEvent event : events) {
            assertThat(everything.body()).doesNotContain(event.eventId().toString());
        }
    }

    @Test
    void staffAreRefusedAndAnOperatorNamingTheTenantIsServed() throws Exception {
        String correlation = correlation("roles");
        AuditEvent event =
                AuditSamples.phiRead(tenantA).occurredAt(T0).correlation(correlation, null).build();
        runtime.inTenant(tenantA, db -> AuditStore.append(db, List.of(event)));
        String path = "/api/audit?correlationId=" + correlation;

        Response staff = stack.userOf(tenantA).get(path);
        assertThat(staff.status()).isEqualTo(403);
        assertThat(staff.header("Content-Type")).startsWith("application/problem+json");
        assertThat(staff.body()).doesNotContain(event.eventId().toString());

        Response operator = stack.operatorOn(tenantA).get(path);
        assertThat(operator.status()).isEqualTo(200);
        assertThat(operator.json().get("items").get(0).get("eventId").asText())
                .isEqualTo(event.eventId().toString());
    }

    @Test
    void malformedFiltersAreRefusedWithAProblem() {
        List<String> malformed =
                List.of(
                        "from=yesterday",
                        "to=2026-13-01T00:00:00Z",
                        "from=2026-03-01",
                        "from=" + minute(2) + "&to=" + minute(1),
                        "action=Phi.Read",
                        "action=phi",
                        "actor=" + "x".repeat(256),
                        "correlationId=" + URLEncoder.encode("has space", StandardCharsets.UTF_8),
                        "correlationId=" + "c".repeat(65),
                        "limit=0",
                        "limit=201",
                        "limit=ten",
                        "cursor=garbage",
                        // a cursor of another list (clients): not one this list issued
                        "cursor=MToxNzQwODIzMjAwMDAwMDAwOjAwMDAwMDAwLTAwMDAtNDAwMC04MDAwLTAwMDAwMDAwMDAwMQ");
        for (String query : malformed) {
            Response response = admin(tenantA).get("/api/audit?" + query);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.header("Content-Type"))
                    .as(query)
                    .startsWith("application/problem+json");
        }
    }

    private static AuditEvent at(int minute, String action, String actor, String correlation) {
        return AuditSamples.phiRead(tenantA)
                .occurredAt(T0.plus(Duration.ofMinutes(minute)))
                .actor(actor, List.of("authenticated"), true)
                .action(action)
                .correlation(correlation, null)
                .build();
    }

    private static String minute(int minute) {
        return T0.plus(Duration.ofMinutes(minute)).toString();
    }

    private static String[] ids(List<AuditEvent> events, int... indexes) {
        return IntStream.of(indexes)
                .mapToObj(i -> events.get(i).eventId().toString())
                .toArray(String[]::new);
    }

    private static List<String> ids(String path) {
        return ids(path, tenantA);
    }

    private static List<String> ids(String path, UUID tenant) {
        Response response = admin(tenant).get(path);
        assertThat(response.status()).as(path).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        response.json().get("items").forEach(item -> ids.add(item.get("eventId").asText()));
        return ids;
    }

    private static String correlation(String purpose) {
        return purpose + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String[] storedSeqAndHash(UUID eventId) throws Exception {
        try (Connection superuser = stack.database().superuser();
                PreparedStatement query =
                        superuser.prepareStatement(
                                "select seq::text, encode(hash, 'hex') from gatehouse.audit_events where event_id = ?")) {
            query.setObject(1, eventId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new String[] {row.getString(1), row.getString(2)};
            }
        }
    }

    private static ApiClient admin(UUID tenant) {
        return stack.anonymous()
                .withToken(
                        stack.identityProvider()
                                .token()
                                .subject("admin-" + tenant)
                                .tenant(tenant)
                                .roles("customer_admin")
                                .sign());
    }
}
