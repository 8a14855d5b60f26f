package io.gatehouse.app;

import io.gatehouse.platform.Settings;
import java.util.Map;

/**
 * Settings with which the composition root builds a whole graph without contacting anything: the
 * pool starts without its database, the issuer's keys load on the first token, and no queue is
 * written to. For tests of start-up checks and of the wiring.
 */
final class OfflineAppSettings {

    static final Settings APP =
            Settings.of(
                    Map.of(
                            "GATEHOUSE_OIDC_ISSUER", "https://issuer.invalid/realms/test",
                            "GATEHOUSE_OIDC_AUDIENCE", "gatehouse-api",
                            "AzureWebJobsStorage", "UseDevelopmentStorage=true",
                            "GATEHOUSE_DB_URL", "jdbc:postgresql://127.0.0.1:1/gatehouse",
                            "GATEHOUSE_DB_USER", "gatehouse_runtime",
                            "GATEHOUSE_DB_AUTH", "password",
                            "GATEHOUSE_DB_PASSWORD", "not-used",
                            // present, so that start-up gets past the required-secrets check
                            "GATEHOUSE_SECRET_PII_HASH_KEY",
                                    "0123456789abcdef0123456789abcdef0123456789abcdef"));

    private OfflineAppSettings() {}
}
