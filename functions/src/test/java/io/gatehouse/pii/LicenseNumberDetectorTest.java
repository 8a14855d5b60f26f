package io.gatehouse.pii;

import static io.gatehouse.pii.DetectorAssertions.found;
import static io.gatehouse.pii.DetectorAssertions.megabyteOf;
import static io.gatehouse.pii.DetectorAssertions.millisOver;
import static io.gatehouse.pii.DetectorAssertions.reported;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** LicenseNumberDetector alone: cued licence numbers, UK driving licences, NPI and DEA numbers. */
class LicenseNumberDetectorTest {

    private static final LicenseNumberDetector LICENCES = new LicenseNumberDetector();

    /** The best score among candidates covering exactly {@code value}. */
    private static double scoreOf(String text, String value) {
        return DetectorAssertions.candidates(LICENCES, text).stream()
                .filter(c -> text.substring(c.start(), c.end()).equals(value))
                .mapToDouble(Candidate::score)
                .max()
                .orElse(0);
    }

    @Test
    void cuedLicenceNumbersInSeveralLanguages() {
        assertThat(
                        reported(
                                LICENCES,
                                "Driver's license: D1234567 (CA), DL# 123 456 789, license no. 12345678"))
                .containsExactly("D1234567", "123 456 789", "12345678");
        assertThat(
                        reported(
                                LICENCES,
                                "Führerscheinnummer B072RRE2I55; permis de conduire n° 12AB34567"))
                .containsExactly("B072RRE2I55", "12AB34567");
        assertThat(
                        reported(
                                LICENCES,
                                "GMC number 7123456, medical licence MD-448812, rijbewijsnummer 5123456789"))
                .containsExactly("7123456", "MD-448812", "5123456789");
        assertThat(scoreOf("license A1234567", "A1234567")).isEqualTo(0.85);
        assertThat(scoreOf("certificate CERT-2291-X8", "CERT-2291-X8")).isEqualTo(0.8);
        assertThat(scoreOf("certificate no. CERT-2291-X8", "CERT-2291-X8")).isEqualTo(0.9);
    }

    @Test
    void ukDrivingLicencesByTheirCodedBirthDate() {
        assertThat(reported(LICENCES, "licence MORGA753116SM9IJ"))
                .containsExactly("MORGA753116SM9IJ");
        assertThat(scoreOf("licence MORGA753116SM9IJ", "MORGA753116SM9IJ")).isEqualTo(0.95);
        assertThat(scoreOf("holder MORGA753116SM9IJ", "MORGA753116SM9IJ")).isEqualTo(0.85);
        assertThat(found(LICENCES, "holder MORGA793116SM9IJ")).as("month 93").isEmpty();
        assertThat(found(LICENCES, "holder MORGA753336SM9IJ")).as("day 33").isEmpty();
        assertThat(found(LICENCES, "holder XMORGA753116SM9IJ")).isEmpty();
    }

    @Test
    void npiNumbersPassLuhnWithThe80840Prefix() {
        assertThat(scoreOf("NPI: 1234567893", "1234567893")).isEqualTo(0.95);
        assertThat(scoreOf("provider 1987654328", "1987654328")).isEqualTo(0.55);
        assertThat(found(LICENCES, "ref 2912345677")).containsExactly("2912345677");
        assertThat(found(LICENCES, "ref 1234567890")).as("check digit").isEmpty();
        assertThat(found(LICENCES, "ref 3234567893 5912345677")).as("starts with 1 or 2").isEmpty();
        assertThat(found(LICENCES, "ref 12345678931")).as("eleven digits").isEmpty();
    }

    @Test
    void deaNumbersCarryACheckDigit() {
        assertThat(scoreOf("DEA# AB1234563", "AB1234563")).isEqualTo(0.95);
        assertThat(scoreOf("prescriber BJ6125341", "BJ6125341")).isEqualTo(0.95);
        assertThat(scoreOf("code BJ6125341", "BJ6125341")).isEqualTo(0.7);
        assertThat(found(LICENCES, "code AB1234567")).as("check digit").isEmpty();
        assertThat(found(LICENCES, "code IB1234563")).as("I is no registrant type").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "license expires 12/03/2027",
                "license fee $12500",
                "licence renewed 2024-01-15",
                "license plate AB12 CDE",
                "licence 1234",
                "order 48213377 and invoice 88213377",
                "version 10.4.2 licensed under MIT"
            })
    void nearMissesAreNotLicences(String text) {
        assertThat(reported(LICENCES, text)).isEmpty();
    }

    @Test
    void hostileInputFinishesFast() {
        List<Candidate> out = new ArrayList<>();
        assertThat(millisOver(LICENCES, megabyteOf("1"), out)).isLessThan(2_000);
        assertThat(millisOver(LICENCES, megabyteOf("AB"), out)).isLessThan(2_000);
        assertThat(millisOver(LICENCES, megabyteOf("license "), out)).isLessThan(2_000);
        assertThat(millisOver(LICENCES, megabyteOf("DL 1-"), out)).isLessThan(2_000);
        assertThat(millisOver(LICENCES, megabyteOf("MORGA7 "), out)).isLessThan(2_000);
        assertThat(out).allSatisfy(c -> assertThat(c.length()).isLessThanOrEqualTo(30));
    }
}
