package io.gatehouse.app;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.platform.ConfigurationException;
import io.gatehouse.platform.Settings;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GATEHOUSE_AUDIT_WRITER_OUTAGE_SECONDS: a wait the Functions host can afford, or the app does not start. */
class AuditWriterOutageSettingTest {

    private static final Settings APP = Settings.of(Map.of(
            "GATEHOUSE_OIDC_ISSUER", "https://issuer.invalid/realms/test",
            "GATEHOUSE_OIDC_AUDIENCE", "gatehouse-api",
            "AzureWebJobsStorage", "UseDevelopmentStorage=true",
            "GATEHOUSE_DB_URL", "jdbc:postgresql://127.0.0.1:1/gatehouse",
            "GATEHOUSE_DB_USER", "gatehouse_runtime",
            "GATEHOUSE_DB_AUTH", "password",
            "GATEHOUSE_DB_PASSWORD", "not-used",
            // present, so that start-up gets as far as the setting under test
            "GATEHOUSE_SECRET_PII_HASH_KEY", "not-used"));

    @Test
    void aWaitOutsideZeroToSixHundredSecondsOrNotANumberIsRefusedAtStartUp() {
        for (String value : new String[] {"-1", "601", "two minutes"}) {
            assertThatThrownBy(() -> Gatehouse.create(APP.with(Map.of(Gatehouse.AUDIT_WRITER_OUTAGE_SECONDS, value))))
                    .as(value)
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining(Gatehouse.AUDIT_WRITER_OUTAGE_SECONDS);
        }
    }
}
