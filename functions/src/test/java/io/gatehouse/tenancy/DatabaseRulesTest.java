package io.gatehouse.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
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
 * The schema rules of SPEC.md §1.5 and §2, read from the catalog of a migrated PostgreSQL and
 * exercised as the runtime login. These hold for every tenant table, including ones added later.
 */
class DatabaseRulesTest {

    static TestDatabase database;
    static final UUID TENANT_A = UUID.randomUUID();
    static final UUID TENANT_B = UUID.randomUUID();
    static UUID clientOfB;

    @BeforeAll
    static void migrateAndSeed() throws SQLException {
        database = TestDatabase.start();
        try (Connection owner = database.superuser();
                Statement sql = owner.createStatement()) {
            sql.execute(
                    "insert into gatehouse.tenants (customer_id, name, slug) values ('"
                            + TENANT_A
                            + "', 'A', 'a'), ('"
                            + TENANT_B
                            + "', 'B', 'b')");
            clientOfB = UUID.randomUUID();
            sql.execute(
                    "insert into gatehouse.clients (customer_id, client_id, full_name) values ('"
                            + TENANT_A
                            + "', '"
                            + UUID.randomUUID()
                            + "', 'Alice A'), ('"
                            + TENANT_B
                            + "', '"
                            + clientOfB
                            + "', 'Bob B')");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        database.close();
    }

    @Test
    void everyTenantTableHasForcedRowLevelSecurityWithAPolicy() throws SQLException {
        List<String> tables = tenantTables();
        assertThat(tables).contains("tenants", "clients");
        for (String table : tables) {
            assertThat(
                            queryBoolean(
                                    "select relrowsecurity and relforcerowsecurity from pg_class where oid = ('gatehouse.' || ?)::regclass",
                                    table))
                    .as("RLS enabled and forced on %s", table)
                    .isTrue();
            assertThat(
                            queryBoolean(
                                    "select exists (select from pg_policy where polrelid = ('gatehouse.' || ?)::regclass"
                                            + " and pg_get_expr(polqual, polrelid) like '%current_customer_id()%')",
                                    table))
                    .as("tenant policy on %s", table)
                    .isTrue();
        }
    }

    @Test
    void onlyTheRegistryAndThePlatformAuditChainAndItsOutboxHonourPlatformScope()
            throws SQLException {
        // Platform scope widens nothing else: AuditStoreTest shows it reaches the platform chain
        // (the nil customer id) and no tenant's audit rows.
        List<String> withPlatformPolicy =
                queryStrings(
                        "select distinct c.relname from pg_policy p join pg_class c on c.oid = p.polrelid"
                                + " where coalesce(pg_get_expr(p.polqual, p.polrelid), '') || coalesce(pg_get_expr(p.polwithcheck, p.polrelid), '')"
                                + " ~ 'platform_scope|platform_audit_chain' and p.polpermissive order by 1");
        assertThat(withPlatformPolicy)
                .containsExactly("audit_chain_heads", "audit_events", "audit_outbox", "tenants");
    }

    @Test
    void everyKeyAndIndexOfATenantTableLeadsWithCustomerId() throws SQLException {
        // The slug index of the registry is the one documented exception (sql/V3__tenancy.sql).
        List<String> offenders =
                queryStrings(
                        """
                select i.indexrelid::regclass::text from pg_index i
                join pg_class t on t.oid = i.indrelid join pg_namespace n on n.oid = t.relnamespace
                join pg_attribute a on a.attrelid = t.oid and a.attnum = i.indkey[0]
                where n.nspname = 'gatehouse' and a.attname <> 'customer_id'
                  and i.indexrelid::regclass::text <> 'gatehouse.tenants_slug_key'
                union all
                select c.conname from pg_constraint c join pg_namespace n on n.oid = c.connamespace
                join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                where n.nspname = 'gatehouse' and c.contype in ('p', 'u', 'f') and a.attname <> 'customer_id'
                union all
                -- a foreign key must also land on the parent's customer_id: same tenant, by construction
                select c.conname from pg_constraint c join pg_namespace n on n.oid = c.connamespace
                join pg_attribute a on a.attrelid = c.confrelid and a.attnum = c.confkey[1]
                where n.nspname = 'gatehouse' and c.contype = 'f' and a.attname <> 'customer_id'
                """);
        assertThat(offenders).isEmpty();
    }

    @Test
    void everyObjectIsOwnedByTheOwnerRoleAndTheAppRoleIsPowerless() throws SQLException {
        assertThat(
                        queryStrings(
                                "select c.relname || ' ' || pg_get_userbyid(c.relowner) from pg_class c"
                                        + " join pg_namespace n on n.oid = c.relnamespace where n.nspname in ('gatehouse', 'app')"
                                        + " and pg_get_userbyid(c.relowner) <> 'gatehouse_owner'"))
                .isEmpty();
        assertThat(
                        queryStrings(
                                "select p.proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace"
                                        + " where n.nspname in ('gatehouse', 'app') and (pg_get_userbyid(p.proowner) <> 'gatehouse_owner' or p.prosecdef)"))
                .as("functions owned elsewhere or SECURITY DEFINER")
                .isEmpty();
        assertThat(
                        queryBoolean(
                                "select rolbypassrls or rolsuper or rolcreaterole or rolcreatedb from pg_roles where rolname = ?",
                                "gatehouse_app"))
                .isFalse();
        assertThat(
                        queryBoolean(
                                "select rolbypassrls or rolsuper from pg_roles where rolname = ?",
                                TestDatabase.RUNTIME_LOGIN))
                .isFalse();
        for (String table : tenantTables()) {
            assertThat(
                            queryBoolean(
                                    "select has_table_privilege('gatehouse_app', 'gatehouse.' || ?, 'TRUNCATE')"
                                            + " or has_table_privilege('gatehouse_app', 'gatehouse.' || ?, 'REFERENCES')"
                                            + " or has_table_privilege('gatehouse_app', 'gatehouse.' || ?, 'TRIGGER')",
                                    table,
                                    table,
                                    table))
                    .as("TRUNCATE/REFERENCES/TRIGGER on %s", table)
                    .isFalse();
        }
    }

    @Test
    void theRuntimeLoginSeesNoRowWithoutATenantSetting() throws SQLException {
        try (Connection runtime = database.runtime();
                Statement sql = runtime.createStatement()) {
            assertThat(count(sql, "select count(*) from gatehouse.clients")).isZero();
            assertThat(count(sql, "select count(*) from gatehouse.tenants")).isZero();
            sql.execute("select set_config('app.current_customer_id', '', false)");
            assertThat(count(sql, "select count(*) from gatehouse.clients")).isZero();
        }
        try (Connection owner = database.superuser();
                Statement sql = owner.createStatement()) {
            assertThat(count(sql, "select count(*) from gatehouse.clients"))
                    .as("the rows do exist")
                    .isEqualTo(2);
        }
    }

    @Test
    void theRuntimeLoginNeedsItsPassword() {
        assertThatThrownBy(
                        () ->
                                java.sql.DriverManager.getConnection(
                                        database.jdbcUrl(), TestDatabase.RUNTIME_LOGIN, "wrong"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
    }

    @Test
    void theRuntimeLoginCannotBecomeTheOwnerOrChangeTheSchema() throws SQLException {
        try (Connection runtime = database.runtime();
                Statement sql = runtime.createStatement()) {
            assertThatThrownBy(() -> sql.execute("set role gatehouse_owner"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
        }
        try (Connection runtime = database.runtime();
                Statement sql = runtime.createStatement()) {
            assertThatThrownBy(
                            () ->
                                    sql.execute(
                                            "alter table gatehouse.clients disable row level security"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("must be owner");
        }
        try (Connection runtime = database.runtime();
                Statement sql = runtime.createStatement()) {
            assertThatThrownBy(() -> sql.execute("create table gatehouse.sneaky (id int)"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
        }
    }

    @Test
    void aTenantTransactionSeesAndWritesOnlyItsOwnTenant() throws SQLException {
        try (Connection runtime = database.runtime()) {
            runtime.setAutoCommit(false);
            setTenant(runtime, TENANT_A);
            try (Statement sql = runtime.createStatement()) {
                assertThat(queryStrings(runtime, "select full_name from gatehouse.clients"))
                        .containsExactly("Alice A");
                assertThat(
                                sql.executeUpdate(
                                        "update gatehouse.clients set notes = 'x' where client_id = '"
                                                + clientOfB
                                                + "'"))
                        .isZero();
                assertThat(
                                sql.executeUpdate(
                                        "delete from gatehouse.clients where client_id = '"
                                                + clientOfB
                                                + "'"))
                        .isZero();
                assertThatThrownBy(
                                () ->
                                        sql.execute(
                                                "insert into gatehouse.clients (customer_id, client_id, full_name) values ('"
                                                        + TENANT_B
                                                        + "', gen_random_uuid(), 'planted')"))
                        .hasMessageContaining("row-level security");
            }
            runtime.rollback();
            setTenant(runtime, TENANT_A);
            try (Statement sql = runtime.createStatement()) {
                assertThatThrownBy(
                                () ->
                                        sql.execute(
                                                "update gatehouse.clients set customer_id = '"
                                                        + TENANT_B
                                                        + "'"))
                        .as("moving a row to another tenant")
                        .hasMessageContaining("row-level security");
            }
            runtime.rollback();
            // The setting is transaction-local: gone once the transaction ends.
            try (Statement sql = runtime.createStatement()) {
                assertThat(count(sql, "select count(*) from gatehouse.clients")).isZero();
            }
        }
        try (Connection owner = database.superuser();
                Statement sql = owner.createStatement()) {
            assertThat(
                            queryStrings(
                                    owner,
                                    "select full_name || coalesce(notes, '') from gatehouse.clients order by 1"))
                    .containsExactly("Alice A", "Bob B");
        }
    }

    @Test
    void aTenantTransactionCannotRegisterATenantNotEvenItself() throws SQLException {
        UUID unregistered = UUID.randomUUID();
        try (Connection runtime = database.runtime();
                Statement sql = runtime.createStatement()) {
            runtime.setAutoCommit(false);
            setTenant(runtime, unregistered);
            assertThatThrownBy(
                            () ->
                                    sql.execute(
                                            "insert into gatehouse.tenants (customer_id, name, slug) values ('"
                                                    + unregistered
                                                    + "', 'Self-made', 'self-made')"))
                    .hasMessageContaining("row-level security");
            runtime.rollback();
        }
        assertThat(
                        queryBoolean(
                                "select exists (select from gatehouse.tenants where slug = ?)",
                                "self-made"))
                .isFalse();
    }

    @Test
    void platformScopeReadsTheRegistryButNoTenantData() throws SQLException {
        try (Connection runtime = database.runtime();
                Statement sql = runtime.createStatement()) {
            runtime.setAutoCommit(false);
            sql.execute("select set_config('app.platform_scope', 'on', true)");
            assertThat(count(sql, "select count(*) from gatehouse.tenants"))
                    .isGreaterThanOrEqualTo(2);
            assertThat(count(sql, "select count(*) from gatehouse.clients")).isZero();
            runtime.rollback();
        }
    }

    @Test
    void foreignKeysCannotReachAcrossTenants() throws SQLException {
        try (Connection owner = database.superuser();
                Statement sql = owner.createStatement()) {
            // A child table shaped by the schema rule: its reference to a client carries the
            // tenant.
            sql.execute(
                    "create table gatehouse.fk_probe (customer_id uuid not null, probe_id uuid not null, client_id uuid not null,"
                            + " primary key (customer_id, probe_id),"
                            + " foreign key (customer_id, client_id) references gatehouse.clients (customer_id, client_id))");
            try {
                assertThatThrownBy(
                                () ->
                                        sql.execute(
                                                "insert into gatehouse.fk_probe values ('"
                                                        + TENANT_A
                                                        + "', gen_random_uuid(), '"
                                                        + clientOfB
                                                        + "')"))
                        .hasMessageContaining("foreign key");
                sql.execute(
                        "insert into gatehouse.fk_probe values ('"
                                + TENANT_B
                                + "', gen_random_uuid(), '"
                                + clientOfB
                                + "')");
                assertThatThrownBy(
                                () ->
                                        sql.execute(
                                                "insert into gatehouse.clients (customer_id, client_id, full_name) values ('"
                                                        + UUID.randomUUID()
                                                        + "', gen_random_uuid(), 'orphan')"))
                        .hasMessageContaining("foreign key");
            } finally {
                sql.execute("drop table gatehouse.fk_probe");
            }
        }
    }

    private static void setTenant(Connection connection, UUID tenant) throws SQLException {
        try (PreparedStatement scope =
                connection.prepareStatement(
                        "select set_config('app.current_customer_id', ?, true)")) {
            scope.setString(1, tenant.toString());
            scope.execute();
        }
    }

    private static List<String> tenantTables() throws SQLException {
        return queryStrings(
                "select c.table_name from information_schema.columns c join information_schema.tables t"
                        + " using (table_schema, table_name) where c.table_schema = 'gatehouse' and c.column_name = 'customer_id'"
                        + " and t.table_type = 'BASE TABLE' order by 1");
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static boolean queryBoolean(String query, String... args) throws SQLException {
        try (Connection owner = database.superuser();
                PreparedStatement statement = owner.prepareStatement(query)) {
            for (int i = 0; i < args.length; i++) {
                statement.setString(i + 1, args[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }

    private static List<String> queryStrings(String query) throws SQLException {
        try (Connection owner = database.superuser()) {
            return queryStrings(owner, query);
        }
    }

    private static List<String> queryStrings(Connection connection, String query)
            throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
