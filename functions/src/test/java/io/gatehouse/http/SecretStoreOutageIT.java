package io.gatehouse.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.pii.PseudonymKey;
import io.gatehouse.platform.SecretStoreUnavailableException;
import io.gatehouse.platform.Secrets;
import io.gatehouse.testing.ApiClient;
import io.gatehouse.testing.ApiClient.Response;
import io.gatehouse.testing.GatehouseStack;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The secret store failing while the app runs (Key Vault throttled, unreachable, or the identity's
 * role removed): a request that needs a secret answers 503 problem+json with its correlation id and
 * Retry-After, never a 500 and never a weaker masking, and the same app serves it again once the
 * store answers. The store here is the settings' own values behind a switch; how Key Vault's SDK
 * failures become {@link SecretStoreUnavailableException} is KeyVaultSecretsTest's.
 */
class SecretStoreOutageIT {

    private static final String EMAIL_HASHED =
            "{\"entities\": {\"EMAIL\": {\"operator\": \"hash\"}}}";

    private final AtomicBoolean storeDown = new AtomicBoolean();
    private GatehouseStack stack;

    /** The store the app reads: the run's key, or an outage while {@link #storeDown} is set. */
    private final Secrets switchable =
            name -> {
                if (storeDown.get()) {
                    throw new SecretStoreUnavailableException(
                            "Secret " + name + " in Key Vault kv-outage-test (HTTP 429)");
                }
                return name.equals(PseudonymKey.SECRET_NAME)
                        ? Optional.of(GatehouseStack.PII_HASH_KEY)
                        : Optional.empty();
            };

    @BeforeEach
    void appReadingTheSwitchableStore() {
        stack = GatehouseStack.shared();
        stack.installApp(1, Map.of(), null, switchable);
    }

    @AfterEach
    void restore() {
        stack.installApp(GatehouseStack.DEFAULT_POOL_SIZE);
    }

    @Test
    void aRequestNeedingASecretDuringAnOutageAnswers503WithRetryAfterAndRecoversWithTheStore() {
        UUID tenant = stack.createTenant("vault-outage");
        ApiClient admin = stack.adminOf(tenant);
        assertThat(admin.send("PUT", "/api/pii/policy", "application/json", EMAIL_HASHED).status())
                .isEqualTo(200);
        ApiClient user = stack.userOf(tenant).withHeader("X-Correlation-ID", "cid-outage-1");
        String text = "{\"text\": \"write to ada@example.org today\"}";

        storeDown.set(true);
        Response during = user.post("/api/pii/mask", text);
        assertThat(during.status()).isEqualTo(503);
        assertThat(during.header("Content-Type")).startsWith("application/problem+json");
        assertThat(during.header("X-Correlation-ID")).isEqualTo("cid-outage-1");
        assertThat(during.header("Retry-After")).isEqualTo("30");
        assertThat(during.json().get("correlationId").asText()).isEqualTo("cid-outage-1");
        assertThat(during.body()).doesNotContain("ada@example.org", "kv-outage-test");

        storeDown.set(false);
        Response after = user.post("/api/pii/mask", text);
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.json().get("masked").asText())
                .doesNotContain("ada@example.org")
                .contains("<EMAIL:");
    }
}
