package io.gatehouse.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.app.Gatehouse;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretStoresTest {

    @Test
    void withoutAVaultTheSecretsAreSettings() {
        Secrets secrets =
                SecretStores.from(
                        Settings.of(Map.of("GATEHOUSE_SECRET_PII_HASH_KEY", "local-key")));
        assertThat(secrets).isInstanceOf(SettingsSecrets.class);
        assertThat(secrets.find("pii-hash-key")).contains("local-key");
    }

    @Test
    void withAVaultUriTheSecretsComeFromKeyVaultAndNotFromSettings() {
        Secrets secrets =
                SecretStores.from(
                        Settings.of(
                                Map.of(
                                        "GATEHOUSE_KEYVAULT_URI",
                                                "https://kv-gatehouse-test.vault.azure.net/",
                                        "AZURE_CLIENT_ID", "11111111-2222-3333-4444-555555555555",
                                        "GATEHOUSE_SECRET_PII_HASH_KEY", "must-not-be-used")));
        assertThat(secrets).isInstanceOf(KeyVaultSecrets.class);
        assertThat(secrets.locate("pii-hash-key"))
                .contains("https://kv-gatehouse-test.vault.azure.net/");
    }

    @Test
    void aVaultUriThatIsNotHttpsIsRefused() {
        assertThatThrownBy(
                        () ->
                                SecretStores.from(
                                        Settings.of(
                                                Map.of(
                                                        "GATEHOUSE_KEYVAULT_URI",
                                                        "http://kv.example/"))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("GATEHOUSE_KEYVAULT_URI");
    }

    @Test
    void aMissingRequiredSecretStopsStartUpAndSaysWhereItBelongs() {
        Secrets none = new SettingsSecrets(Settings.of(Map.of()));
        assertThatThrownBy(() -> SecretStores.requirePresent(none))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage(
                        "Required secret(s) missing: Secret pii-hash-key (setting GATEHOUSE_SECRET_PII_HASH_KEY)");
    }

    @Test
    void optionalSecretsMayBeAbsent() {
        Secrets onlyRequired =
                new SettingsSecrets(Settings.of(Map.of("GATEHOUSE_SECRET_PII_HASH_KEY", "k")));
        SecretStores.requirePresent(onlyRequired);
        assertThat(onlyRequired.find(SecretStores.OPTIONAL.getFirst())).isEmpty();
    }

    @Test
    void startUpRefusesAnyUnresolvedKeyVaultReferenceAndNamesOnlyTheSetting() {
        Settings settings =
                Settings.of(
                        Map.of(
                                "GATEHOUSE_SECRET_PII_HASH_KEY",
                                "k",
                                "SOME_SETTING_THE_CODE_NEVER_READS",
                                "@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/x/)"));
        assertThatThrownBy(() -> Gatehouse.create(settings))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("SOME_SETTING_THE_CODE_NEVER_READS")
                .hasMessageNotContaining("kv.vault.azure.net");
    }

    @Test
    void theAppDoesNotStartWithoutItsRequiredSecret() {
        Settings settings =
                Settings.of(
                        Map.of(
                                "GATEHOUSE_DB_URL", "jdbc:postgresql://127.0.0.1:1/gatehouse",
                                "GATEHOUSE_DB_USER", "u",
                                "GATEHOUSE_DB_AUTH", "password",
                                "GATEHOUSE_DB_PASSWORD", "p",
                                "GATEHOUSE_OIDC_ISSUER", "https://idp.example/realms/x",
                                "GATEHOUSE_OIDC_AUDIENCE", "gatehouse-api",
                                "AzureWebJobsStorage", "UseDevelopmentStorage=true"));
        assertThatThrownBy(() -> Gatehouse.create(settings))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("pii-hash-key");
    }
}
