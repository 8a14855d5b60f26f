package io.gatehouse.tenancy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.gatehouse.platform.DatabaseSettings;
import java.time.Duration;

/**
 * Builds the runtime's connection pool. Package-private on purpose: {@link TenantTransactions} is
 * the only class that can create, and so hold, a pool of runtime connections.
 */
final class RuntimePool {

    static final String ENTRA_AUTH_PLUGIN =
            "com.azure.identity.extensions.jdbc.postgresql.AzurePostgresqlAuthenticationPlugin";

    /**
     * Entra access tokens for PostgreSQL are issued, by default, for 60 to 90 minutes. A connection
     * outlives its token once logged in, so the pool recycles every connection well within a
     * token's lifetime: each replacement logs in with a token issued then, and an identity whose
     * access was revoked loses its pooled connections within this bound, not never.
     */
    static final Duration MANAGED_IDENTITY_MAX_LIFETIME = Duration.ofMinutes(30);

    /**
     * The shortest default lifetime of an Entra access token (60 to 90 minutes, randomised). A
     * tenant that lowers it with a token-lifetime policy must lower the pool's lifetime too.
     */
    static final Duration SHORTEST_ENTRA_TOKEN_LIFETIME = Duration.ofMinutes(60);

    private RuntimePool() {}

    static HikariDataSource create(DatabaseSettings settings) {
        return new HikariDataSource(configFor(settings));
    }

    static HikariConfig configFor(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("gatehouse-runtime");
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(Math.min(2, settings.poolSize()));
        // Every unit of work is an explicit transaction opened by TenantTransactions.
        config.setAutoCommit(false);
        config.setConnectionTimeout(5_000);
        // Start even when the database is down: requests then answer 503 and recover with it,
        // instead of the app failing to start on a cold start during a database restart.
        config.setInitializationFailTimeout(-1);
        config.setValidationTimeout(2_000);
        config.addDataSourceProperty("ApplicationName", "gatehouse");
        // A runaway statement must not hold a pooled connection for ever.
        config.addDataSourceProperty("options", "-c statement_timeout=15000");
        // Connection.setReadOnly(true) opens the transaction with BEGIN READ ONLY (the driver's
        // default, stated here because TenantTransactions' read-only transactions rest on it).
        config.addDataSourceProperty("readOnlyMode", "transaction");
        switch (settings.auth()) {
            case PASSWORD -> config.setPassword(settings.password().orElseThrow());
            case MANAGED_IDENTITY -> {
                // pgjdbc asks the plugin for a password each time it opens a physical connection;
                // the plugin answers with a fresh Entra access token for the oss-rdbms audience.
                config.addDataSourceProperty("authenticationPluginClassName", ENTRA_AUTH_PLUGIN);
                // TLS with the server's certificate and host name verified against the JVM's
                // trust store (Azure's roots are there), not merely encrypted: a token is a
                // password.
                config.addDataSourceProperty("sslmode", "verify-full");
                config.addDataSourceProperty(
                        "sslfactory", "org.postgresql.ssl.DefaultJavaSSLFactory");
                // The managed identity only: without this the plugin falls back to
                // DefaultAzureCredential, which would also try environment and developer logins.
                config.addDataSourceProperty("azure.managedIdentityEnabled", "true");
                settings.managedIdentityClientId()
                        .ifPresent(
                                clientId ->
                                        config.addDataSourceProperty("azure.clientId", clientId));
                config.setMaxLifetime(MANAGED_IDENTITY_MAX_LIFETIME.toMillis());
            }
        }
        return config;
    }
}
