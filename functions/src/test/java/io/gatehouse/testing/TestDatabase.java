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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * A real PostgreSQL 17 (embedded, no Docker) laid out as on Azure: a database owned by a migration
 * login that is not a superuser, migrated by it, and a separate runtime login in gatehouse_app with
 * a password generated for this run.
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

    /**
     * @param port the server's port, or 0 for any free one
     */
    public static TestDatabase start(int port) {
        return start(port, Map.of());
    }

    /**
     * A server that also speaks TLS with the given certificate and key (PEM), as Azure's does;
     * plain connections are still accepted, so a test checks which one it got ({@code
     * pg_stat_ssl}).
     */
    public static TestDatabase startWithTls(Path certificate, Path privateKey) {
        return start(
                0,
                Map.of(
                        "ssl",
                        "on",
                        "ssl_cert_file",
                        certificate.toString(),
                        "ssl_key_file",
                        privateKey.toString(),
                        "ssl_min_protocol_version",
                        "TLSv1.2"));
    }

    private static TestDatabase start(int port, Map<String, String> serverConfig) {
        try {
            EmbeddedPostgres.Builder builder =
                    EmbeddedPostgres.builder()
                            .setServerConfig("hba_file", writeHostBasedAuthentication().toString());
            serverConfig.forEach(builder::setServerConfig);
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

    /**
     * A superuser connection: sees every row (superusers bypass RLS), for checking what really is
     * stored.
     */
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
                "GATEHOUSE_DB_URL",
                jdbcUrl(),
                "GATEHOUSE_DB_USER",
                RUNTIME_LOGIN,
                "GATEHOUSE_DB_AUTH",
                "password",
                "GATEHOUSE_DB_PASSWORD",
                runtimePassword,
                "GATEHOUSE_DB_POOL_SIZE",
                Integer.toString(poolSize));
    }

    /**
     * The embedded server trusts every local connection by default, which would leave the runtime
     * password unchecked. Here only the administrative logins of the test harness are trusted;
     * every other login, the runtime among them, must present its password (SCRAM).
     */
    private static Path writeHostBasedAuthentication() throws IOException {
        Path hba = Files.createTempFile("gatehouse-pg_hba", ".conf");
        hba.toFile().deleteOnExit();
        Files.writeString(
                hba,
                String.join(
                        "\n",
                        "local all all trust",
                        "host all postgres,%1$s 127.0.0.1/32 trust".formatted(MIGRATOR),
                        "host all postgres,%1$s ::1/128 trust".formatted(MIGRATOR),
                        "host all all 127.0.0.1/32 scram-sha-256",
                        "host all all ::1/128 scram-sha-256",
                        ""));
        return hba;
    }

    /**
     * Stops the server for real, as a database restart or failover would: a fast shutdown (SIGINT
     * to the postmaster, which is what {@code pg_ctl stop -m fast} sends) ends every session, so
     * clients see their connections break, and new connections are refused until {@link
     * #startServer()}. The data stays.
     */
    public synchronized void stopServer() throws IOException, InterruptedException, SQLException {
        if (postmasterCommand == null) {
            try (Connection superuser = superuser();
                    Statement sql = superuser.createStatement();
                    var rows = sql.executeQuery("show data_directory")) {
                rows.next();
                dataDirectory = Path.of(rows.getString(1));
            }
            postmasterCommand = postmasterCommandOf(dataDirectory);
        }
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
        run(List.of("kill", "-INT", Long.toString(pid)));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        // The postmaster removes its pid file as the last step of shutting down.
        while (Files.exists(pidFile)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("PostgreSQL did not stop");
            }
            Thread.sleep(50);
        }
    }

    /**
     * Starts the server stopped by {@link #stopServer()} again, on the same port and data, and
     * waits until it answers.
     */
    public synchronized void startServer() throws IOException, InterruptedException {
        if (postmasterCommand == null) {
            throw new IllegalStateException("the server was not stopped by stopServer()");
        }
        Path log = Files.createTempFile("gatehouse-postgres-restart", ".log");
        log.toFile().deleteOnExit();
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            // PostgreSQL refuses to run as root; like the embedded server's own start, run it in a
            // user namespace where this process is not root.
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(postmasterCommand);
        new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            try (Connection ignored = superuser()) {
                return;
            } catch (SQLException notYet) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException(
                            "PostgreSQL did not come back; see " + log, notYet);
                }
                Thread.sleep(100);
            }
        }
    }

    private List<String> postmasterCommand;
    private Path dataDirectory;

    /**
     * The server's own record of how it was started: postmaster.opts, one double-quoted word after
     * the binary.
     */
    private static List<String> postmasterCommandOf(Path dataDirectory) throws IOException {
        String opts = Files.readString(dataDirectory.resolve("postmaster.opts")).strip();
        List<String> command = new ArrayList<>();
        int firstQuote = opts.indexOf('"');
        command.add(opts.substring(0, firstQuote).strip());
        Matcher word = Pattern.compile("\"([^\"]*)\"").matcher(opts.substring(firstQuote));
        while (word.find()) {
            command.add(word.group(1));
        }
        return command;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
