package io.gatehouse.localstack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.gatehouse.app.Gatehouse;
import io.gatehouse.app.ProcessApp;
import io.gatehouse.devhost.DevHost;
import io.gatehouse.devhost.DevHostOptions;
import io.gatehouse.platform.Settings;
import io.gatehouse.testing.AzuriteServer;
import io.gatehouse.testing.TestDatabase;
import io.gatehouse.testing.TestSecrets;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Gatehouse with everything it talks to, on loopback: an embedded PostgreSQL migrated by the
 * migration identity, Azurite's queue service, the real Keycloak with the project's realm, and the
 * packaged function app served by the dev host. Closing it stops every part, newest first. The run
 * command and the end-to-end tests start the very same stack.
 */
public final class LocalStack implements AutoCloseable {

    /** The audience the realm's audience mapper puts into Gatehouse tokens. */
    public static final String AUDIENCE = "gatehouse-api";

    private final Deque<AutoCloseable> parts = new ArrayDeque<>();
    private KeycloakServer keycloak;
    private TestDatabase database;
    private String issuer;
    private Settings appSettings;
    private DevHost host;

    private LocalStack() {}

    public static LocalStack start(LocalStackSettings settings, Consumer<String> progress) {
        LocalStack stack = new LocalStack();
        try {
            stack.startParts(settings, progress);
            return stack;
        } catch (IOException | SQLException | InterruptedException | RuntimeException e) {
            stack.close();
            throw new IllegalStateException("the local stack did not start: " + e.getMessage(), e);
        }
    }

    private void startParts(LocalStackSettings settings, Consumer<String> progress)
            throws IOException, SQLException, InterruptedException {
        if (!Files.isDirectory(settings.functionAppDir())) {
            throw new IllegalStateException(
                    "no packaged function app at "
                            + settings.functionAppDir()
                            + "; run mvn package");
        }
        Path logs = Files.createDirectories(settings.workDir());
        Map<String, String> app = new HashMap<>();

        if (settings.externalDatabase().isPresent()) {
            progress.accept("PostgreSQL: using " + settings.externalDatabase().get());
        } else {
            progress.accept(
                    "PostgreSQL: starting the embedded server and migrating it as the migration identity…");
            database = TestDatabase.start(settings.postgresPort());
            parts.push(database);
            DemoTenants.register(database.migrationIdentity());
            app.putAll(database.runtimeSettings(10));
            progress.accept(
                    "PostgreSQL: ready at "
                            + database.jdbcUrl()
                            + " (runtime login "
                            + TestDatabase.RUNTIME_LOGIN
                            + ")");
        }

        if (settings.externalStorage().isPresent()) {
            progress.accept("Azurite: using the configured AzureWebJobsStorage");
        } else {
            progress.accept(
                    "Azurite: starting the queue service (npm azurite@"
                            + settings.azuriteVersion()
                            + ")…");
            AzuriteServer azurite =
                    AzuriteServer.start(
                            settings.azuriteVersion(),
                            settings.azuriteQueuePort(),
                            logs,
                            Files.createDirectories(logs.resolve("azurite-data")));
            parts.push(azurite);
            app.put("AzureWebJobsStorage", azurite.connectionString());
            progress.accept("Azurite: queues at " + azurite.queueEndpoint());
        }

        if (settings.externalIssuer().isPresent()) {
            issuer = settings.externalIssuer().get();
            progress.accept("Keycloak: using issuer " + issuer);
        } else {
            progress.accept(
                    "Keycloak: starting "
                            + settings.keycloakHome().getFileName()
                            + " with the realm in "
                            + settings.realmFile()
                            + " (about a minute on first start)…");
            keycloak =
                    KeycloakServer.start(
                            settings.keycloakHome(),
                            settings.realmFile(),
                            settings.keycloakPort(),
                            settings.keycloakManagementPort(),
                            System.getProperty("java.home"),
                            TestSecrets.random(),
                            logs);
            parts.push(keycloak);
            issuer = keycloak.issuer();
            app.put("GATEHOUSE_OIDC_ISSUER", issuer);
            app.put("GATEHOUSE_OIDC_AUDIENCE", AUDIENCE);
            progress.accept("Keycloak: ready at " + keycloak.baseUrl());
        }

        if (settings.external().optional("GATEHOUSE_SMTP_HOST").isEmpty()) {
            // PHI e-mail goes to an SMTP server inside this process (GreenMail, loopback only): it
            // is
            // accepted and held in memory, never relayed, so a local run cannot mail anyone.
            GreenMail smtp =
                    new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
            parts.push(smtp::stop);
            app.put("GATEHOUSE_SMTP_HOST", "127.0.0.1");
            app.put("GATEHOUSE_SMTP_PORT", Integer.toString(smtp.getSmtp().getPort()));
            app.put("GATEHOUSE_SMTP_FROM", "gatehouse@localhost.invalid");
            app.put("GATEHOUSE_SMTP_STARTTLS", "false");
            progress.accept(
                    "SMTP: PHI e-mail is delivered to an in-process GreenMail at 127.0.0.1:"
                            + smtp.getSmtp().getPort()
                            + " (held in memory, never relayed)");
        }

        if (settings.external().optional("GATEHOUSE_SECRET_PII_HASH_KEY").isEmpty()) {
            // A key for this run only: pseudonyms from it do not outlive the in-memory database.
            app.put("GATEHOUSE_SECRET_PII_HASH_KEY", TestSecrets.random());
        }
        Settings effective = settings.external().with(app);
        appSettings = effective;
        // The dev host cannot give the app environment variables, so the graph it wires function
        // instances from (through the app's FunctionInstanceInjector) is installed here.
        ProcessApp.install(Gatehouse.create(effective));
        parts.push(() -> ProcessApp.install(null));
        // With the app's settings the dev host also delivers queue messages (audit-events, …).
        host =
                DevHost.start(
                        settings.functionAppDir(),
                        settings.httpPort(),
                        DevHostOptions.defaults(),
                        effective.values());
        parts.push(host);
        progress.accept("Gatehouse: serving " + apiBase());
    }

    public URI apiBase() {
        return host.baseUri().resolve("/api/");
    }

    public String issuer() {
        return issuer;
    }

    /**
     * The settings the app runs with (connection strings included): for clients of the same
     * services.
     */
    Settings appSettings() {
        return appSettings;
    }

    /** The embedded database; fails when an external one is used. */
    TestDatabase database() {
        if (database == null) {
            throw new IllegalStateException("this stack uses an external database");
        }
        return database;
    }

    /** The Keycloak this stack started; empty when an external issuer is used. */
    KeycloakServer keycloak() {
        if (keycloak == null) {
            throw new IllegalStateException("this stack uses an external identity provider");
        }
        return keycloak;
    }

    @Override
    public void close() {
        while (!parts.isEmpty()) {
            try {
                parts.pop().close();
            } catch (Exception e) {
                System.err.println("while stopping the local stack: " + e);
            }
        }
    }
}
