package io.gatehouse.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TelemetryTest {

    @Test
    void onAzureTelemetryIsSentWithTheManagedIdentityNamedInTheAuthenticationString() {
        Settings azure =
                Settings.of(
                        Map.of(
                                "APPLICATIONINSIGHTS_AUTHENTICATION_STRING",
                                "Authorization=AAD;ClientId=11111111-2222-3333-4444-555555555555"));
        assertThat(Telemetry.entraIngestionClientId(azure))
                .contains("11111111-2222-3333-4444-555555555555");
        assertThat(Telemetry.entraIngestionClientId(Settings.of(Map.of()))).isEmpty();
    }

    @Test
    void anAuthenticationStringWithoutEntraOrClientIdIsRefused() {
        assertThatThrownBy(
                        () ->
                                Telemetry.entraIngestionClientId(
                                        Settings.of(
                                                Map.of(
                                                        "APPLICATIONINSIGHTS_AUTHENTICATION_STRING",
                                                        "Authorization=AAD"))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("APPLICATIONINSIGHTS_AUTHENTICATION_STRING");
    }
}
