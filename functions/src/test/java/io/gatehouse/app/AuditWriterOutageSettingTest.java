package io.gatehouse.app;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.platform.ConfigurationException;
import io.gatehouse.platform.Settings;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * GATEHOUSE_AUDIT_WRITER_OUTAGE_SECONDS: a wait the Functions host can afford, or the app does not
 * start.
 */
class AuditWriterOutageSettingTest {

    private static final Settings APP = OfflineAppSettings.APP;

    @Test
    void aWaitOutsideZeroToSixHundredSecondsOrNotANumberIsRefusedAtStartUp() {
        for (String value : new String[] {"-1", "601", "two minutes"}) {
            assertThatThrownBy(
                            () ->
                                    Gatehouse.create(
                                            APP.with(
                                                    Map.of(
                                                            Gatehouse.AUDIT_WRITER_OUTAGE_SECONDS,
                                                            value))))
                    .as(value)
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining(Gatehouse.AUDIT_WRITER_OUTAGE_SECONDS);
        }
    }
}
