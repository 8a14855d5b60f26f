package io.gatehouse.platform;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void anUnresolvedKeyVaultReferenceIsAFatalErrorNotAValue() {
        Settings settings =
                Settings.of(
                        Map.of(
                                "GATEHOUSE_DB_PASSWORD",
                                "@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/db/)"));
        assertThatThrownBy(() -> settings.optional("GATEHOUSE_DB_PASSWORD"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("GATEHOUSE_DB_PASSWORD")
                .hasMessageNotContaining("vault.azure.net");
    }

    @Test
    void passwordAuthenticationIsRefusedWithoutAPasswordAndManagedIdentityWithOne() {
        Map<String, String> base =
                Map.of(
                        "GATEHOUSE_DB_URL",
                        "jdbc:postgresql://localhost/gatehouse",
                        "GATEHOUSE_DB_USER",
                        "u");
        assertThatThrownBy(
                        () ->
                                DatabaseSettings.from(
                                        Settings.of(base)
                                                .with(Map.of("GATEHOUSE_DB_AUTH", "password"))))
                .isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(
                        () ->
                                DatabaseSettings.from(
                                        Settings.of(base)
                                                .with(Map.of("GATEHOUSE_DB_PASSWORD", "p"))))
                .isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(
                        () ->
                                DatabaseSettings.from(
                                        Settings.of(base)
                                                .with(
                                                        Map.of(
                                                                "GATEHOUSE_DB_URL",
                                                                "jdbc:mysql://x"))))
                .isInstanceOf(ConfigurationException.class);
    }
}
