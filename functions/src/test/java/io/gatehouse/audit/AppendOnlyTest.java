package io.gatehouse.audit;

import static io.gatehouse.db.Tables.AUDIT_CHAIN_HEADS;
import static io.gatehouse.db.Tables.AUDIT_EVENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The audit trail cannot be edited, removed or emptied: not by the runtime (no privilege, and the
 * triggers), not by the owner role that owns the tables (the triggers). Each refusal is checked
 * where it would otherwise succeed — with the chain's tenant set, so row-level security is not what
 * stops it — and the stored rows are compared afterwards.
 */
class AppendOnlyTest {

    static AuditDatabase audit;
    UUID tenant;
    List<String> rowsBefore;
    String headBefore;

    @BeforeAll
    static void database() {
        audit = AuditDatabase.shared();
    }

    @BeforeEach
    void aChainOfThree() throws SQLException {
        tenant = UUID.randomUUID();
        audit.append(tenant, AuditSamples.events(tenant, 3));
        rowsBefore = audit.storedRows(tenant);
        headBefore = audit.storedHead(tenant);
        assertThat(rowsBefore).hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "update gatehouse.audit_events set action = 'client.delete' where seq = 2",
                "delete from gatehouse.audit_events where seq = 3",
                "truncate gatehouse.audit_events",
                "delete from gatehouse.audit_chain_heads",
                "truncate gatehouse.audit_chain_heads"
            })
    void theRuntimeLoginIsRefused(String change) throws SQLException {
        try (Connection runtime = audit.database.runtime()) {
            runtime.setAutoCommit(false);
            scopeTo(runtime, tenant);
            try (Statement sql = runtime.createStatement()) {
                assertThatThrownBy(() -> sql.execute(change))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("permission denied");
            }
            runtime.rollback();
        }
        assertUnchanged();
    }

    @Test
    void theRuntimeCannotRewriteThroughItsOwnTransactionsEither() throws SQLException {
        assertThatThrownBy(
                        () ->
                                audit.inChainScope(
                                        tenant,
                                        db ->
                                                db.update(AUDIT_EVENTS)
                                                        .set(AUDIT_EVENTS.ACTION, "client.delete")
                                                        .execute()))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("permission denied");
        assertThatThrownBy(
                        () ->
                                audit.inChainScope(
                                        tenant, db -> db.deleteFrom(AUDIT_EVENTS).execute()))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("permission denied");
        // It may update the head (to advance it), but never rewind it.
        assertThatThrownBy(
                        () ->
                                audit.inChainScope(
                                        tenant,
                                        db ->
                                                db.update(AUDIT_CHAIN_HEADS)
                                                        .set(AUDIT_CHAIN_HEADS.LAST_SEQ, 1L)
                                                        .execute()))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("only moves forward");
        assertUnchanged();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "update gatehouse.audit_events set action = 'client.delete' where seq = 2",
                "update gatehouse.audit_events set details = '{}'",
                "delete from gatehouse.audit_events where seq = 3",
                "truncate gatehouse.audit_events",
                "update gatehouse.audit_chain_heads set last_seq = 1",
                "delete from gatehouse.audit_chain_heads",
                "truncate gatehouse.audit_chain_heads"
            })
    void theOwnerIsRefusedByTheTriggers(String change) throws SQLException {
        try (Connection migrator = audit.database.migrationIdentity().getConnection()) {
            migrator.setAutoCommit(false);
            try (Statement sql = migrator.createStatement()) {
                sql.execute("set role gatehouse_owner");
                assertThat(currentUser(sql)).isEqualTo("gatehouse_owner");
            }
            scopeTo(migrator, tenant);
            try (Statement sql = migrator.createStatement()) {
                assertThatThrownBy(() -> sql.execute(change))
                        .isInstanceOf(SQLException.class)
                        .hasMessageMatching("(?s).*(append-only|only moves forward|refused).*");
            }
            migrator.rollback();
        }
        assertUnchanged();
    }

    @Test
    void evenASuperuserIsRefusedWhileTheTriggersAreOn() throws SQLException {
        try (Connection superuser = audit.database.superuser();
                Statement sql = superuser.createStatement()) {
            assertThatThrownBy(
                            () ->
                                    sql.execute(
                                            "update gatehouse.audit_events set action = 'client.delete' where customer_id = '"
                                                    + tenant
                                                    + "'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(
                            () ->
                                    sql.execute(
                                            "delete from gatehouse.audit_events where customer_id = '"
                                                    + tenant
                                                    + "'"))
                    .hasMessageContaining("append-only");
        }
        assertUnchanged();
    }

    @Test
    void theRuntimeRoleHoldsOnlyInsertAndSelectOnEvents() throws SQLException {
        for (String role : List.of("gatehouse_app", TestDatabase.RUNTIME_LOGIN)) {
            assertThat(privileges(role, "gatehouse.audit_events"))
                    .as(role)
                    .isEqualTo("SELECT,INSERT");
            assertThat(privileges(role, "gatehouse.audit_chain_heads"))
                    .as(role)
                    .isEqualTo("SELECT,INSERT,UPDATE");
        }
    }

    @Test
    void theTriggersAreInPlaceEnabledAndNotSecurityDefiner() throws SQLException {
        assertThat(
                        audit.superuserStrings(
                                """
                select t.tgname || ' ' || t.tgenabled::text || ' ' || p.prosecdef from pg_trigger t
                join pg_proc p on p.oid = t.tgfoid
                where t.tgrelid in ('gatehouse.audit_events'::regclass, 'gatehouse.audit_chain_heads'::regclass)
                  and not t.tgisinternal order by 1"""))
                .containsExactly(
                        "audit_chain_heads_forward_only O false",
                        "audit_chain_heads_no_truncate O false",
                        "audit_events_no_truncate O false",
                        "audit_events_no_update_or_delete O false");
    }

    private String privileges(String role, String table) throws SQLException {
        return audit.superuserStrings(
                        """
                select string_agg(p, ',' order by ord) from unnest(array['SELECT','INSERT','UPDATE','DELETE','TRUNCATE','REFERENCES','TRIGGER'])
                  with ordinality as x(p, ord) where has_table_privilege(?, ?, p)""",
                        role,
                        table)
                .get(0);
    }

    private void assertUnchanged() throws SQLException {
        assertThat(audit.storedRows(tenant)).isEqualTo(rowsBefore);
        assertThat(audit.storedHead(tenant)).isEqualTo(headBefore);
        assertThat(audit.verify(tenant)).isEqualTo(new ChainVerification(true, 3, null));
    }

    private static void scopeTo(Connection connection, UUID tenant) throws SQLException {
        try (PreparedStatement scope =
                connection.prepareStatement(
                        "select set_config('app.current_customer_id', ?, true)")) {
            scope.setString(1, tenant.toString());
            scope.execute();
        }
    }

    private static String currentUser(Statement sql) throws SQLException {
        try (var rows = sql.executeQuery("select current_user")) {
            rows.next();
            return rows.getString(1);
        }
    }
}
