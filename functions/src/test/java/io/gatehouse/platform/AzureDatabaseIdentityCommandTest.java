package io.gatehouse.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Azure login step against a real, migrated PostgreSQL, run as the migration identity (like
 * Azure's Entra administrator: CREATEROLE, no superuser). Entra itself cannot run here, so
 * pgaadauth's two functions are stand-ins with the documented signatures that create a plain role
 * and remember its object id; everything the command decides and grants is real.
 */
class AzureDatabaseIdentityCommandTest {

    private static TestDatabase database;

    @BeforeAll
    static void startDatabase() throws Exception {
        database = TestDatabase.start();
        try (Connection postgres = asSuperuserOnAdminDatabase();
                Statement sql = postgres.createStatement()) {
            sql.execute(
                    "create table public.entra_principals (rolname name primary key, objectid text not null)");
            sql.execute("grant insert, select on public.entra_principals to public");
            sql.execute(
                    """
                    create function public.pgaadauth_create_principal_with_oid(
                        rolename text, objectid text, objecttype text, isadmin boolean, ismfa boolean) returns text
                    language plpgsql as $$
                    begin
                        execute format('create role %I login', rolename);
                        insert into public.entra_principals values (rolename, objectid);
                        return 'Created role for ' || rolename;
                    end $$""");
            sql.execute(
                    """
                    create function public.pgaadauth_list_principals(isadmin boolean)
                    returns table (rolename name, principaltype text, objectid text, tenantid text, ismfa int, isadmin int)
                    language sql as $$ select rolname, 'service', objectid, null, 0, 0 from public.entra_principals $$""");
        }
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        database.close();
    }

    @Test
    void createsTheManagedIdentityLoginWithTheAppRoleOnlyAndASecondRunChangesNothing()
            throws Exception {
        String name = "id-gatehouse-first";
        UUID objectId = UUID.randomUUID();

        var first = AzureDatabaseIdentityCommand.run(settingsFor(name, objectId));
        var second = AzureDatabaseIdentityCommand.run(settingsFor(name, objectId));

        assertThat(first).isEqualTo(new AzureDatabaseIdentityCommand.Outcome(true, true));
        assertThat(second).isEqualTo(new AzureDatabaseIdentityCommand.Outcome(false, false));
        assertThat(rolesHeldBy(name)).containsExactly("gatehouse_app");
        assertThat(attributesOf(name))
                .isEqualTo("login nobypassrls nosuper nocreaterole nocreatedb");
        assertThat(objectIdsMappedTo(name)).containsExactly(objectId.toString());
    }

    @Test
    void aRoleOfThatNameThatIsNotTheEntraPrincipalIsRefusedAndGetsNothing() throws Exception {
        String name = "id-gatehouse-squatted";
        try (Connection postgres = asSuperuserOnAdminDatabase();
                Statement sql = postgres.createStatement()) {
            sql.execute("create role \"" + name + "\" login password 'made-by-hand'");
        }

        assertThatThrownBy(
                        () ->
                                AzureDatabaseIdentityCommand.run(
                                        settingsFor(name, UUID.randomUUID())))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("is not an Entra principal");
        assertThat(rolesHeldBy(name)).isEmpty();
    }

    @Test
    void aLoginMappedToAnotherObjectIdIsRefused() throws Exception {
        String name = "id-gatehouse-other";
        UUID original = UUID.randomUUID();
        AzureDatabaseIdentityCommand.run(settingsFor(name, original));

        assertThatThrownBy(
                        () ->
                                AzureDatabaseIdentityCommand.run(
                                        settingsFor(name, UUID.randomUUID())))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("maps to " + original);
    }

    @Test
    void aLoginThatWasGivenMoreThanTheAppRoleIsRefusedNotSilentlyAccepted() throws Exception {
        String name = "id-gatehouse-widened";
        UUID objectId = UUID.randomUUID();
        AzureDatabaseIdentityCommand.run(settingsFor(name, objectId));
        try (Connection postgres = asSuperuserOnAdminDatabase();
                Statement sql = postgres.createStatement()) {
            sql.execute("grant gatehouse_owner to \"" + name + "\"");
            sql.execute("alter role \"" + name + "\" createrole");
        }

        assertThatThrownBy(() -> AzureDatabaseIdentityCommand.run(settingsFor(name, objectId)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("CREATEROLE")
                .hasMessageContaining("member of gatehouse_owner");
    }

    @Test
    void settingsThatCannotBeRightAreRefusedBeforeConnecting() {
        assertThatThrownBy(
                        () ->
                                AzureDatabaseIdentityCommand.run(
                                        settingsFor("x\"; drop role y; --", UUID.randomUUID())))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("GATEHOUSE_RUNTIME_PRINCIPAL_NAME");
        assertThatThrownBy(
                        () ->
                                AzureDatabaseIdentityCommand.run(
                                        Settings.of(
                                                Map.of(
                                                        "GATEHOUSE_RUNTIME_PRINCIPAL_NAME",
                                                                "id-gatehouse",
                                                        "GATEHOUSE_RUNTIME_PRINCIPAL_OBJECT_ID",
                                                                "not-a-uuid"))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("GATEHOUSE_RUNTIME_PRINCIPAL_OBJECT_ID");
    }

    @Test
    void pgaadauthIsReachedInThePostgresDatabaseOfTheSameServer() {
        assertThat(
                        AzureDatabaseIdentityCommand.adminDatabaseUrl(
                                "jdbc:postgresql://psql-gatehouse.postgres.database.azure.com:5432/gatehouse?sslmode=require"))
                .isEqualTo(
                        "jdbc:postgresql://psql-gatehouse.postgres.database.azure.com:5432/postgres?sslmode=require");
    }

    private static Settings settingsFor(String name, UUID objectId) {
        return Settings.of(
                Map.of(
                        "GATEHOUSE_MIGRATION_DB_URL",
                        database.jdbcUrl(),
                        "GATEHOUSE_MIGRATION_DB_USER",
                        TestDatabase.MIGRATOR,
                        "GATEHOUSE_RUNTIME_PRINCIPAL_NAME",
                        name,
                        "GATEHOUSE_RUNTIME_PRINCIPAL_OBJECT_ID",
                        objectId.toString()));
    }

    private static Connection asSuperuserOnAdminDatabase() throws Exception {
        return DriverManager.getConnection(
                AzureDatabaseIdentityCommand.adminDatabaseUrl(database.jdbcUrl()),
                "postgres",
                null);
    }

    private static List<String> rolesHeldBy(String name) throws Exception {
        return strings(
                "select g.rolname from pg_auth_members m join pg_roles g on g.oid = m.roleid"
                        + " join pg_roles r on r.oid = m.member where r.rolname = '"
                        + name
                        + "' order by 1");
    }

    private static String attributesOf(String name) throws Exception {
        return strings(
                        "select concat_ws(' ', case when rolcanlogin then 'login' else 'nologin' end,"
                                + " case when rolbypassrls then 'bypassrls' else 'nobypassrls' end,"
                                + " case when rolsuper then 'super' else 'nosuper' end,"
                                + " case when rolcreaterole then 'createrole' else 'nocreaterole' end,"
                                + " case when rolcreatedb then 'createdb' else 'nocreatedb' end) from pg_roles where rolname = '"
                                + name
                                + "'")
                .getFirst();
    }

    private static List<String> objectIdsMappedTo(String name) throws Exception {
        return strings(
                "select objectid from public.entra_principals where rolname = '" + name + "'");
    }

    private static List<String> strings(String query) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection postgres = asSuperuserOnAdminDatabase();
                Statement sql = postgres.createStatement();
                ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
