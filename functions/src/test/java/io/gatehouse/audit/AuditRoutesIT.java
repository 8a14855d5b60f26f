package io.gatehouse.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatehouse.platform.DatabaseSettings;
import io.gatehouse.platform.Settings;
import io.gatehouse.tenancy.TenantTransactions;
import io.gatehouse.testing.ApiClient;
import io.gatehouse.testing.ApiClient.Response;
import io.gatehouse.testing.GatehouseStack;
import java.io.BufferedReader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * GET /audit/verify and /audit/export over HTTP: the tenant's own chain, to its administrators
 * only.
 */
class AuditRoutesIT {

    static GatehouseStack stack;
    static TenantTransactions runtime;
    static UUID tenantA;
    static UUID tenantB;

    @BeforeAll
    static void twoTenantsAndAChainOfThree() {
        stack = GatehouseStack.shared();
        runtime =
                new TenantTransactions(
                        DatabaseSettings.from(Settings.of(stack.database().runtimeSettings(2))));
        tenantA = stack.createTenant("audited");
        tenantB = stack.createTenant("unaudited");
        runtime.inTenant(tenantA, db -> AuditStore.append(db, AuditSamples.events(tenantA, 3)));
    }

    @AfterAll
    static void closePool() {
        runtime.close();
    }

    @Test
    void anAdministratorVerifiesAndExportsItsOwnChainOnly() throws Exception {
        // Each of these requests is itself audited, so the chain grows behind the three samples.
        JsonNode verification = admin(tenantA).get("/api/audit/verify").json();
        assertThat(verification.get("valid").asBoolean()).isTrue();
        assertThat(verification.get("checked").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(verification.get("firstBrokenSeq").isNull()).isTrue();

        Response export = admin(tenantA).get("/api/audit/export");
        assertThat(export.header("Content-Type")).isEqualTo("application/x-ndjson");
        assertThat(export.body().lines().count()).isGreaterThanOrEqualTo(3);
        assertThat(export.body().lines())
                .allSatisfy(line -> assertThat(line).contains(tenantA.toString()));
        assertThat(AuditExport.verify(new BufferedReader(new StringReader(export.body()))).valid())
                .isTrue();

        Response exportOfB = admin(tenantB).get("/api/audit/export");
        assertThat(exportOfB.status()).isEqualTo(200);
        assertThat(exportOfB.body())
                .as("B sees none of A's chain")
                .doesNotContain(tenantA.toString());
        assertThat(stack.userOf(tenantA).get("/api/audit/export").status())
                .as("staff")
                .isEqualTo(403);
        assertThat(
                        stack.operatorOn(tenantA)
                                .get("/api/audit/verify")
                                .json()
                                .get("checked")
                                .asLong())
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void anEditBehindTheTriggersBackIsReportedAtItsSequence() throws Exception {
        UUID tenant = stack.createTenant("tampered");
        runtime.inTenant(tenant, db -> AuditStore.append(db, AuditSamples.events(tenant, 3)));
        try (Connection superuser = stack.database().superuser();
                Statement sql = superuser.createStatement()) {
            // A superuser can switch triggers off; the chain is what still tells.
            sql.execute("set session_replication_role = replica");
            sql.execute(
                    "update gatehouse.audit_events set action = 'phi.export' where customer_id = '"
                            + tenant
                            + "' and seq = 2");
        }
        JsonNode verification = admin(tenant).get("/api/audit/verify").json();
        assertThat(verification.get("valid").asBoolean()).isFalse();
        assertThat(verification.get("firstBrokenSeq").asLong()).isEqualTo(2);
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
