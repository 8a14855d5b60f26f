package io.gatehouse.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/**
 * The migration command against a real PostgreSQL: idempotent, and it never creates a login
 * unasked.
 */
class MigrateCommandTest {

    @Test
    void reRunningOnAMigratedDatabaseChangesNothingAndAzureRunsCreateNoLogin() throws Exception {
        try (TestDatabase database = TestDatabase.start()) {
            Settings settings =
                    Settings.of(
                            Map.of(
                                    "GATEHOUSE_MIGRATION_DB_URL",
                                    database.jdbcUrl(),
                                    "GATEHOUSE_MIGRATION_DB_USER",
                                    TestDatabase.MIGRATOR));

            MigrateResult again = MigrateCommand.run(settings);

            assertThat(again.success).isTrue();
            assertThat(again.migrationsExecuted).isZero();
            try (Connection owner = database.superuser();
                    Statement sql = owner.createStatement();
                    // The migrator, as creator, holds ADMIN on the role but may neither use nor
                    // become it.
                    ResultSet logins =
                            sql.executeQuery(
                                    "select string_agg(r.rolname, ',') from pg_auth_members m"
                                            + " join pg_roles r on r.oid = m.member where m.roleid = 'gatehouse_app'::regrole"
                                            + " and r.rolcanlogin and (m.inherit_option or m.set_option)")) {
                logins.next();
                assertThat(logins.getString(1))
                        .as("logins acting as gatehouse_app")
                        .isEqualTo(TestDatabase.RUNTIME_LOGIN);
            }
        }
    }
}
