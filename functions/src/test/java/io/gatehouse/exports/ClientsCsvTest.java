package io.gatehouse.exports;

import static io.gatehouse.db.Tables.CLIENTS;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.platform.DatabaseSettings;
import io.gatehouse.platform.Settings;
import io.gatehouse.tenancy.TenantTransactions;
import io.gatehouse.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import org.jooq.Result;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A 100,000-row export on the real database is produced in bounded memory: rows come through a
 * server-side cursor and leave as CSV before the next batch is read. The proof is measured heap —
 * halfway through the export, after a full collection — against the same rows fetched the ordinary
 * way, in the same run. No timing is asserted.
 */
class ClientsCsvTest {

    static final int ROWS = 100_000;
    static final int NOTE_LENGTH = 1_000;
    static final long MIB = 1024 * 1024;
    static TestDatabase database;
    static TenantTransactions runtime;
    static final UUID TENANT = UUID.randomUUID();
    static final UUID OTHER_TENANT = UUID.randomUUID();

    @BeforeAll
    static void aTenantWithAHundredThousandClients() throws Exception {
        database = TestDatabase.start();
        runtime =
                new TenantTransactions(
                        DatabaseSettings.from(Settings.of(database.runtimeSettings(2))));
        try (Connection superuser = database.superuser()) {
            try (PreparedStatement tenants =
                    superuser.prepareStatement(
                            "insert into gatehouse.tenants (customer_id, name, slug) values (?, 'Big', 'big'), (?, 'Other', 'other')")) {
                tenants.setObject(1, TENANT);
                tenants.setObject(2, OTHER_TENANT);
                tenants.execute();
            }
            // About 100 MB of CSV; every 10,000th name is a formula a spreadsheet would run.
            try (PreparedStatement clients =
                    superuser.prepareStatement(
                            """
                    insert into gatehouse.clients (customer_id, client_id, full_name, email, notes, created_at, updated_at)
                    select ?, gen_random_uuid(),
                           case when g % 10000 = 0 then '=HYPERLINK("http://evil.example")' else 'Client ' || g end,
                           'client' || g || '@example.org', repeat('n', ?),
                           timestamptz '2026-01-01' + g * interval '1 millisecond', timestamptz '2026-01-01'
                    from generate_series(1, ?) g""")) {
                clients.setObject(1, TENANT);
                clients.setInt(2, NOTE_LENGTH);
                clients.setInt(3, ROWS);
                clients.execute();
            }
            try (PreparedStatement foreign =
                    superuser.prepareStatement(
                            "insert into gatehouse.clients (customer_id, client_id, full_name) values (?, gen_random_uuid(), 'Foreign')")) {
                foreign.setObject(1, OTHER_TENANT);
                foreign.execute();
            }
        }
    }

    @AfterAll
    static void stop() throws Exception {
        runtime.close();
        database.close();
    }

    @Test
    void aHundredThousandRowsAreWrittenInBoundedMemory() {
        long loadedTheOrdinaryWay =
                runtime.inTenant(
                        TENANT,
                        db -> {
                            long before = usedHeapAfterCollection();
                            Result<?> all = db.selectFrom(CLIENTS).fetch();
                            long retained = usedHeapAfterCollection() - before;
                            assertThat(all).hasSize(ROWS);
                            return retained;
                        });

        MeasuringSink sink = new MeasuringSink(ROWS / 2);
        long written =
                runtime.inTenant(
                        TENANT,
                        db -> {
                            sink.baseline = usedHeapAfterCollection();
                            try {
                                return ClientsCsv.write(db, sink);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        });

        assertThat(written).isEqualTo(ROWS);
        assertThat(sink.lines).isEqualTo(ROWS + 1);
        assertThat(sink.chars).as("the CSV is about 100 MB").isGreaterThan(100L * MIB);
        assertThat(sink.formulaCells)
                .as("each formula arrived neutralised")
                .isEqualTo(ROWS / 10_000);
        assertThat(sink.rawFormulaCells).isZero();
        assertThat(sink.foreignRows).as("row-level security: no other tenant's row").isZero();
        System.out.printf(
                "export of %,d rows (%,d MB of CSV): heap held mid-export %,d KiB; the same rows fetched at once %,d MB%n",
                ROWS, sink.chars / MIB, sink.heldMidway / 1024, loadedTheOrdinaryWay / MIB);
        assertThat(sink.measured).as("the heap was measured halfway").isTrue();
        assertThat(loadedTheOrdinaryWay)
                .as("the measurement can see rows held in memory")
                .isGreaterThan(100L * MIB);
        assertThat(sink.heldMidway)
                .as("halfway, the export holds a few batches, not the rows read so far")
                .isLessThan(24L * MIB)
                .isLessThan(loadedTheOrdinaryWay / 10);
    }

    private static long usedHeapAfterCollection() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /**
     * Discards what it is given, counting lines and cells of interest, and measures the heap once,
     * midway.
     */
    static final class MeasuringSink extends Writer {
        final int measureAtLine;
        long baseline;
        long heldMidway;
        boolean measured;
        long chars;
        long lines;
        long formulaCells;
        long rawFormulaCells;
        long foreignRows;

        MeasuringSink(int measureAtLine) {
            this.measureAtLine = measureAtLine;
        }

        @Override
        public void write(char[] buffer, int offset, int length) {
            write(new String(buffer, offset, length));
        }

        @Override
        public void write(String text) {
            chars += text.length();
            if (text.equals("\r\n")) {
                lines++;
                if (lines == measureAtLine) {
                    heldMidway = usedHeapAfterCollection() - baseline;
                    measured = true;
                }
            } else if (text.startsWith("\"'=HYPERLINK")) {
                formulaCells++;
            } else if (text.startsWith("=")) {
                rawFormulaCells++;
            } else if (text.equals("Foreign")) {
                foreignRows++;
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
