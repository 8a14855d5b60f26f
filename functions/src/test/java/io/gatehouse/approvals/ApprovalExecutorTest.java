package io.gatehouse.approvals;

import static io.gatehouse.approvals.ApprovalRows.count;
import static io.gatehouse.approvals.ApprovalRows.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatehouse.approvals.ApprovalExecutor.Outcome;
import io.gatehouse.clients.ClientDeletion;
import io.gatehouse.consumers.MessagePipeline;
import io.gatehouse.observability.Tracing;
import io.gatehouse.platform.DatabaseSettings;
import io.gatehouse.platform.Envelope;
import io.gatehouse.platform.Settings;
import io.gatehouse.tenancy.TenantTransactions;
import io.gatehouse.testing.TestDatabase;
import io.opentelemetry.api.OpenTelemetry;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The approved-actions executor on the real database: it runs exactly the approved payload, once,
 * under the approval's tenant, and nothing for a message that is redelivered, duplicated, stale,
 * tampered with or aimed at another tenant.
 */
class ApprovalExecutorTest {

    static TestDatabase database;
    static TenantTransactions runtime;
    static final UUID TENANT_A = UUID.randomUUID();
    static final UUID TENANT_B = UUID.randomUUID();
    static final AtomicInteger COUNTED = new AtomicInteger();
    static MessagePipeline pipeline;
    static ApprovalExecutor executor;

    /**
     * A gated action that only counts its runs, to show "once" without relying on a delete being
     * idempotent.
     */
    static final GatedAction COUNTING =
            new GatedAction() {
                @Override
                public String name() {
                    return "test.count";
                }

                @Override
                public String execute(DSLContext db, JsonNode payload) {
                    COUNTED.incrementAndGet();
                    return "counted";
                }
            };

    @BeforeAll
    static void start() throws SQLException {
        database = TestDatabase.start();
        ApprovalRows.execute(
                database,
                "insert into gatehouse.tenants (customer_id, name, slug) values (?, 'A', 'a'), (?, 'B', 'b')",
                TENANT_A,
                TENANT_B);
        runtime =
                new TenantTransactions(
                        DatabaseSettings.from(Settings.of(database.runtimeSettings(10))));
        pipeline =
                new MessagePipeline(
                        runtime,
                        new Tracing(OpenTelemetry.noop()),
                        Clock.systemUTC(),
                        Duration.ZERO);
        executor = new ApprovalExecutor(GatedActions.of(new ClientDeletion(), COUNTING));
    }

    @AfterAll
    static void stop() throws Exception {
        runtime.close();
        database.close();
    }

    @Test
    void anApprovedDeletionRunsOnceAndARedeliveryChangesNothing() throws SQLException {
        UUID client = client(TENANT_A);
        UUID bystander = client(TENANT_A);
        UUID approval =
                ApprovalRows.insert(
                        runtime,
                        TENANT_A,
                        ClientDeletion.ACTION,
                        client,
                        ApprovalStatus.APPROVED,
                        Duration.ofHours(1));
        Envelope message = ApprovalRows.message(runtime, TENANT_A, approval);

        assertThat(execute(message)).isEqualTo(Outcome.EXECUTED);
        assertThat(clientExists(client)).isFalse();
        assertThat(clientExists(bystander)).as("only the approved payload ran").isTrue();
        assertThat(status(database, approval)).isEqualTo("executed");
        assertThat(
                        ApprovalRows.single(
                                database,
                                "select execution_result from gatehouse.approvals where approval_id = ?",
                                approval))
                .isEqualTo("deleted");
        long events = executeEvents(approval, "success");
        assertThat(events).isEqualTo(1);

        // The same message again (host redelivery), and a second message for the same approval.
        assertThat(execute(message)).isEqualTo(Outcome.ALREADY_EXECUTED);
        assertThat(execute(ApprovalRows.message(runtime, TENANT_A, approval)))
                .isEqualTo(Outcome.ALREADY_EXECUTED);
        assertThat(clientExists(bystander)).isTrue();
        assertThat(status(database, approval)).isEqualTo("executed");
        assertThat(executeEvents(approval, null))
                .as("no further audit event, nothing changed")
                .isEqualTo(events);
    }

    @Test
    void concurrentMessagesForOneApprovalExecuteItOnce() throws Exception {
        UUID approval =
                ApprovalRows.insert(
                        runtime,
                        TENANT_A,
                        COUNTING.name(),
                        UUID.randomUUID(),
                        ApprovalStatus.APPROVED,
                        Duration.ofHours(1));
        int before = COUNTED.get();
        int parallel = 8;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Outcome>> outcomes = new ArrayList<>();
        for (int i = 0; i < parallel; i++) {
            Envelope message = ApprovalRows.message(runtime, TENANT_A, approval);
            outcomes.add(
                    pool.submit(
                            () -> {
                                start.await();
                                return execute(message);
                            }));
        }
        start.countDown();
        List<Outcome> results = new ArrayList<>();
        for (Future<Outcome> outcome : outcomes) {
            results.add(outcome.get());
        }
        pool.shutdown();
        assertThat(COUNTED.get() - before).isEqualTo(1);
        assertThat(results)
                .containsOnlyOnce(Outcome.EXECUTED)
                .filteredOn(o -> o != Outcome.EXECUTED)
                .containsOnly(Outcome.ALREADY_EXECUTED);
        assertThat(executeEvents(approval, "success")).isEqualTo(1);
    }

    @Test
    void anApprovalPastItsExpiryIsNotExecutedAndIsMarkedExpired() throws SQLException {
        UUID client = client(TENANT_A);
        UUID approval =
                ApprovalRows.insert(
                        runtime,
                        TENANT_A,
                        ClientDeletion.ACTION,
                        client,
                        ApprovalStatus.APPROVED,
                        Duration.ofMinutes(-1));

        assertThat(execute(ApprovalRows.message(runtime, TENANT_A, approval)))
                .isEqualTo(Outcome.EXPIRED);
        assertThat(clientExists(client)).isTrue();
        assertThat(status(database, approval)).isEqualTo("expired");
        assertThat(executeEvents(approval, "denied")).isEqualTo(1);
    }

    @Test
    void aMessageForAnApprovalThatIsNotApprovedRunsNothing() throws SQLException {
        UUID client = client(TENANT_A);
        for (ApprovalStatus status :
                List.of(ApprovalStatus.PENDING, ApprovalStatus.REJECTED, ApprovalStatus.EXPIRED)) {
            UUID approval =
                    ApprovalRows.insert(
                            runtime,
                            TENANT_A,
                            ClientDeletion.ACTION,
                            client,
                            status,
                            Duration.ofHours(1));
            assertThat(execute(ApprovalRows.message(runtime, TENANT_A, approval)))
                    .isEqualTo(Outcome.NOT_APPROVED);
            assertThat(status(database, approval)).isEqualTo(status.code());
            // a later approval of the same client needs the pending one out of the way (one open
            // request at a time)
            ApprovalRows.execute(
                    database,
                    "update gatehouse.approvals set status = 'rejected' where approval_id = ? and status = 'pending'",
                    approval);
        }
        assertThat(clientExists(client)).isTrue();
    }

    @Test
    void aPayloadChangedAfterApprovalIsRefused() throws SQLException {
        UUID approved = client(TENANT_A);
        UUID swapped = client(TENANT_A);
        UUID approval =
                ApprovalRows.insert(
                        runtime,
                        TENANT_A,
                        ClientDeletion.ACTION,
                        approved,
                        ApprovalStatus.APPROVED,
                        Duration.ofHours(1));
        Envelope message = ApprovalRows.message(runtime, TENANT_A, approval);
        // Someone with database access swaps the target after the approval.
        ApprovalRows.execute(
                database,
                "update gatehouse.approvals set payload = ? where approval_id = ?",
                "{\"clientId\":\"" + swapped + "\"}",
                approval);

        assertThat(execute(message)).isEqualTo(Outcome.PAYLOAD_MISMATCH);
        assertThat(clientExists(approved)).isTrue();
        assertThat(clientExists(swapped)).isTrue();
        assertThat(executeEvents(approval, "error")).isEqualTo(1);

        // Nor does a message carrying a different hash run the stored payload.
        UUID other =
                ApprovalRows.insert(
                        runtime,
                        TENANT_A,
                        ClientDeletion.ACTION,
                        client(TENANT_A),
                        ApprovalStatus.APPROVED,
                        Duration.ofHours(1));
        assertThat(execute(ApprovalRows.message(TENANT_A, other, "0".repeat(64))))
                .isEqualTo(Outcome.PAYLOAD_MISMATCH);
        assertThat(status(database, other)).isEqualTo("approved");
    }

    @Test
    void aMessageNamingAnotherTenantFindsNoApprovalThere() throws SQLException {
        UUID client = client(TENANT_A);
        UUID approval =
                ApprovalRows.insert(
                        runtime,
                        TENANT_A,
                        ClientDeletion.ACTION,
                        client,
                        ApprovalStatus.APPROVED,
                        Duration.ofHours(1));
        String hash =
                ApprovalRows.single(
                        database,
                        "select payload_hash from gatehouse.approvals where approval_id = ?",
                        approval);

        assertThat(execute(ApprovalRows.message(TENANT_B, approval, hash)))
                .isEqualTo(Outcome.UNKNOWN_APPROVAL);
        assertThat(clientExists(client)).isTrue();
        assertThat(status(database, approval)).isEqualTo("approved");
    }

    /** Through the message pipeline, as the queue function runs it. */
    private static Outcome execute(Envelope message) {
        return pipeline.consume(message, executor);
    }

    private static UUID client(UUID tenant) throws SQLException {
        UUID id = UUID.randomUUID();
        ApprovalRows.execute(
                database,
                "insert into gatehouse.clients (customer_id, client_id, full_name) values (?, ?, 'Client')",
                tenant,
                id);
        return id;
    }

    private static boolean clientExists(UUID client) throws SQLException {
        return count(database, "select count(*) from gatehouse.clients where client_id = ?", client)
                == 1;
    }

    /**
     * approval.execute events for the approval in the outbox (where consumers record them), by
     * outcome (null: any).
     */
    private static long executeEvents(UUID approval, String outcome) throws SQLException {
        String events =
                "select count(*) from gatehouse.audit_outbox where envelope->'payload'->>'action' = 'approval.execute'"
                        + " and envelope->'payload'->>'resourceId' = ?";
        return outcome == null
                ? count(database, events, approval.toString())
                : count(
                        database,
                        events + " and lower(envelope->'payload'->>'outcome') = ?",
                        approval.toString(),
                        outcome);
    }
}
