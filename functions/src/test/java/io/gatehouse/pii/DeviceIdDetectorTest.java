package io.gatehouse.pii;

import static io.gatehouse.pii.DetectorAssertions.found;
import static io.gatehouse.pii.DetectorAssertions.megabyteOf;
import static io.gatehouse.pii.DetectorAssertions.millisOver;
import static io.gatehouse.pii.DetectorAssertions.reported;
import static io.gatehouse.pii.DetectorAssertions.score;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** DeviceIdDetector alone: IMEIs, MAC addresses, UDIs, cued UUIDs and serial numbers. */
class DeviceIdDetectorTest {

    private static final DeviceIdDetector DEVICES = new DeviceIdDetector();

    @Test
    void imeisPassLuhnAndAreSurerWithACue() {
        assertThat(score(DEVICES, "IMEI 490154203237518")).isEqualTo(0.95);
        assertThat(score(DEVICES, "ref 490154203237518")).isEqualTo(0.6);
        assertThat(reported(DEVICES, "handset 35-209900-176148-1 and 35 209900 176148 1"))
                .containsExactly("35-209900-176148-1", "35 209900 176148 1");
        assertThat(found(DEVICES, "ref 490154203237519")).as("check digit").isEmpty();
        assertThat(found(DEVICES, "ref 4901542032375180")).as("16 digits").isEmpty();
        assertThat(found(DEVICES, "ref 000000000000000")).isEmpty();
    }

    @Test
    void macAddressesInTheirThreeNotations() {
        assertThat(
                        reported(
                                DEVICES,
                                "MAC 00:1A:2B:3C:4D:5E, wifi 00-1a-2b-3c-4d-5e, switch port 001a.2b3c.4d5e"))
                .containsExactly("00:1A:2B:3C:4D:5E", "00-1a-2b-3c-4d-5e", "001a.2b3c.4d5e");
        assertThat(score(DEVICES, "seen a4:5e:60:e2:13:9b")).isEqualTo(0.9);
        assertThat(score(DEVICES, "MAC address a4:5e:60:e2:13:9b")).isEqualTo(0.95);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "00:1A:2B:3C:4D",
                "00:1A:2B:3C:4D:5E:6F",
                "fe80::1ff:fe23:4567:890a",
                "at 12:30:45",
                "00:1A-2B:3C:4D:5E",
                "request 123e4567-e89b-12d3-a456-426614174000 failed",
                "order 4821337",
                "call 212-555-0199",
                "born 12/03/1980",
                "version 10.4.2.1"
            })
    void lookAlikesAreNotDeviceIds(String text) {
        assertThat(reported(DEVICES, text)).isEmpty();
    }

    @Test
    void uuidsOnlyWithADeviceCue() {
        assertThat(reported(DEVICES, "device id 123e4567-e89b-12d3-a456-426614174000"))
                .containsExactly("123e4567-e89b-12d3-a456-426614174000");
        assertThat(reported(DEVICES, "IDFA: 6D92078A-8246-4BA4-AE5B-76104861E7DC"))
                .containsExactly("6D92078A-8246-4BA4-AE5B-76104861E7DC");
    }

    @Test
    void udisAndCuedSerialNumbers() {
        assertThat(
                        reported(
                                DEVICES,
                                "implant label (01)00884521123456(17)250101(10)ABC123(21)A1B2C3 noted"))
                .containsExactly("(01)00884521123456(17)250101(10)ABC123(21)A1B2C3");
        assertThat(
                        reported(
                                DEVICES,
                                "S/N: C02XK1ZJJG5H; Seriennummer 4711-0815-AB; pacemaker serial PJN123456H"))
                .containsExactly("C02XK1ZJJG5H", "4711-0815-AB", "PJN123456H");
        assertThat(reported(DEVICES, "numéro de série : 12AB34567, número de serie SN-88123"))
                .containsExactly("12AB34567", "SN-88123");
        assertThat(reported(DEVICES, "serial number unknown; implant placed 12/03/2019")).isEmpty();
    }

    @Test
    void hostileInputFinishesFast() {
        List<Candidate> out = new ArrayList<>();
        assertThat(millisOver(DEVICES, megabyteOf("a:"), out)).isLessThan(2_000);
        assertThat(millisOver(DEVICES, megabyteOf("1"), out)).isLessThan(2_000);
        assertThat(millisOver(DEVICES, megabyteOf("(01)"), out)).isLessThan(2_000);
        assertThat(millisOver(DEVICES, megabyteOf("aa-"), out)).isLessThan(2_000);
        assertThat(millisOver(DEVICES, megabyteOf("serial "), out)).isLessThan(2_000);
        assertThat(out).isEmpty();
        assertThat(millisOver(DEVICES, megabyteOf("00:1A:2B:3C:4D:5E "), out)).isLessThan(2_000);
    }
}
