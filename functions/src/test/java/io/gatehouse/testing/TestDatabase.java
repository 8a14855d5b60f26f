package io.gatehouse.testing;

import io.gatehouse.platform.Migrations;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;

/**
 * A real PostgreSQL 17 (embedded, no Docker) laid out as on Azure: a database owned by a
 * migration login that is not a superuser, migrated by it, and a separate runtime login in
 * gatehouse_app with a password generated for this run.
 */
public final class TestDatabase implements AutoCloseable {

    public static final String DATABASE = "gatehouse";
    public static final String MIGRATOR = "gatehouse_migrator";
    public static final String RUNTIME_LOGIN = "gatehouse_runtime";

    private final EmbeddedPostgres postgres;
    private final String runtimePassword;

    private TestDatabase(EmbeddedPostgres postgres, String runtimePassword) {
        this.postgres = postgres;
        this.runtimePassword = runtimePassword;
    }

    public static TestDatabase start() {
        return start(0);
    }

    /** @param port the server's port, or 0 for any free one */
    public static TestDatabase start(int port) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("hba_file", writeHostBasedAuthentication().toString());
            if (port != 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            String runtimePassword = TestSecrets.random();
            try (Connection admin = postgres.getPostgresDatabase().getConnection();
                    Statement sql = admin.createStatement()) {
                // Like Azure's Entra administrator: may create roles and owns the database, but
                // is no superuser, so the migrations are proven to need nothing more.
                sql.execute("create role " + MIGRATOR + " login createrole");
                sql.execute("create database " + DATABASE + " owner " + MIGRATOR);
            }
            TestDatabase database = new TestDatabase(postgres, runtimePassword);
            Migrations.apply(database.migrationIdentity(), RUNTIME_LOGIN);
            try (Connection migrator = database.migrationIdentity().getConnection();
                    Statement sql = migrator.createStatement()) {
                sql.execute("alter role " + RUNTIME_LOGIN + " password '" + runtimePassword + "'");
            }
            return database;
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("embedded PostgreSQL did not start", e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    public DataSource migrationIdentity() {
        return postgres.getDatabase(MIGRATOR, DATABASE);
    }

    /** A superuser connection: sees every row (superusers bypass RLS), for checking what really is stored. */
    public Connection superuser() throws SQLException {
        return postgres.getDatabase("postgres", DATABASE).getConnection();
    }

    /** A plain connection as the runtime login, with no tenant set. */
    public Connection runtime() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), RUNTIME_LOGIN, runtimePassword);
    }

    /** App settings that point Gatehouse's runtime at this database. */
    public Map<String, String> runtimeSettings(int poolSize) {
        return Map.of(
                "GATEHOUSE_DB_URL", jdbcUrl(),
                "GATEHOUSE_DB_USER", RUNTIME_LOGIN,
                "GATEHOUSE_DB_AUTH", "password",
                "GATEHOUSE_DB_PASSWORD", runtimePassword,
                "GATEHOUSE_DB_POOL_SIZE", Integer.toString(poolSize));
    }

    /**
     * The embedded server trusts every local connection by default, which would leave the runtime
     * password unchecked. Here only the administrative logins of the test harness are trusted;
     * every other login, the runtime among them, must present its password (SCRAM).
     */
    private static Path writeHostBasedAuthentication() throws IOException {
        Path hba = Files.createTempFile("gatehouse-pg_hba", ".conf");
        hba.toFile().deleteOnExit();
        Files.writeString(hba, String.join("\n",
                "local all all trust",
                "host all postgres,%1$s 127.0.0.1/32 trust".formatted(MIGRATOR),
                "host all postgres,%1$s ::1/128 trust".formatted(MIGRATOR),
                "host all all 127.0.0.1/32 scram-sha-256",
                "host all all ::1/128 scram-sha-256",
                ""));
        return hba;
    }


    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
