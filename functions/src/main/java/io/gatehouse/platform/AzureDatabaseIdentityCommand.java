package io.gatehouse.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Creates the function app's database login on Azure: the deploy pipeline runs it after the
 * migrations, as the server's Entra administrator (an access token as the password). The login is
 * the app's user-assigned managed identity, created with {@code
 * pgaadauth_create_principal_with_oid} (by object id, so a display-name clash cannot map it to
 * another principal), and it is granted {@code gatehouse_app} and nothing else.
 *
 * <p>Idempotent: a second run changes nothing. It refuses, rather than repairs, a login that is not
 * what it should be (mapped to another object id, holding another role, or an attribute such as
 * CREATEROLE): such a state was made by hand and needs a person to look at it.
 *
 * <p>pgaadauth's functions live in the server's {@code postgres} database, so the command connects
 * there, on the server of {@code GATEHOUSE_MIGRATION_DB_URL}; roles are server-wide.
 *
 * <p>Settings: {@code GATEHOUSE_MIGRATION_DB_URL}, {@code GATEHOUSE_MIGRATION_DB_USER}, {@code
 * GATEHOUSE_MIGRATION_DB_PASSWORD} (the Entra token), {@code GATEHOUSE_RUNTIME_PRINCIPAL_NAME} (the
 * login's name: the managed identity's name), {@code GATEHOUSE_RUNTIME_PRINCIPAL_OBJECT_ID}.
 */
public final class AzureDatabaseIdentityCommand {

    static final String APP_ROLE = "gatehouse_app";
    private static final Pattern LOGIN_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,62}");
    private static final Pattern DATABASE_IN_URL =
            Pattern.compile("^(jdbc:postgresql://[^/?]+/)([^?]*)(.*)$");

    /** What a run did; both false on a re-run. */
    public record Outcome(boolean created, boolean granted) {}

    private AzureDatabaseIdentityCommand() {}

    public static void main(String[] args) throws SQLException {
        Outcome outcome = run(Settings.fromEnvironment());
        System.out.println(
                "Runtime login: "
                        + (outcome.created() ? "created" : "already present")
                        + "; "
                        + APP_ROLE
                        + " "
                        + (outcome.granted() ? "granted" : "already granted")
                        + ".");
    }

    static Outcome run(Settings settings) throws SQLException {
        String name = settings.required("GATEHOUSE_RUNTIME_PRINCIPAL_NAME");
        if (!LOGIN_NAME.matcher(name).matches()) {
            throw new ConfigurationException(
                    "GATEHOUSE_RUNTIME_PRINCIPAL_NAME must be letters, digits, '-' or '_' (at most 63)");
        }
        UUID objectId;
        try {
            objectId = UUID.fromString(settings.required("GATEHOUSE_RUNTIME_PRINCIPAL_OBJECT_ID"));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(
                    "GATEHOUSE_RUNTIME_PRINCIPAL_OBJECT_ID must be the identity's object (principal) id");
        }
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setUrl(adminDatabaseUrl(settings.required("GATEHOUSE_MIGRATION_DB_URL")));
        admin.setUser(settings.required("GATEHOUSE_MIGRATION_DB_USER"));
        settings.optional("GATEHOUSE_MIGRATION_DB_PASSWORD").ifPresent(admin::setPassword);
        try (Connection connection = admin.getConnection()) {
            return ensure(connection, name, objectId);
        }
    }

    /** The same server's {@code postgres} database, where pgaadauth's functions are. */
    static String adminDatabaseUrl(String migrationUrl) {
        var match = DATABASE_IN_URL.matcher(migrationUrl);
        if (!match.matches()) {
            throw new ConfigurationException(
                    "GATEHOUSE_MIGRATION_DB_URL must be jdbc:postgresql://host[:port]/database[?…]");
        }
        return match.group(1) + "postgres" + match.group(3);
    }

    static Outcome ensure(Connection connection, String name, UUID objectId) throws SQLException {
        boolean created = false;
        Optional<String> mappedTo = principalObjectId(connection, name);
        if (!roleExists(connection, name)) {
            try (PreparedStatement create =
                    connection.prepareStatement(
                            "select * from pgaadauth_create_principal_with_oid(?, ?, 'service', false, false)")) {
                create.setString(1, name);
                create.setString(2, objectId.toString());
                create.execute();
            }
            created = true;
        } else if (mappedTo.isEmpty() || !mappedTo.get().equalsIgnoreCase(objectId.toString())) {
            throw new ConfigurationException(
                    "Role "
                            + name
                            + " exists but is not the Entra principal "
                            + objectId
                            + (mappedTo.map(oid -> " (it maps to " + oid + ")")
                                    .orElse(" (it is not an Entra principal)"))
                            + "; drop or rename it by hand");
        }
        refuseAnythingBeyondTheAppRole(connection, name);
        boolean granted = false;
        if (!isMemberOfAppRole(connection, name)) {
            try (Statement grant = connection.createStatement()) {
                // The name is validated above and quoted here; GRANT takes no bind parameters.
                grant.execute("GRANT " + APP_ROLE + " TO \"" + name + "\"");
            }
            granted = true;
        }
        return new Outcome(created, granted);
    }

    private static boolean roleExists(Connection connection, String name) throws SQLException {
        try (PreparedStatement query =
                connection.prepareStatement("select 1 from pg_roles where rolname = ?")) {
            query.setString(1, name);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    /**
     * The object id pgaadauth maps the role to, if it is an Entra principal. Microsoft documents
     * the listing's columns as rolename, principalType, objectId, tenantId, isMfa, isAdmin; some
     * servers have answered with rolname. The columns are therefore found by name, either spelling.
     */
    private static Optional<String> principalObjectId(Connection connection, String name)
            throws SQLException {
        try (Statement query = connection.createStatement();
                ResultSet rows =
                        query.executeQuery("select * from pgaadauth_list_principals(false)")) {
            var columns = rows.getMetaData();
            int roleColumn = 0;
            int objectIdColumn = 0;
            for (int i = 1; i <= columns.getColumnCount(); i++) {
                switch (columns.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT)) {
                    case "rolename", "rolname" -> roleColumn = i;
                    case "objectid" -> objectIdColumn = i;
                    default -> {}
                }
            }
            if (roleColumn == 0 || objectIdColumn == 0) {
                throw new IllegalStateException(
                        "pgaadauth_list_principals answered without a role name or object id column");
            }
            while (rows.next()) {
                if (name.equals(rows.getString(roleColumn))) {
                    return Optional.ofNullable(rows.getString(objectIdColumn));
                }
            }
            return Optional.empty();
        }
    }

    private static void refuseAnythingBeyondTheAppRole(Connection connection, String name)
            throws SQLException {
        List<String> problems = new ArrayList<>();
        try (PreparedStatement query =
                connection.prepareStatement(
                        "select rolsuper, rolcreaterole, rolcreatedb, rolbypassrls, rolreplication from pg_roles where rolname = ?")) {
            query.setString(1, name);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                String[] attributes = {
                    "SUPERUSER", "CREATEROLE", "CREATEDB", "BYPASSRLS", "REPLICATION"
                };
                for (int i = 0; i < attributes.length; i++) {
                    if (row.getBoolean(i + 1)) {
                        problems.add(attributes[i]);
                    }
                }
            }
        }
        try (PreparedStatement query =
                connection.prepareStatement(
                        "select g.rolname from pg_auth_members m join pg_roles g on g.oid = m.roleid"
                                + " join pg_roles r on r.oid = m.member where r.rolname = ? and g.rolname <> ? order by 1")) {
            query.setString(1, name);
            query.setString(2, APP_ROLE);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    problems.add("member of " + row.getString(1));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException(
                    "Role "
                            + name
                            + " must hold "
                            + APP_ROLE
                            + " only, but has: "
                            + String.join(", ", problems)
                            + "; revoke by hand");
        }
    }

    private static boolean isMemberOfAppRole(Connection connection, String name)
            throws SQLException {
        try (PreparedStatement query =
                connection.prepareStatement(
                        "select 1 from pg_auth_members m join pg_roles g on g.oid = m.roleid"
                                + " join pg_roles r on r.oid = m.member where r.rolname = ? and g.rolname = ?")) {
            query.setString(1, name);
            query.setString(2, APP_ROLE);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }
}
