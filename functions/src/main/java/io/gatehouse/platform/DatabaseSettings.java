package io.gatehouse.platform;

import java.util.Optional;

/**
 * How the runtime reaches PostgreSQL. Two ways to authenticate, by {@code GATEHOUSE_DB_AUTH}:
 * {@code password} (local only) or {@code managed-identity} (Azure: an Entra token from the
 * function app's identity is the password, fetched and renewed by the JDBC authentication plugin).
 */
public record DatabaseSettings(
        String jdbcUrl,
        String user,
        AuthMode auth,
        Optional<String> password,
        Optional<String> managedIdentityClientId,
        int poolSize) {

    public enum AuthMode {
        PASSWORD,
        MANAGED_IDENTITY
    }

    public DatabaseSettings {
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new ConfigurationException("GATEHOUSE_DB_URL must be a jdbc:postgresql: URL");
        }
        if (auth == AuthMode.PASSWORD && password.isEmpty()) {
            throw new ConfigurationException(
                    "GATEHOUSE_DB_PASSWORD is required when GATEHOUSE_DB_AUTH=password");
        }
        if (auth == AuthMode.MANAGED_IDENTITY && password.isPresent()) {
            throw new ConfigurationException(
                    "GATEHOUSE_DB_PASSWORD must not be set with managed-identity authentication");
        }
        if (poolSize < 1 || poolSize > 100) {
            throw new ConfigurationException("GATEHOUSE_DB_POOL_SIZE must be between 1 and 100");
        }
    }

    public static DatabaseSettings from(Settings settings) {
        AuthMode auth =
                switch (settings.orDefault("GATEHOUSE_DB_AUTH", "managed-identity")) {
                    case "password" -> AuthMode.PASSWORD;
                    case "managed-identity" -> AuthMode.MANAGED_IDENTITY;
                    default ->
                            throw new ConfigurationException(
                                    "GATEHOUSE_DB_AUTH must be password or managed-identity");
                };
        return new DatabaseSettings(
                settings.required("GATEHOUSE_DB_URL"),
                settings.required("GATEHOUSE_DB_USER"),
                auth,
                settings.optional("GATEHOUSE_DB_PASSWORD"),
                settings.optional("AZURE_CLIENT_ID"),
                settings.intOrDefault("GATEHOUSE_DB_POOL_SIZE", 10));
    }
}
