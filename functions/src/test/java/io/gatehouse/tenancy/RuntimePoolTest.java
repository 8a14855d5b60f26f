package io.gatehouse.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import io.gatehouse.platform.DatabaseSettings;
import io.gatehouse.platform.Settings;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuntimePoolTest {

    @Test
    void managedIdentityUsesTheEntraPluginAndNoPassword() {
        Settings settings =
                Settings.of(
                        Map.of(
                                "GATEHOUSE_DB_URL", "jdbc:postgresql://pg.example:5432/gatehouse",
                                "GATEHOUSE_DB_USER", "func-gatehouse",
                                "AZURE_CLIENT_ID", "11111111-2222-3333-4444-555555555555"));
        HikariConfig config = RuntimePool.configFor(DatabaseSettings.from(settings));
        assertThat(config.getPassword()).isNull();
        assertThat(config.getDataSourceProperties())
                .containsEntry("authenticationPluginClassName", RuntimePool.ENTRA_AUTH_PLUGIN)
                .containsEntry("azure.clientId", "11111111-2222-3333-4444-555555555555")
                .containsEntry("sslmode", "verify-full")
                .containsEntry("sslfactory", "org.postgresql.ssl.DefaultJavaSSLFactory");
        assertThat(config.isAutoCommit()).isFalse();
    }

    @Test
    void passwordLoginsGetTheirPasswordAndEveryPoolCapsStatements() {
        Settings settings =
                Settings.of(
                        Map.of(
                                "GATEHOUSE_DB_URL", "jdbc:postgresql://localhost:5432/gatehouse",
                                "GATEHOUSE_DB_USER", "gatehouse_runtime",
                                "GATEHOUSE_DB_AUTH", "password",
                                "GATEHOUSE_DB_PASSWORD", "local-only",
                                "GATEHOUSE_DB_POOL_SIZE", "3"));
        HikariConfig config = RuntimePool.configFor(DatabaseSettings.from(settings));
        assertThat(config.getPassword()).isEqualTo("local-only");
        assertThat(config.getMaximumPoolSize()).isEqualTo(3);
        assertThat(config.getDataSourceProperties())
                .doesNotContainKey("authenticationPluginClassName")
                .containsEntry("options", "-c statement_timeout=15000");
    }
}
