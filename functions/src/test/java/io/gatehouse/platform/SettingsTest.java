package io.gatehouse.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void anUnresolvedKeyVaultReferenceIsAFatalErrorNotAValue() {
        Settings settings = Settings.of(Map.of("GATEHOUSE_DB_PASSWORD",
                "@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/db/)"));
        assertThatThrownBy(() -> settings.optional("GATEHOUSE_DB_PASSWORD"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("GATEHOUSE_DB_PASSWORD")
                .hasMessageNotContaining("vault.azure.net");
    }

    @Test
    void managedIdentityUsesTheEntraPluginAndNoPassword() {
        Settings settings = Settings.of(Map.of(
                "GATEHOUSE_DB_URL", "jdbc:postgresql://pg.example:5432/gatehouse",
                "GATEHOUSE_DB_USER", "func-gatehouse",
                "AZURE_CLIENT_ID", "11111111-2222-3333-4444-555555555555"));
        HikariConfig config = ConnectionPools.configFor(DatabaseSettings.from(settings));
        assertThat(config.getPassword()).isNull();
        assertThat(config.getDataSourceProperties())
                .containsEntry("authenticationPluginClassName", ConnectionPools.ENTRA_AUTH_PLUGIN)
                .containsEntry("azure.clientId", "11111111-2222-3333-4444-555555555555")
                .containsEntry("sslmode", "require");
        assertThat(config.isAutoCommit()).isFalse();
    }

    @Test
    void passwordAuthenticationIsRefusedWithoutAPasswordAndManagedIdentityWithOne() {
        Map<String, String> base = Map.of("GATEHOUSE_DB_URL", "jdbc:postgresql://localhost/gatehouse", "GATEHOUSE_DB_USER", "u");
        assertThatThrownBy(() -> DatabaseSettings.from(Settings.of(base).with(Map.of("GATEHOUSE_DB_AUTH", "password"))))
                .isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> DatabaseSettings.from(Settings.of(base).with(Map.of("GATEHOUSE_DB_PASSWORD", "p"))))
                .isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> DatabaseSettings.from(Settings.of(base).with(Map.of("GATEHOUSE_DB_URL", "jdbc:mysql://x"))))
                .isInstanceOf(ConfigurationException.class);
    }
}
