package io.gatehouse.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatehouse.testing.ApiClient;
import io.gatehouse.testing.ApiClient.Response;
import io.gatehouse.testing.GatehouseStack;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two tenants through the packaged app over HTTP: each sees and changes its own clients only. */
class TenantIsolationIT {

    static GatehouseStack stack;
    static UUID tenantA;
    static UUID tenantB;
    static ApiClient alice;
    static ApiClient bob;
    static String clientOfA;
    static String clientOfB;

    @BeforeAll
    static void twoTenantsWithAClientEach() {
        stack = GatehouseStack.shared();
        tenantA = stack.createTenant("acme");
        tenantB = stack.createTenant("globex");
        alice = stack.userOf(tenantA);
        bob = stack.userOf(tenantB);
        clientOfA = create(alice, "Ada Lovelace").get("id").asText();
        clientOfB = create(bob, "Grace Hopper").get("id").asText();
    }

    @Test
    void listShowsOnlyTheCallersClients() {
        assertThat(names(alice.get("/api/clients"))).containsExactly("Ada Lovelace");
        assertThat(names(bob.get("/api/clients"))).containsExactly("Grace Hopper");
        assertThat(names(alice.get("/api/clients?q=grace"))).isEmpty();
    }

    @Test
    void anotherTenantsClientAnswers404ExactlyLikeAMissingOne() {
        Response foreign = alice.get("/api/clients/" + clientOfB);
        Response missing = alice.get("/api/clients/" + UUID.randomUUID());
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(foreign.json().get("detail")).isEqualTo(missing.json().get("detail"));
        assertThat(foreign.body()).doesNotContain("Grace");
        assertThat(alice.get("/api/clients/" + clientOfA).json().get("fullName").asText())
                .isEqualTo("Ada Lovelace");
    }

    @Test
    void patchingAnotherTenantsClientChangesNothing() throws SQLException {
        Response patched = alice.patch("/api/clients/" + clientOfB, "{\"notes\":\"planted by A\"}");
        assertThat(patched.status()).isEqualTo(404);
        assertThat(storedNotes(clientOfB)).isNull();
        assertThat(names(bob.get("/api/clients"))).containsExactly("Grace Hopper");
    }

    @Test
    void aForgedCustomerIdHeaderIsRefusedAndLeaksNothing() {
        Response forged = alice.withHeader("X-Customer-Id", tenantB.toString()).get("/api/clients");
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.header("Content-Type")).startsWith("application/problem+json");
        assertThat(forged.body()).doesNotContain("Grace").doesNotContain(clientOfB);

        Response forgedCreate =
                alice.withHeader("X-Customer-Id", tenantB.toString())
                        .post("/api/clients", "{\"fullName\":\"Planted\"}");
        assertThat(forgedCreate.status()).isEqualTo(403);
        assertThat(names(bob.get("/api/clients"))).containsExactly("Grace Hopper");

        // Naming one's own tenant is harmless.
        assertThat(
                        alice.withHeader("X-Customer-Id", tenantA.toString())
                                .get("/api/clients")
                                .status())
                .isEqualTo(200);
    }

    @Test
    void anOperatorReachesATenantOnlyByNamingIt() {
        assertThat(names(stack.operatorOn(tenantB).get("/api/clients")))
                .containsExactly("Grace Hopper");
        Response unnamed = stack.operator().get("/api/clients");
        assertThat(unnamed.status()).isEqualTo(403);
        assertThat(stack.operatorOn(UUID.randomUUID()).get("/api/clients").status()).isEqualTo(404);
        assertThat(
                        stack.operator()
                                .withHeader("X-Customer-Id", "not-a-uuid")
                                .get("/api/clients")
                                .status())
                .isEqualTo(400);
    }

    @Test
    void aTenantUserCannotReachTheTenantRegistry() {
        Response list = alice.get("/api/tenants");
        assertThat(list.status()).isEqualTo(403);
        assertThat(list.body()).doesNotContain(tenantB.toString()).doesNotContain("globex");
        assertThat(alice.post("/api/tenants", "{\"name\":\"x\",\"slug\":\"sneaky\"}").status())
                .isEqualTo(403);
        assertThat(stack.operator().get("/api/tenants?limit=200").body()).doesNotContain("sneaky");
    }

    @Test
    void aTenantsAdministratorReadsItsOwnRegistryEntryAndStaffCannot() {
        ApiClient adminOfA =
                stack.anonymous()
                        .withToken(
                                stack.identityProvider()
                                        .token()
                                        .subject("admin-a")
                                        .tenant(tenantA)
                                        .roles("customer_admin")
                                        .sign());
        Response own = adminOfA.get("/api/tenant");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().get("customerId").asText()).isEqualTo(tenantA.toString());
        Response staff = alice.get("/api/tenant");
        assertThat(staff.status()).isEqualTo(403);
        assertThat(staff.body()).doesNotContain(tenantA.toString()).doesNotContain("acme");
        assertThat(
                        adminOfA.withHeader("X-Customer-Id", tenantB.toString())
                                .get("/api/tenant")
                                .status())
                .isEqualTo(403);
        assertThat(stack.operatorOn(tenantB).get("/api/tenant").json().get("customerId").asText())
                .isEqualTo(tenantB.toString());
    }

    @Test
    void aTokenWithoutExactlyOneTenantIsRefused() {
        var idp = stack.identityProvider();
        ApiClient noTenant = stack.anonymous().withToken(idp.token().subject("drifter").sign());
        ApiClient twoTenants =
                stack.anonymous()
                        .withToken(
                                idp.token()
                                        .subject("double")
                                        .claim(
                                                "customer_id",
                                                List.of(tenantA.toString(), tenantB.toString()))
                                        .sign());
        ApiClient unregistered = stack.userOf(UUID.randomUUID());
        assertThat(noTenant.get("/api/clients").status()).isEqualTo(403);
        assertThat(twoTenants.get("/api/clients").status()).isEqualTo(403);
        assertThat(unregistered.get("/api/clients").status()).isEqualTo(403);
        assertThat(unregistered.post("/api/clients", "{\"fullName\":\"Orphan\"}").status())
                .isEqualTo(403);
    }

    static JsonNode create(ApiClient client, String fullName) {
        Response created =
                client.post(
                        "/api/clients",
                        "{\"fullName\":\"" + fullName + "\",\"email\":\"x@example.org\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    static List<String> names(Response page) {
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        page.json().get("items").forEach(item -> names.add(item.get("fullName").asText()));
        return names;
    }

    private static String storedNotes(String clientId) throws SQLException {
        try (Connection owner = stack.database().superuser();
                PreparedStatement query =
                        owner.prepareStatement(
                                "select notes from gatehouse.clients where client_id = ?::uuid")) {
            query.setString(1, clientId);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }
}
