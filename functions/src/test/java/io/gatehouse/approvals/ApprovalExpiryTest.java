package io.gatehouse.approvals;

import static io.gatehouse.approvals.ApprovalRows.count;
import static io.gatehouse.approvals.ApprovalRows.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.consumers.MessagePipeline;
import io.gatehouse.observability.Tracing;
import io.gatehouse.platform.DatabaseSettings;
import io.gatehouse.platform.Settings;
import io.gatehouse.tenancy.TenantTransactions;
import io.gatehouse.testing.TestDatabase;
import io.opentelemetry.api.OpenTelemetry;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The expiry timer's work, called directly against the embedded database as the runtime login (the
 * timer itself fires every five minutes, too rarely to wait for in a test).
 */
class ApprovalExpiryTest {

    static TestDatabase database;
    static TenantTransactions runtime;

    @BeforeAll
    static void start() {
        database = TestDatabase.start();
        runtime =
                new TenantTransactions(
                        DatabaseSettings.from(Settings.of(database.runtimeSettings(2))));
    }

    @AfterAll
    static void stop() throws Exception {
        runtime.close();
        database.close();
    }

    @Test
    void staleApprovalsOfEveryTenantExpireAndNothingElseChanges() throws Exception {
        UUID a = tenant("a");
        UUID b = tenant("b");
        UUID stalePendingA =
                ApprovalRows.insert(
                        runtime,
                        a,
                        "client.delete",
                        UUID.randomUUID(),
                        ApprovalStatus.PENDING,
                        Duration.ofMinutes(-1));
        UUID staleApprovedA =
                ApprovalRows.insert(
                        runtime,
                        a,
                        "client.delete",
                        UUID.randomUUID(),
                        ApprovalStatus.APPROVED,
                        Duration.ofMinutes(-5));
        UUID freshPendingA =
                ApprovalRows.insert(
                        runtime,
                        a,
                        "client.delete",
                        UUID.randomUUID(),
                        ApprovalStatus.PENDING,
                        Duration.ofHours(1));
        UUID oldExecutedA =
                ApprovalRows.insert(
                        runtime,
                        a,
                        "client.delete",
                        UUID.randomUUID(),
                        ApprovalStatus.EXECUTED,
                        Duration.ofHours(-1));
        UUID oldRejectedB =
                ApprovalRows.insert(
                        runtime,
                        b,
                        "client.delete",
                        UUID.randomUUID(),
                        ApprovalStatus.REJECTED,
                        Duration.ofHours(-1));
        UUID stalePendingB =
                ApprovalRows.insert(
                        runtime,
                        b,
                        "client.delete",
                        UUID.randomUUID(),
                        ApprovalStatus.PENDING,
                        Duration.ofSeconds(-1));

        MessagePipeline pipeline =
                new MessagePipeline(
                        runtime,
                        new Tracing(OpenTelemetry.noop()),
                        Clock.systemUTC(),
                        Duration.ZERO);
        ApprovalExpiry expiry = new ApprovalExpiry();
        assertThat(pipeline.run(expiry, Optional.empty()).done()).isEqualTo(3);

        assertThat(status(database, stalePendingA)).isEqualTo("expired");
        assertThat(status(database, staleApprovedA)).isEqualTo("expired");
        assertThat(status(database, stalePendingB)).isEqualTo("expired");
        assertThat(status(database, freshPendingA)).isEqualTo("pending");
        assertThat(status(database, oldExecutedA)).isEqualTo("executed");
        assertThat(status(database, oldRejectedB)).isEqualTo("rejected");
        assertThat(
                        count(
                                database,
                                "select count(*) from gatehouse.audit_outbox where envelope->'payload'->>'action' = 'approval.expire'"
                                        + " and customer_id = ?",
                                a))
                .isEqualTo(2);
        assertThat(
                        count(
                                database,
                                "select count(*) from gatehouse.audit_outbox where envelope->'payload'->>'action' = 'approval.expire'"
                                        + " and customer_id = ?",
                                b))
                .isEqualTo(1);

        assertThat(pipeline.run(expiry, Optional.empty()).done())
                .as("a second run finds nothing left")
                .isZero();
    }

    private static UUID tenant(String name) throws Exception {
        UUID id = UUID.randomUUID();
        ApprovalRows.execute(
                database,
                "insert into gatehouse.tenants (customer_id, name, slug) values (?, ?, ?)",
                id,
                name,
                name + "-" + id.toString().substring(0, 8));
        return id;
    }
}
