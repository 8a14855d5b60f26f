package io.gatehouse.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.testing.SuperuserSql;
import io.gatehouse.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the runtime may do to the gates' tables (sql/V7), as the runtime login: approvals and
 * exports change state but are never removed; disclosures are only ever added, and outlive the
 * client they account for.
 */
class GateTablesTest {

    static TestDatabase database;
    static SuperuserSql sql;
    static final UUID TENANT = UUID.randomUUID();

    @BeforeAll
    static void start() {
        database = TestDatabase.start();
        sql = new SuperuserSql(database);
        sql.update(
                "insert into gatehouse.tenants (customer_id, name, slug) values (?, 'T', 't')",
                TENANT);
    }

    @AfterAll
    static void stop() throws Exception {
        database.close();
    }

    @Test
    void theRuntimeCannotRemoveApprovalsExportsOrDisclosuresNorRewriteADisclosure() {
        for (String statement :
                new String[] {
                    "delete from gatehouse.approvals",
                    "delete from gatehouse.exports",
                    "delete from gatehouse.disclosures",
                    "update gatehouse.disclosures set purpose = 'other'",
                    "truncate gatehouse.disclosures"
                }) {
            assertThatThrownBy(() -> asRuntime(statement))
                    .as(statement)
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
        }
    }

    @Test
    void aDisclosureOutlivesTheClientItAccountsFor() throws SQLException {
        UUID client = UUID.randomUUID();
        UUID disclosure = UUID.randomUUID();
        asRuntime(
                "insert into gatehouse.clients (customer_id, client_id, full_name, email) values ('"
                        + TENANT
                        + "', '"
                        + client
                        + "', 'Ada', 'ada@example.org')");
        asRuntime(
                "insert into gatehouse.disclosures (customer_id, disclosure_id, client_id, recipient, description, purpose, channel,"
                        + " disclosed_by, disclosed_at) values ('"
                        + TENANT
                        + "', '"
                        + disclosure
                        + "', '"
                        + client
                        + "', 'ada@example.org', 'consent copy', 'treatment', 'email', 'nurse', now())");

        asRuntime("delete from gatehouse.clients where client_id = '" + client + "'");

        assertThat(sql.count("select count(*) from gatehouse.clients where client_id = ?", client))
                .isZero();
        assertThat(
                        sql.single(
                                "select recipient || '|' || purpose from gatehouse.disclosures where disclosure_id = ?",
                                disclosure))
                .isEqualTo("ada@example.org|treatment");
    }

    @Test
    void anApprovalStatusOutsideTheStateMachineIsRefused() {
        assertThatThrownBy(
                        () ->
                                asRuntime(
                                        "insert into gatehouse.approvals (customer_id, approval_id, action, resource_type, resource_id,"
                                                + " payload, payload_hash, status, requested_by, requested_at, expires_at) values ('"
                                                + TENANT
                                                + "', gen_random_uuid(),"
                                                + " 'client.delete', 'client', 'x', '{}', '"
                                                + "a".repeat(64)
                                                + "', 'done', 'me', now(), now() + interval '1 hour')"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("approvals_status_known");
    }

    /** One statement in a transaction of the tenant, as the runtime login. */
    private static void asRuntime(String statement) throws SQLException {
        try (Connection runtime = database.runtime()) {
            runtime.setAutoCommit(false);
            try (PreparedStatement scope =
                    runtime.prepareStatement(
                            "select set_config('app.current_customer_id', ?, true)")) {
                scope.setString(1, TENANT.toString());
                scope.execute();
            }
            try (PreparedStatement sql = runtime.prepareStatement(statement)) {
                sql.execute();
            }
            runtime.commit();
        }
    }
}
