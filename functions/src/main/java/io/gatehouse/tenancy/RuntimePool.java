package io.gatehouse.tenancy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.gatehouse.platform.DatabaseSettings;

/**
 * Builds the runtime's connection pool. Package-private on purpose: {@link TenantTransactions} is
 * the only class that can create, and so hold, a pool of runtime connections.
 */
final class RuntimePool {

    static final String ENTRA_AUTH_PLUGIN =
            "com.azure.identity.extensions.jdbc.postgresql.AzurePostgresqlAuthenticationPlugin";

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
        switch (settings.auth()) {
            case PASSWORD -> config.setPassword(settings.password().orElseThrow());
            case MANAGED_IDENTITY -> {
                config.addDataSourceProperty("authenticationPluginClassName", ENTRA_AUTH_PLUGIN);
                config.addDataSourceProperty("sslmode", "require");
                settings.managedIdentityClientId()
                        .ifPresent(clientId -> config.addDataSourceProperty("azure.clientId", clientId));
                // Entra tokens live about an hour; recycle connections well before that.
                config.setMaxLifetime(30 * 60_000L);
            }
        }
        return config;
    }
}
