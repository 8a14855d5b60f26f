package io.gatehouse.audit;

import io.gatehouse.evidence.AuditEvent;
import io.gatehouse.platform.DatabaseSettings;
import io.gatehouse.platform.Settings;
import io.gatehouse.tenancy.TenantTransactions;
import io.gatehouse.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Table;

/**
 * One migrated PostgreSQL for the audit tests of a run, and the runtime's own way in: a {@link
 * TenantTransactions} on the runtime login, so every write goes through gatehouse_app under
 * row-level security exactly as the app's will. Tests keep apart by using fresh chains.
 */
final class AuditDatabase {

    /** The runtime pool's size: small, as on a consumption-plan instance, so contention is real. */
    static final int POOL_SIZE = 4;

    private static AuditDatabase shared;

    final TestDatabase database;
    final TenantTransactions transactions;

    private AuditDatabase(TestDatabase database) {
        this.database = database;
        this.transactions =
                new TenantTransactions(
                        DatabaseSettings.from(Settings.of(database.runtimeSettings(POOL_SIZE))));
    }

    static synchronized AuditDatabase shared() {
        if (shared == null) {
            AuditDatabase started = new AuditDatabase(TestDatabase.start());
            Runtime.getRuntime()
                    .addShutdownHook(
                            new Thread(
                                    () -> {
                                        started.transactions.close();
                                        try {
                                            started.database.close();
                                        } catch (Exception e) {
                                            // the JVM is ending; nothing to do
                                        }
                                    }));
            shared = started;
        }
        return shared;
    }

    /**
     * Runs {@code work} in the transaction that owns {@code chain}: the tenant's, or platform
     * scope.
     */
    <T> T inChainScope(UUID chain, Function<DSLContext, T> work) {
        return AuditEvent.PLATFORM_CHAIN.equals(chain)
                ? transactions.inPlatformScope(work)
                : transactions.inTenant(chain, work);
    }

    /**
     * Rows of {@code table} matching {@code condition} that a transaction of {@code tenant} can
     * see.
     */
    int countAsTenant(UUID tenant, Table<?> table, Condition condition) {
        return transactions.inTenant(tenant, db -> db.fetchCount(table, condition));
    }

    /** Rows of {@code table} matching {@code condition} that platform scope can see. */
    int countInPlatformScope(Table<?> table, Condition condition) {
        return transactions.inPlatformScope(db -> db.fetchCount(table, condition));
    }

    AppendResult append(UUID chain, List<AuditEvent> events) {
        return inChainScope(chain, db -> AuditStore.append(db, events));
    }

    ChainVerification verify(UUID chain) {
        return inChainScope(chain, db -> ChainVerifier.verify(db, chain));
    }

    /** Every stored row of a chain as text, read past row-level security: what really is there. */
    List<String> storedRows(UUID chain) throws SQLException {
        return superuserStrings(
                "select t::text from gatehouse.audit_events t where customer_id = ?::uuid order by seq",
                chain.toString());
    }

    String storedHead(UUID chain) throws SQLException {
        List<String> heads =
                superuserStrings(
                        "select last_seq || ' ' || encode(last_hash, 'hex') from gatehouse.audit_chain_heads where customer_id = ?::uuid",
                        chain.toString());
        return heads.isEmpty() ? null : heads.get(0);
    }

    /**
     * Runs statements as the superuser with triggers off: an administrator tampering with the
     * trail.
     */
    void tamper(String... statements) throws SQLException {
        try (Connection superuser = database.superuser();
                var sql = superuser.createStatement()) {
            sql.execute("set session_replication_role = replica");
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
    }

    List<String> superuserStrings(String query, String... args) throws SQLException {
        try (Connection superuser = database.superuser();
                PreparedStatement statement = superuser.prepareStatement(query)) {
            for (int i = 0; i < args.length; i++) {
                statement.setString(i + 1, args[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }
}
