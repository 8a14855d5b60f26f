package io.gatehouse.audit;

import io.gatehouse.evidence.AuditEvent;
import io.gatehouse.platform.DatabaseSettings;
import io.gatehouse.platform.Settings;
import io.gatehouse.tenancy.TenantTransactions;
import io.gatehouse.tenancy.TransactionAccess;
import io.gatehouse.testing.BenchmarkResults;
import io.gatehouse.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The database halves of {@code ./gatehouse bench e2e}, each against its baseline in the same run
 * on the same embedded PostgreSQL, through the runtime login:
 *
 * <ul>
 *   <li>the audit writer's chained append of a batch ({@link AuditStore#append}: head lock, id
 *       check, SHA-256 links, insert, head update) vs a plain multi-row INSERT of the same rows;
 *   <li>a tenant table under row-level security vs the same rows in a table without it, queried
 *       with an explicit {@code WHERE customer_id = ?}, at 1M rows over 10 tenants.
 * </ul>
 *
 * Rounds alternate between the two sides, so drifting machine load hits both alike.
 */
public final class DatabaseBenchmarkRun {

    static final int BATCH = 100;
    static final int ROUNDS = Integer.getInteger("bench.rounds", 40);
    static final int ROWS = Integer.getInteger("bench.rows", 1_000_000);
    static final int TENANTS = 10;
    static final int QUERIES = Integer.getInteger("bench.queries", 4_000);

    private DatabaseBenchmarkRun() {}

    public static void main(String[] args) throws Exception {
        StringBuilder report =
                new StringBuilder("# Database benchmarks (./gatehouse bench e2e)\n\n");
        report.append("load average before: ").append(loadAverage()).append("\n\n");
        try (TestDatabase database = TestDatabase.start();
                TenantTransactions runtime =
                        new TenantTransactions(
                                DatabaseSettings.from(Settings.of(database.runtimeSettings(2))))) {
            prepareTables(database);
            chainVersusPlainInsert(runtime, report);
            rlsVersusWhere(runtime, report);
        }
        report.append("\nload average after: ").append(loadAverage()).append('\n');
        BenchmarkResults.publish("database.md", report);
    }

    private static void prepareTables(TestDatabase database) throws Exception {
        try (Connection superuser = database.superuser();
                Statement sql = superuser.createStatement()) {
            sql.execute("create schema bench");
            sql.execute("grant usage on schema bench to gatehouse_app");
            sql.execute(
                    "create table bench.plain_audit_events (like gatehouse.audit_events including"
                            + " defaults including constraints including indexes)");
            sql.execute("grant insert, select on bench.plain_audit_events to gatehouse_app");
            for (String table : List.of("rls_rows", "plain_rows")) {
                sql.execute(
                        "create table bench."
                                + table
                                + " (customer_id uuid not null, id bigint not null, full_name text"
                                + " not null, created_at timestamptz not null, primary key"
                                + " (customer_id, id))");
                sql.execute(
                        "insert into bench."
                                + table
                                + " select ('00000000-0000-4000-8000-0000000000' || lpad((g % "
                                + TENANTS
                                + ")::text, 2, '0'))::uuid, g, 'Name ' || g, now() from"
                                + " generate_series(1, "
                                + ROWS
                                + ") g");
                sql.execute("analyze bench." + table);
                sql.execute("grant select on bench." + table + " to gatehouse_app");
            }
            sql.execute("alter table bench.rls_rows enable row level security");
            sql.execute("alter table bench.rls_rows force row level security");
            sql.execute(
                    "create policy tenant_isolation on bench.rls_rows using (customer_id ="
                            + " (select app.current_customer_id()))");
        }
    }

    private static void chainVersusPlainInsert(TenantTransactions runtime, StringBuilder report) {
        UUID chain = UUID.randomUUID();
        Table<?> plain = DSL.table(DSL.name("bench", "plain_audit_events"));
        long chainNanos = 0;
        long plainNanos = 0;
        long plainSeq = 0;
        for (int round = 0; round < ROUNDS + 5; round++) {
            List<AuditEvent> events = AuditSamples.events(chain, BATCH);
            long started = System.nanoTime();
            runtime.inTenant(chain, db -> AuditStore.append(db, events));
            long chained = System.nanoTime() - started;

            // The same rows, linked beforehand (outside the timing), inserted in one statement.
            List<ChainedEvent> rows = new ArrayList<>();
            ChainHash prev = ChainHash.GENESIS;
            for (AuditEvent event : AuditSamples.events(chain, BATCH)) {
                ChainedEvent linked = ChainedEvent.link(event, ++plainSeq, Instant.now(), prev);
                rows.add(linked);
                prev = linked.hash();
            }
            started = System.nanoTime();
            runtime.inTenant(
                    chain,
                    db -> {
                        var insert = db.insertInto(plain).set(AuditRows.toRow(rows.get(0)));
                        for (ChainedEvent row : rows.subList(1, rows.size())) {
                            insert = insert.newRecord().set(AuditRows.toRow(row));
                        }
                        return insert.execute();
                    });
            long plainOne = System.nanoTime() - started;
            if (round >= 5) { // the first rounds warm the JIT and the caches
                chainNanos += chained;
                plainNanos += plainOne;
            }
        }
        double chainRate = ROUNDS * BATCH / (chainNanos / 1e9);
        double plainRate = ROUNDS * BATCH / (plainNanos / 1e9);
        report.append("## Audit chain append vs plain batched INSERT\n\n")
                .append(
                        String.format(
                                Locale.ROOT,
                                "%d rounds of %d events, one transaction each%n%n"
                                        + "| path | events/s | ms per batch |%n|---|---|---|%n"
                                        + "| chained append (AuditStore.append) | %.0f | %.2f |%n"
                                        + "| plain multi-row INSERT, same rows | %.0f | %.2f |%n%n"
                                        + "chained / plain throughput: **%.2f**%n%n",
                                ROUNDS,
                                BATCH,
                                chainRate,
                                chainNanos / 1e6 / ROUNDS,
                                plainRate,
                                plainNanos / 1e6 / ROUNDS,
                                chainRate / plainRate));
    }

    private static void rlsVersusWhere(TenantTransactions runtime, StringBuilder report) {
        long[] point = new long[2];
        long[] page = new long[2];
        for (int block = 0; block < 10; block++) {
            boolean measured = block >= 2;
            for (int side = 0; side < 2; side++) {
                boolean rls = side == 0;
                long started = System.nanoTime();
                for (int i = 0; i < QUERIES / 10; i++) {
                    pointQuery(runtime, rls);
                }
                if (measured) {
                    point[side] += System.nanoTime() - started;
                }
                started = System.nanoTime();
                for (int i = 0; i < QUERIES / 40; i++) {
                    pageQuery(runtime, rls);
                }
                if (measured) {
                    page[side] += System.nanoTime() - started;
                }
            }
        }
        int pointCount = QUERIES / 10 * 8;
        int pageCount = QUERIES / 40 * 8;
        report.append("## Row-level security vs explicit WHERE\n\n")
                .append(
                        String.format(
                                Locale.ROOT,
                                "%,d rows over %d tenants; each query is its own read-only tenant"
                                        + " transaction (scope, query, commit)%n%n"
                                        + "| query | RLS µs | WHERE µs | RLS / WHERE |%n|---|---|---|---|%n"
                                        + "| one row by id | %.1f | %.1f | **%.3f** |%n"
                                        + "| page of 50 by id | %.1f | %.1f | **%.3f** |%n",
                                ROWS,
                                TENANTS,
                                point[0] / 1e3 / pointCount,
                                point[1] / 1e3 / pointCount,
                                (double) point[0] / point[1],
                                page[0] / 1e3 / pageCount,
                                page[1] / 1e3 / pageCount,
                                (double) page[0] / page[1]));
    }

    private static UUID tenant(int index) {
        return UUID.fromString(String.format("00000000-0000-4000-8000-0000000000%02d", index));
    }

    private static void pointQuery(TenantTransactions runtime, boolean rls) {
        long id = ThreadLocalRandom.current().nextLong(1, ROWS + 1);
        UUID tenant = tenant((int) (id % TENANTS));
        runtime.inTenant(
                tenant,
                TransactionAccess.READ_ONLY,
                db ->
                        rls
                                ? db.fetch(
                                        "select id, full_name from bench.rls_rows where id = ?", id)
                                : db.fetch(
                                        "select id, full_name from bench.plain_rows where"
                                                + " customer_id = ? and id = ?",
                                        tenant,
                                        id));
    }

    private static void pageQuery(TenantTransactions runtime, boolean rls) {
        long after = ThreadLocalRandom.current().nextLong(1, ROWS - 1000);
        UUID tenant = tenant((int) (after % TENANTS));
        runtime.inTenant(
                tenant,
                TransactionAccess.READ_ONLY,
                db ->
                        rls
                                ? db.fetch(
                                        "select id, full_name from bench.rls_rows where id > ?"
                                                + " order by id limit 50",
                                        after)
                                : db.fetch(
                                        "select id, full_name from bench.plain_rows where"
                                                + " customer_id = ? and id > ? order by id limit 50",
                                        tenant,
                                        after));
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "unknown";
        }
    }
}
