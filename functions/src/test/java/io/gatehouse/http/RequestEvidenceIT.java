package io.gatehouse.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.testing.ApiClient;
import io.gatehouse.testing.AuditTrailProbe;
import io.gatehouse.testing.GatehouseStack;
import io.gatehouse.testing.SuperuserSql;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pipeline leaves evidence of every request that reaches data or is refused, and the queue
 * carries it into the tenant's chain: checked in the audit table itself, after the real writer
 * consumed the real queue.
 */
class RequestEvidenceIT {

    static final UUID PLATFORM_CHAIN = new UUID(0L, 0L);

    static GatehouseStack stack;
    static AuditTrailProbe audit;
    static UUID tenant;
    static String clientId;

    @BeforeAll
    static void aTenantWithOneClient() {
        stack = GatehouseStack.shared();
        audit = new AuditTrailProbe(stack.database());
        tenant = stack.createTenant("evidence");
        clientId =
                stack.createClient(
                        tenant,
                        "{\"fullName\":\"Evie Dence\",\"email\":\"evie.dence@example.org\",\"phone\":\"+44 20 7946 0111\"}");
    }

    @Test
    void aPhiReadIsRecordedOnTheTenantsChainWithWhoWhatAndWhereFrom() {
        String correlation = correlation();
        ApiClient.Response read =
                stack.userOf(tenant)
                        .withHeader("X-Correlation-ID", correlation)
                        .withHeader("User-Agent", "evidence-test/1.0")
                        .withHeader("X-Forwarded-For", "203.0.113.7")
                        .get("/api/clients/" + clientId);
        assertThat(read.status()).isEqualTo(200);

        Map<String, Object> event = single(audit.awaitCorrelation(correlation, 1));
        assertThat(event)
                .containsEntry("customer_id", tenant)
                .containsEntry("action", "phi.read")
                .containsEntry("outcome", "success")
                .containsEntry("resource_type", "client")
                .containsEntry("resource_id", clientId)
                .containsEntry("actor_subject", "user-" + tenant)
                .containsEntry("client_ip", "127.0.0.1")
                .containsEntry("user_agent", "evidence-test/1.0");
        assertThat(String.valueOf(event.get("trace_id"))).matches("[0-9a-f]{32}");
        assertThat(String.valueOf(event))
                .as("the address the caller claimed is not its address")
                .doesNotContain("203.0.113.7");
    }

    @Test
    void aChangeIsRecordedThroughTheOutboxInItsOwnTransaction() {
        String correlation = correlation();
        assertThat(
                        stack.userOf(tenant)
                                .withHeader("X-Correlation-ID", correlation)
                                .patch(
                                        "/api/clients/" + clientId,
                                        "{\"notes\":\"changed for the evidence test\"}")
                                .status())
                .isEqualTo(200);

        Map<String, Object> event = single(audit.awaitCorrelation(correlation, 1));
        assertThat(event)
                .containsEntry("action", "client.update")
                .containsEntry("outcome", "success")
                .containsEntry("customer_id", tenant)
                .containsEntry("resource_id", clientId);
    }

    @Test
    void aRequestWithoutATokenIsRecordedOnThePlatformChainWithNoActor() {
        String correlation = correlation();
        assertThat(
                        stack.anonymous()
                                .withHeader("X-Correlation-ID", correlation)
                                .get("/api/clients/" + clientId)
                                .status())
                .isEqualTo(401);

        Map<String, Object> event = single(audit.awaitCorrelation(correlation, 1));
        assertThat(event)
                .containsEntry("customer_id", PLATFORM_CHAIN)
                .containsEntry("action", "access.denied")
                .containsEntry("outcome", "denied")
                .containsEntry("actor_subject", null);
    }

    @Test
    void aMissingRoleIsRecordedOnTheCallersTenantChainNamingWhatWasAttempted() {
        String correlation = correlation();
        assertThat(
                        stack.userOf(tenant)
                                .withHeader("X-Correlation-ID", correlation)
                                .get("/api/audit/verify")
                                .status())
                .isEqualTo(403);

        Map<String, Object> event = single(audit.awaitCorrelation(correlation, 1));
        assertThat(event)
                .containsEntry("customer_id", tenant)
                .containsEntry("action", "access.denied")
                .containsEntry("outcome", "denied");
        assertThat(String.valueOf(event.get("details")))
                .contains("\"attemptedAction\": \"audit.verify\"");
    }

    @Test
    void aTenantUserNamingAnotherTenantIsRefusedAndRecordedOnItsOwnChain() {
        UUID other = stack.createTenant("evidence-other");
        String correlation = correlation();
        assertThat(
                        stack.userOf(tenant)
                                .withHeader("X-Correlation-ID", correlation)
                                .withHeader("X-Customer-Id", other.toString())
                                .get("/api/clients/" + clientId)
                                .status())
                .isEqualTo(403);

        Map<String, Object> event = single(audit.awaitCorrelation(correlation, 1));
        assertThat(event)
                .containsEntry("customer_id", tenant)
                .containsEntry("action", "access.denied");
        assertThat(audit.query("select 1 from gatehouse.audit_events where customer_id = ?", other))
                .as("nothing was written into the chain of the tenant it tried to reach")
                .isEmpty();
    }

    @Test
    void anOperatorsAccessToATenantIsRecordedAsSuchBesideWhatItDid() {
        String correlation = correlation();
        assertThat(
                        stack.operatorOn(tenant)
                                .withHeader("X-Correlation-ID", correlation)
                                .get("/api/clients/" + clientId)
                                .status())
                .isEqualTo(200);

        List<Map<String, Object>> events = audit.awaitCorrelation(correlation, 2);
        assertThat(events)
                .extracting(row -> row.get("action"))
                .containsExactlyInAnyOrder("phi.read", "internal.tenant_access");
        assertThat(events)
                .allSatisfy(
                        row ->
                                assertThat(row)
                                        .containsEntry("customer_id", tenant)
                                        .containsEntry("actor_subject", "operator"));
    }

    @Test
    void aReadWhoseEvidenceCannotBeCommittedIsRefusedWithoutTheData() {
        // A deferred trigger fails the commit of the marked requests' outbox rows: the read's work
        // and its evidence are in, and the commit, the last step before the data leaves, fails.
        SuperuserSql superuser = new SuperuserSql(stack.database());
        superuser.update(
                "create or replace function public.refuse_marked_evidence() returns trigger"
                        + " language plpgsql as $$ begin"
                        + " if new.envelope->>'correlationId' like 'evidence-uncommitted-%' then"
                        + " raise exception 'planned: evidence not committed'; end if;"
                        + " return null; end $$");
        superuser.update(
                "create constraint trigger refuse_marked_evidence after insert on"
                        + " gatehouse.audit_outbox deferrable initially deferred for each row"
                        + " execute function public.refuse_marked_evidence()");
        try {
            String correlation = "evidence-uncommitted-" + UUID.randomUUID();
            ApiClient.Response read =
                    stack.userOf(tenant)
                            .withHeader("X-Correlation-ID", correlation)
                            .get("/api/clients/" + clientId);
            assertThat(read.status()).isEqualTo(503);
            assertThat(read.header("Content-Type")).contains("application/problem+json");
            assertThat(read.body())
                    .doesNotContain("Evie")
                    .doesNotContain("evie.dence")
                    .doesNotContain("7946");
            Map<String, Object> failure = single(audit.awaitCorrelation(correlation, 1));
            assertThat(failure)
                    .as("the attempt is on the chain, as a failure, through the queue")
                    .containsEntry("action", "phi.read")
                    .containsEntry("outcome", "error");
        } finally {
            superuser.update("drop trigger refuse_marked_evidence on gatehouse.audit_outbox");
            superuser.update("drop function public.refuse_marked_evidence()");
        }
    }

    @Test
    void withTheQueueDownRequestsAreServedAndTheirEvidenceReachesTheChainOnceItIsBack() {
        String read = correlation();
        String change = correlation();
        String refusal = correlation();
        try {
            stack.installAppWithTheQueueDown();
            ApiClient.Response data =
                    stack.userOf(tenant)
                            .withHeader("X-Correlation-ID", read)
                            .get("/api/clients/" + clientId);
            assertThat(data.status()).as("evidence is in PostgreSQL first").isEqualTo(200);
            assertThat(data.body()).contains("Evie");
            assertThat(
                            stack.userOf(tenant)
                                    .withHeader("X-Correlation-ID", change)
                                    .patch("/api/clients/" + clientId, "{\"notes\":\"queue down\"}")
                                    .status())
                    .isEqualTo(200);
            assertThat(
                            stack.userOf(tenant)
                                    .withHeader("X-Correlation-ID", refusal)
                                    .get("/api/audit/verify")
                                    .status())
                    .isEqualTo(403);
            for (String correlation : List.of(read, change, refusal)) {
                assertThat(
                                audit.query(
                                        "select 1 from gatehouse.audit_outbox where customer_id = ?"
                                                + " and envelope->>'correlationId' = ?",
                                        tenant,
                                        correlation))
                        .as("in the outbox while the queue is down: " + correlation)
                        .hasSize(1);
            }
        } finally {
            stack.installApp(GatehouseStack.DEFAULT_POOL_SIZE);
        }
        // The next commit on the chain wakes the new app's relay, which ships the chain's backlog.
        assertThat(stack.userOf(tenant).get("/api/clients/" + clientId).status()).isEqualTo(200);
        for (String correlation : List.of(read, change, refusal)) {
            single(audit.awaitCorrelation(correlation, 1));
        }
    }

    private static Map<String, Object> single(List<Map<String, Object>> events) {
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static String correlation() {
        return "evidence-" + UUID.randomUUID();
    }
}
