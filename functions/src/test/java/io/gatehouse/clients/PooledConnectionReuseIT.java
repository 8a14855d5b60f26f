package io.gatehouse.clients;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.testing.ApiClient;
import io.gatehouse.testing.GatehouseStack;
import io.gatehouse.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With a pool of one connection, consecutive requests of different tenants share one physical
 * connection; the transaction-local tenant setting must not survive from one to the next.
 */
class PooledConnectionReuseIT {

    static GatehouseStack stack;

    @BeforeAll
    static void poolOfOne() {
        stack = GatehouseStack.shared();
        stack.installApp(1);
    }

    @AfterAll
    static void restorePool() {
        stack.installApp(GatehouseStack.DEFAULT_POOL_SIZE);
    }

    @Test
    void theNextTenantOnTheSameConnectionSeesOnlyItsOwnRows() throws SQLException {
        UUID tenantA = stack.createTenant("reuse-a");
        UUID tenantB = stack.createTenant("reuse-b");
        ApiClient a = stack.userOf(tenantA);
        ApiClient b = stack.userOf(tenantB);
        TenantIsolationIT.create(a, "Only In A");
        TenantIsolationIT.create(b, "Only In B");

        List<Integer> backendsBefore = runtimeBackends();
        assertThat(TenantIsolationIT.names(a.get("/api/clients"))).containsExactly("Only In A");
        assertThat(TenantIsolationIT.names(b.get("/api/clients"))).containsExactly("Only In B");
        assertThat(TenantIsolationIT.names(a.get("/api/clients"))).containsExactly("Only In A");
        List<Integer> backendsAfter = runtimeBackends();

        assertThat(backendsBefore).hasSize(1);
        assertThat(backendsAfter)
                .as("the same single server process served A, B and A")
                .isEqualTo(backendsBefore);
    }

    @Test
    void aRuntimeConnectionWithNoSettingSeesNothing() throws SQLException {
        UUID tenant = stack.createTenant("reuse-c");
        TenantIsolationIT.create(stack.userOf(tenant), "Someone");
        try (Connection runtime = stack.database().runtime();
                Statement sql = runtime.createStatement();
                ResultSet rows = sql.executeQuery("select count(*) from gatehouse.clients")) {
            rows.next();
            assertThat(rows.getLong(1)).isZero();
        }
    }

    /** Server processes of the app's pool (the test's own direct connections are not in it). */
    private static List<Integer> runtimeBackends() throws SQLException {
        List<Integer> pids = new ArrayList<>();
        try (Connection owner = stack.database().superuser();
                Statement sql = owner.createStatement();
                ResultSet rows =
                        sql.executeQuery(
                                "select pid from pg_stat_activity where usename = '"
                                        + TestDatabase.RUNTIME_LOGIN
                                        + "' and application_name = 'gatehouse' order by pid")) {
            while (rows.next()) {
                pids.add(rows.getInt(1));
            }
        }
        return pids;
    }
}
