package io.gatehouse.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatehouse.testing.ApiClient;
import io.gatehouse.testing.ApiClient.Response;
import io.gatehouse.testing.GatehouseStack;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Many tenants at once through one pool: every response holds only the caller's own rows, under
 * interleavings a sequential test never produces.
 */
class ConcurrentTenantsIT {

    static final int TENANTS = 20;
    static final int CLIENTS_PER_TENANT = 3;
    static final int REQUESTS_PER_TENANT = 110;

    record Tenant(UUID id, ApiClient user, Set<String> clientIds) {}

    @Test
    void twentyTenantsInParallelNeverSeeAForeignRow() throws Exception {
        GatehouseStack stack = GatehouseStack.shared();
        List<Tenant> tenants = new ArrayList<>();
        for (int t = 0; t < TENANTS; t++) {
            UUID id = stack.createTenant("load-" + t);
            ApiClient user = stack.userOf(id);
            Set<String> clientIds = new HashSet<>();
            for (int c = 0; c < CLIENTS_PER_TENANT; c++) {
                clientIds.add(
                        TenantIsolationIT.create(user, "Tenant " + t + " client " + c)
                                .get("id")
                                .asText());
            }
            tenants.add(new Tenant(id, user, clientIds));
        }
        List<String> allClientIds = tenants.stream().flatMap(t -> t.clientIds().stream()).toList();

        ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
        List<Future<?>> calls = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            for (int round = 0; round < REQUESTS_PER_TENANT; round++) {
                for (Tenant tenant : tenants) {
                    int r = round;
                    // Alternate lists with reads of an own and a foreign client id.
                    calls.add(
                            pool.submit(
                                    () ->
                                            check(
                                                    tenant,
                                                    allClientIds.get(
                                                            (r * 7 + tenant.id().hashCode()
                                                                            & 0x7fffffff)
                                                                    % allClientIds.size()),
                                                    r,
                                                    violations)));
                }
            }
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(calls).hasSizeGreaterThanOrEqualTo(2_000);
        assertThat(violations).isEmpty();
    }

    private static void check(
            Tenant tenant,
            String someClientId,
            int round,
            ConcurrentLinkedQueue<String> violations) {
        if (round % 2 == 0) {
            Response page = tenant.user().get("/api/clients");
            if (page.status() != 200) {
                violations.add("list answered " + page);
                return;
            }
            Set<String> seen = new HashSet<>();
            for (JsonNode item : page.json().get("items")) {
                seen.add(item.get("id").asText());
            }
            if (!seen.equals(tenant.clientIds())) {
                violations.add("tenant " + tenant.id() + " listed " + seen);
            }
        } else {
            Response one = tenant.user().get("/api/clients/" + someClientId);
            boolean own = tenant.clientIds().contains(someClientId);
            if (own ? one.status() != 200 : one.status() != 404) {
                violations.add(
                        "tenant "
                                + tenant.id()
                                + " read "
                                + someClientId
                                + " (own="
                                + own
                                + ") → "
                                + one.status());
            }
        }
    }
}
