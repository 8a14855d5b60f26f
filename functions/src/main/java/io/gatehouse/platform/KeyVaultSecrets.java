package io.gatehouse.platform;

import com.azure.core.exception.HttpResponseException;
import com.azure.core.exception.ResourceNotFoundException;
import com.azure.identity.DefaultAzureCredentialBuilder;
import com.azure.security.keyvault.secrets.SecretClient;
import com.azure.security.keyvault.secrets.SecretClientBuilder;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Secrets from Azure Key Vault, read with the app's managed identity (role Key Vault Secrets User
 * on this vault only). Values are cached for a short time so that a hot path (hashing PII with the
 * tenant's key) does not call the vault per request, yet a rotated secret is picked up within the
 * TTL without a restart. Thread-safe; one per process.
 *
 * <p>A secret the vault does not have (404) is empty, so the caller decides whether it is required.
 * Any other failure (no permission, vault unreachable, throttled) is a {@link
 * SecretStoreUnavailableException} naming the vault, the secret and the HTTP status, and nothing
 * that was or could be a value. There is no stale fallback: a secret that cannot be read now fails
 * the operation that needs it.
 */
final class KeyVaultSecrets implements Secrets {

    public static final Duration DEFAULT_TTL = Duration.ofMinutes(5);

    /** Key Vault's own rule for secret names: 1-127 letters, digits and hyphens. */
    private static final Pattern SECRET_NAME = Pattern.compile("[0-9A-Za-z-]{1,127}");

    private final SecretClient client;
    private final String vault;
    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(Optional<String> value, Instant fetchedAt) {}

    KeyVaultSecrets(SecretClient client, String vault, Duration ttl, Clock clock) {
        this.client = client;
        this.vault = vault;
        this.ttl = ttl;
        this.clock = clock;
    }

    /**
     * @param vaultUri the vault, {@code https://<name>.vault.azure.net/}
     * @param managedIdentityClientId the user-assigned identity to use ({@code AZURE_CLIENT_ID}),
     *     if any
     */
    public static KeyVaultSecrets connect(
            String vaultUri, Optional<String> managedIdentityClientId) {
        URI uri = URI.create(vaultUri);
        if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new ConfigurationException(
                    "GATEHOUSE_KEYVAULT_URI must be an https:// vault URI");
        }
        var credential = new DefaultAzureCredentialBuilder();
        managedIdentityClientId.ifPresent(credential::managedIdentityClientId);
        SecretClient client =
                new SecretClientBuilder()
                        .vaultUrl(vaultUri)
                        .credential(credential.build())
                        .buildClient();
        return new KeyVaultSecrets(client, vaultUri, DEFAULT_TTL, Clock.systemUTC());
    }

    @Override
    public Optional<String> find(String name) {
        if (!SECRET_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a Key Vault secret name: " + name);
        }
        Instant now = clock.instant();
        Cached cached = cache.get(name);
        if (cached != null && now.isBefore(cached.fetchedAt().plus(ttl))) {
            return cached.value();
        }
        Optional<String> value = fetch(name);
        cache.put(name, new Cached(value, now));
        return value;
    }

    @Override
    public String locate(String name) {
        return "Secret " + name + " in Key Vault " + vault;
    }

    private Optional<String> fetch(String name) {
        try {
            return Optional.ofNullable(client.getSecret(name).getValue());
        } catch (ResourceNotFoundException absent) {
            return Optional.empty();
        } catch (HttpResponseException failure) {
            int status = failure.getResponse() == null ? 0 : failure.getResponse().getStatusCode();
            throw new SecretStoreUnavailableException(
                    locate(name)
                            + " could not be read (HTTP "
                            + status
                            + ")"
                            + (status == 403
                                    ? ": the app's identity needs the Key Vault Secrets User role on the vault"
                                    : ""));
        } catch (RuntimeException failure) {
            // Transport and credential failures: the type says enough, and carries no value.
            throw new SecretStoreUnavailableException(
                    locate(name)
                            + " could not be read ("
                            + failure.getClass().getSimpleName()
                            + ")");
        }
    }
}
