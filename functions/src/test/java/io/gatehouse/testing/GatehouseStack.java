package io.gatehouse.testing;

import io.gatehouse.app.Gatehouse;
import io.gatehouse.app.ProcessApp;
import io.gatehouse.devhost.DevHost;
import io.gatehouse.devhost.DevHostOptions;
import io.gatehouse.pii.PseudonymKey;
import io.gatehouse.platform.Secrets;
import io.gatehouse.platform.Settings;
import io.gatehouse.platform.SettingsSecrets;
import io.gatehouse.platform.Telemetry;
import io.opentelemetry.api.OpenTelemetry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Gatehouse as a client meets it, started once per test JVM: the packaged function app served by
 * the dev host, a real embedded PostgreSQL, and a test identity provider serving its discovery
 * document and JWKS over HTTP.
 */
public final class GatehouseStack {

    public static final int DEFAULT_POOL_SIZE = 8;
    public static final String STORAGE_SETTING = "AzureWebJobsStorage";

    /**
     * The PII hash master secret of this test run: random, never stored, the same for every app the
     * run installs.
     */
    public static final String PII_HASH_KEY = TestSecrets.random();

    private static GatehouseStack shared;

    private final TestDatabase database;
    private final TestIdentityProvider identityProvider;
    private final AzuriteServer azurite;
    private final DevHost host;

    /**
     * The composition root the dev host's function instances are wired from (replaced by
     * installApp).
     */
    private volatile Gatehouse app;

    private GatehouseStack(
            TestDatabase database,
            TestIdentityProvider identityProvider,
            AzuriteServer azurite,
            DevHost host) {
        this.database = database;
        this.identityProvider = identityProvider;
        this.azurite = azurite;
        this.host = host;
    }

    public static synchronized GatehouseStack shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
        }
        return shared;
    }

    private static GatehouseStack start() {
        Path appDir =
                Path.of(
                        System.getProperty(
                                "gatehouse.functionAppDir", "target/azure-functions/gatehouse"));
        if (!Files.isDirectory(appDir)) {
            throw new IllegalStateException(
                    "no packaged function app at " + appDir + "; run the tests with mvn verify");
        }
        TestDatabase database = TestDatabase.start();
        TestIdentityProvider identityProvider = new TestIdentityProvider();
        GatehouseStack stack;
        try {
            // Azurite carries the audit events (and every other queue) exactly as in the local
            // stack;
            // the dev host delivers them to the queue-triggered functions.
            Path azuriteDir = Files.createTempDirectory("gatehouse-it-azurite");
            AzuriteServer azurite =
                    AzuriteServer.start(
                            AzuriteServer.VERSION, FreePorts.freePort(), azuriteDir, azuriteDir);
            DevHost host =
                    DevHost.start(
                            appDir,
                            0,
                            DevHostOptions.defaults(),
                            Map.of(STORAGE_SETTING, azurite.connectionString()));
            stack = new GatehouseStack(database, identityProvider, azurite, host);
        } catch (IOException e) {
            throw new IllegalStateException("dev host or Azurite did not start", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting Azurite", e);
        }
        stack.installApp(DEFAULT_POOL_SIZE);
        return stack;
    }

    /**
     * Builds a fresh app against this stack's database and identity provider and makes it current.
     */
    public void installApp(int poolSize) {
        installApp(poolSize, Map.of());
    }

    /** As {@link #installApp(int)}, with some settings replaced (e.g. to point at no database). */
    public void installApp(int poolSize, Map<String, String> overrides) {
        installApp(poolSize, overrides, null);
    }

    /** As above, tracing into the given OpenTelemetry (null: the app's default). */
    public void installApp(
            int poolSize, Map<String, String> overrides, OpenTelemetry openTelemetry) {
        installApp(poolSize, overrides, openTelemetry, null);
    }

    /**
     * As above, reading secrets from {@code secrets} (null: the settings, as locally), so a test
     * can make the secret store fail while the app runs.
     */
    public void installApp(
            int poolSize,
            Map<String, String> overrides,
            OpenTelemetry openTelemetry,
            Secrets secrets) {
        Map<String, String> settings = new HashMap<>(database.runtimeSettings(poolSize));
        settings.put("GATEHOUSE_OIDC_ISSUER", identityProvider.issuer());
        settings.put("GATEHOUSE_OIDC_AUDIENCE", TestRealm.AUDIENCE);
        settings.put(STORAGE_SETTING, azurite.connectionString());
        // The app refuses to start without its required secrets; locally they are settings. One key
        // per
        // test run, so pseudonyms stay the same across the apps a run installs.
        settings.put(SettingsSecrets.settingName(PseudonymKey.SECRET_NAME), PII_HASH_KEY);
        settings.putAll(overrides);
        Settings appSettings = Settings.of(settings);
        Gatehouse app =
                secrets != null
                        ? Gatehouse.create(
                                appSettings,
                                openTelemetry == null ? Telemetry.from(appSettings) : openTelemetry,
                                Clock.systemUTC(),
                                secrets)
                        : openTelemetry == null
                                ? Gatehouse.create(appSettings)
                                : Gatehouse.create(appSettings, openTelemetry);
        ProcessApp.install(app);
        this.app = app;
    }

    /**
     * The installed app's object graph, for tests that drive a pipeline or a function class
     * directly.
     */
    public Gatehouse app() {
        return app;
    }

    public TestDatabase database() {
        return database;
    }

    public TestIdentityProvider identityProvider() {
        return identityProvider;
    }

    public AzuriteServer azurite() {
        return azurite;
    }

    public DevHost host() {
        return host;
    }

    /** A client with no credentials. */
    public ApiClient anonymous() {
        return new ApiClient(host.baseUri());
    }

    /** An interactive tenant user of {@code tenant}. */
    public ApiClient userOf(UUID tenant) {
        return anonymous()
                .withToken(
                        identityProvider.token().subject("user-" + tenant).tenant(tenant).sign());
    }

    /** An interactive customer_admin of {@code tenant}. */
    public ApiClient adminOf(UUID tenant) {
        return anonymous()
                .withToken(
                        identityProvider
                                .token()
                                .subject("admin-" + tenant)
                                .tenant(tenant)
                                .roles("customer_admin")
                                .sign());
    }

    /** A platform operator acting on {@code tenant} through X-Customer-Id. */
    public ApiClient operatorOn(UUID tenant) {
        return operator().withHeader("X-Customer-Id", tenant.toString());
    }

    public ApiClient operator() {
        return anonymous()
                .withToken(
                        identityProvider
                                .token()
                                .subject("operator")
                                .roles("internal_admin")
                                .sign());
    }

    /** Creates a client of {@code tenant} through the API, as its user would; returns its id. */
    public String createClient(UUID tenant, String json) {
        ApiClient.Response created = userOf(tenant).post("/api/clients", json);
        if (created.status() != 201) {
            throw new IllegalStateException("client not created: " + created);
        }
        return created.json().get("id").asText();
    }

    /**
     * Installs an app whose queue service is unreachable (a port nobody listens on): the queue is
     * down for its sends, while the dev host still delivers from the real Azurite.
     */
    public void installAppWithTheQueueDown() {
        installApp(
                DEFAULT_POOL_SIZE,
                Map.of(STORAGE_SETTING, AzuriteServer.connectionStringFor(FreePorts.freePort())));
    }

    /** Registers a tenant through the API, as an operator would, and returns its id. */
    public UUID createTenant(String slugPrefix) {
        String slug = slugPrefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient.Response created =
                operator()
                        .post(
                                "/api/tenants",
                                "{\"name\":\"" + slugPrefix + "\",\"slug\":\"" + slug + "\"}");
        if (created.status() != 201) {
            throw new IllegalStateException("tenant not created: " + created);
        }
        return UUID.fromString(created.json().get("customerId").asText());
    }

    private void stop() {
        try {
            host.close();
            ProcessApp.install(null);
            identityProvider.close();
            azurite.close();
            database.close();
        } catch (Exception e) {
            // the JVM is exiting; nothing useful to do
        }
    }
}
