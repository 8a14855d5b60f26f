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

/** VehicleIdDetector alone: VINs by their check digit or cue, licence plates by their cue. */
class VehicleIdDetectorTest {

    private static final VehicleIdDetector VEHICLES = new VehicleIdDetector();

    @Test
    void vinsThatPassTheCheckDigitNeedNoCue() {
        assertThat(reported(VEHICLES, "lot 1HGCM82633A004352 and unit 1M8GDM9AXKP042788"))
                .containsExactly("1HGCM82633A004352", "1M8GDM9AXKP042788");
        assertThat(score(VEHICLES, "seen 1HGCM82633A004352")).isEqualTo(0.9);
        assertThat(score(VEHICLES, "VIN: 1HGCM82633A004352")).isEqualTo(1.0);
    }

    @Test
    void vinsWithoutAValidCheckDigitNeedTheCue() {
        assertThat(found(VEHICLES, "seen 1HGCM82633A004353")).isEmpty();
        assertThat(score(VEHICLES, "VIN WVWZZZ1JZXW000001")).isEqualTo(0.85);
        assertThat(score(VEHICLES, "Fahrgestellnummer: WVWZZZ1JZXW000001")).isEqualTo(0.85);
        assertThat(found(VEHICLES, "part WVWZZZ1JZXW000001")).isEmpty();
    }

    @Test
    void vinLookAlikes() {
        assertThat(found(VEHICLES, "VIN 1HGCM82633A00435")).as("16 characters").isEmpty();
        assertThat(found(VEHICLES, "VIN 1HGCM82633A0043521")).as("18 characters").isEmpty();
        assertThat(found(VEHICLES, "VIN 1HGCM82633I004352")).as("I is never used").isEmpty();
        assertThat(found(VEHICLES, "ref 12345678901234567")).as("digits only").isEmpty();
        assertThat(found(VEHICLES, "token ABCDEFGHJKLMNPRST")).as("letters only").isEmpty();
    }

    @Test
    void platesInTheirCountriesShapesAfterACue() {
        assertThat(
                        reported(
                                VEHICLES,
                                "registration AB12 CDE; Kennzeichen B-MW 1234; immatriculation AB-123-CD"))
                .containsExactly("AB12 CDE", "B-MW 1234", "AB-123-CD");
        assertThat(
                        reported(
                                VEHICLES,
                                "matrícula 1234 BCD, targa AB 123 CD, kenteken 12-ABC-3, plate 7ABC123"))
                .containsExactly("1234 BCD", "AB 123 CD", "12-ABC-3", "7ABC123");
        assertThat(reported(VEHICLES, "license plate number is ABC-1234."))
                .containsExactly("ABC-1234");
        assertThat(score(VEHICLES, "reg: MX15 ABC")).isEqualTo(0.8);
        assertThat(reported(VEHICLES, "Kennzeichen MÜ-AB 123")).containsExactly("MÜ-AB 123");
        assertThat(score(VEHICLES, "car AB12 CDE")).isEqualTo(0.75);
        assertThat(score(VEHICLES, "the vehicle (WVWZZZ1JZXW000001) was towed")).isEqualTo(0.85);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "AB12 CDE was parked outside",
                "registration 2019 Ford Focus",
                "registration on 12/03/2024",
                "registration: Dr Smith",
                "plate ABCDEF",
                "plate 123456",
                "Kennzeichen unbekannt"
            })
    void platesWithoutACueOrShapeAreNot(String text) {
        assertThat(reported(VEHICLES, text)).isEmpty();
    }

    @Test
    void hostileInputFinishesFast() {
        List<Candidate> out = new ArrayList<>();
        assertThat(millisOver(VEHICLES, megabyteOf("1HGCM8"), out)).isLessThan(2_000);
        assertThat(millisOver(VEHICLES, megabyteOf("A"), out)).isLessThan(2_000);
        assertThat(millisOver(VEHICLES, megabyteOf("plate "), out)).isLessThan(2_000);
        assertThat(millisOver(VEHICLES, megabyteOf("reg A1 "), out)).isLessThan(2_000);
        assertThat(millisOver(VEHICLES, megabyteOf("VIN "), out)).isLessThan(2_000);
        assertThat(out).allSatisfy(c -> assertThat(c.length()).isLessThanOrEqualTo(17));
    }
}
