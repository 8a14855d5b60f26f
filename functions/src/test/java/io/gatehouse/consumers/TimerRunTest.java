package io.gatehouse.consumers;

import static io.gatehouse.db.Tables.TENANTS;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.evidence.AuditEvent;
import io.gatehouse.evidence.AuditOutcome;
import io.gatehouse.observability.Tracing;
import io.gatehouse.platform.DatabaseSettings;
import io.gatehouse.platform.Settings;
import io.gatehouse.tenancy.TenantTransactions;
import io.gatehouse.testing.SuperuserSql;
import io.gatehouse.testing.TestClock;
import io.gatehouse.testing.TestDatabase;
import io.opentelemetry.api.OpenTelemetry;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A timer run through the pipeline on the real database: the platform chain first when asked, then
 * each registered tenant in a transaction that sees that tenant alone; one chain's failure rolls
 * back that chain's work and evidence only; every chain's "now" is the run's start.
 */
class TimerRunTest {

    static TestDatabase database;
    static TenantTransactions runtime;
    static SuperuserSql sql;
    static final List<UUID> TENANTS_REGISTERED = new ArrayList<>();

    @BeforeAll
    static void threeTenants() {
        database = TestDatabase.start();
        sql = new SuperuserSql(database);
        runtime =
                new TenantTransactions(
                        DatabaseSettings.from(Settings.of(database.runtimeSettings(2))));
        for (int i = 0; i < 3; i++) {
            UUID tenant = UUID.randomUUID();
            sql.update(
                    "insert into gatehouse.tenants (customer_id, name, slug) values (?, 'T', ?)",
                    tenant,
                    "t-" + i);
            TENANTS_REGISTERED.add(tenant);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        runtime.close();
        database.close();
    }

    @Test
    void eachChainRunsInItsOwnScopeAndAFailingChainHoldsNoOtherBack() {
        UUID failing = TENANTS_REGISTERED.get(1);
        TestClock clock = new TestClock(Instant.parse("2026-12-01T10:00:00Z"));
        MessagePipeline pipeline =
                new MessagePipeline(
                        runtime, new Tracing(OpenTelemetry.noop()), clock, Duration.ZERO);
        List<UUID> visited = new ArrayList<>();
        List<Integer> tenantsVisible = new ArrayList<>();
        List<OffsetDateTime> times = new ArrayList<>();

        TimerSummary summary =
                pipeline.run(
                        new TimerHandler() {
                            @Override
                            public String name() {
                                return "probe-timer";
                            }

                            @Override
                            public String actor() {
                                return "gatehouse:probe-timer";
                            }

                            @Override
                            public boolean includesPlatformChain() {
                                return true;
                            }

                            @Override
                            public int runIn(ConsumerTransaction transaction) {
                                visited.add(transaction.chain());
                                tenantsVisible.add(transaction.db().fetchCount(TENANTS));
                                times.add(transaction.now());
                                clock.advance(Duration.ofSeconds(5));
                                if (!AuditEvent.PLATFORM_CHAIN.equals(transaction.chain())) {
                                    transaction.record(
                                            transaction
                                                    .event("probe.run", AuditOutcome.SUCCESS)
                                                    .build());
                                }
                                if (transaction.chain().equals(failing)) {
                                    throw new IllegalStateException("this chain fails");
                                }
                                return 1;
                            }
                        },
                        Optional.empty());

        assertThat(summary).isEqualTo(new TimerSummary(4, 3, 1));
        assertThat(visited.get(0))
                .as("the platform chain first")
                .isEqualTo(AuditEvent.PLATFORM_CHAIN);
        assertThat(visited.subList(1, visited.size()))
                .containsExactlyInAnyOrderElementsOf(TENANTS_REGISTERED);
        assertThat(tenantsVisible)
                .as("platform scope sees the registry; a tenant's transaction its own row")
                .containsExactly(3, 1, 1, 1);
        assertThat(times)
                .as("the run's start, for every chain")
                .containsOnly(OffsetDateTime.parse("2026-12-01T10:00:00Z"));

        List<Map<String, Object>> events =
                sql.rows(
                        "select customer_id, envelope->'payload'->>'correlationId' as correlation,"
                                + " envelope->'payload'->>'actorSubject' as actor from gatehouse.audit_outbox"
                                + " where envelope->'payload'->>'action' = 'probe.run' order by customer_id");
        assertThat(events)
                .extracting(row -> row.get("customer_id"))
                .as("the failing chain's event rolled back with its work")
                .containsExactlyInAnyOrder(TENANTS_REGISTERED.get(0), TENANTS_REGISTERED.get(2));
        assertThat(events)
                .extracting(row -> row.get("actor"))
                .containsOnly("gatehouse:probe-timer");
        assertThat(events.get(0).get("correlation"))
                .as("one correlation id for the run")
                .isNotNull()
                .isEqualTo(events.get(1).get("correlation"));
    }
}
