package io.gatehouse.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.azure.core.exception.HttpResponseException;
import com.azure.core.exception.ResourceNotFoundException;
import com.azure.core.http.HttpResponse;
import com.azure.security.keyvault.secrets.SecretClient;
import com.azure.security.keyvault.secrets.models.KeyVaultSecret;
import io.gatehouse.testing.TestClock;
import io.gatehouse.testing.TestSecrets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Key Vault cannot run here: the SDK's SecretClient is mocked, everything above it is real. */
class KeyVaultSecretsTest {

    private static final String VAULT = "https://kv-gatehouse-test.vault.azure.net/";

    private final SecretClient client = mock(SecretClient.class);
    private final TestClock clock = new TestClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final KeyVaultSecrets secrets =
            new KeyVaultSecrets(client, VAULT, Duration.ofMinutes(5), clock);

    @Test
    void aSecretIsReadOnceAndServedFromTheCacheUntilItsTtlEnds() {
        String first = TestSecrets.random();
        String rotated = TestSecrets.random();
        when(client.getSecret("pii-hash-key"))
                .thenReturn(new KeyVaultSecret("pii-hash-key", first))
                .thenReturn(new KeyVaultSecret("pii-hash-key", rotated));

        assertThat(secrets.find("pii-hash-key")).contains(first);
        clock.advance(Duration.ofMinutes(4));
        assertThat(secrets.find("pii-hash-key")).contains(first);
        verify(client, times(1)).getSecret("pii-hash-key");

        // Rotated in the vault: picked up once the TTL has passed, without a restart.
        clock.advance(Duration.ofMinutes(1));
        assertThat(secrets.find("pii-hash-key")).contains(rotated);
        verify(client, times(2)).getSecret("pii-hash-key");
    }

    @Test
    void aSecretTheVaultDoesNotHaveIsEmptyAndRequireNamesTheVault() {
        var notFound = new ResourceNotFoundException("SecretNotFound", response(404));
        when(client.getSecret("smtp-password")).thenThrow(notFound);

        assertThat(secrets.find("smtp-password")).isEmpty();
        assertThatThrownBy(() -> secrets.require("smtp-password"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("Secret smtp-password in Key Vault " + VAULT + " is missing");
    }

    @Test
    void startUpWithARequiredSecretMissingFromTheVaultNamesTheVaultAndTheSecret() {
        var notFound = new ResourceNotFoundException("SecretNotFound", response(404));
        when(client.getSecret("pii-hash-key")).thenThrow(notFound);

        assertThatThrownBy(() -> SecretStores.requirePresent(secrets))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage(
                        "Required secret(s) missing: Secret pii-hash-key in Key Vault " + VAULT);
    }

    @Test
    void aRefusedReadIsAClearFailureThatCarriesNoValueAndIsNotServedStale() {
        String value = TestSecrets.random();
        var forbidden = new HttpResponseException("Forbidden: value " + value, response(403));
        when(client.getSecret("pii-hash-key"))
                .thenReturn(new KeyVaultSecret("pii-hash-key", value))
                .thenThrow(forbidden);

        assertThat(secrets.find("pii-hash-key")).contains(value);
        clock.advance(Duration.ofMinutes(6));

        assertThatThrownBy(() -> secrets.find("pii-hash-key"))
                .isInstanceOf(SecretStoreUnavailableException.class)
                .hasMessageContaining("pii-hash-key")
                .hasMessageContaining("HTTP 403")
                .hasMessageContaining("Key Vault Secrets User")
                .hasMessageNotContaining(value)
                .hasNoCause();
    }

    @Test
    void anUnreachableVaultIsAClearFailure() {
        when(client.getSecret("pii-hash-key"))
                .thenThrow(new IllegalStateException("connection reset"));

        assertThatThrownBy(() -> secrets.find("pii-hash-key"))
                .isInstanceOf(SecretStoreUnavailableException.class)
                .hasMessage(
                        "Secret pii-hash-key in Key Vault "
                                + VAULT
                                + " could not be read (IllegalStateException)");
    }

    @Test
    void namesKeyVaultWouldRefuseAreRefusedBeforeAnyCall() {
        assertThatThrownBy(() -> secrets.find("../keys/other"))
                .isInstanceOf(IllegalArgumentException.class);
        verify(client, times(0)).getSecret(org.mockito.ArgumentMatchers.anyString());
    }

    private static HttpResponse response(int status) {
        HttpResponse response = mock(HttpResponse.class);
        when(response.getStatusCode()).thenReturn(status);
        return response;
    }
}
