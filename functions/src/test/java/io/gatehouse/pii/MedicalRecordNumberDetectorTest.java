package io.gatehouse.pii;

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

/**
 * MedicalRecordNumberDetector alone: record, patient, case and stay numbers after their labels in
 * nine languages.
 */
class MedicalRecordNumberDetectorTest {

    private static final MedicalRecordNumberDetector MRNS = new MedicalRecordNumberDetector();

    @Test
    void englishLabels() {
        assertThat(reported(MRNS, "MRN: 00482913; medical record number 4471-2290; MRN00112233"))
                .containsExactly("00482913", "4471-2290", "00112233");
        assertThat(
                        reported(
                                MRNS,
                                "hospital no. H-882134, hosp. # 7712093, patient number is 55120987, case no 2024/88123"))
                .containsExactly("H-882134", "7712093", "55120987", "2024/88123");
        assertThat(
                        reported(
                                MRNS,
                                "record no: RX88213, chart # 0099812, NHI ZAB1234, URN 7781234, unit number U778123"))
                .containsExactly("RX88213", "0099812", "ZAB1234", "7781234", "U778123");
        assertThat(reported(MRNS, "Encounter: E-20240311-77, visit no 88123401"))
                .containsExactly("E-20240311-77", "88123401");
    }

    @Test
    void europeanLabels() {
        assertThat(
                        reported(
                                MRNS,
                                "Fallnummer: 40012345, Patientennummer 778812, Pat.-Nr. 99-88123, KIS-Nr 1200334"))
                .containsExactly("40012345", "778812", "99-88123", "1200334");
        assertThat(
                        reported(
                                MRNS,
                                "n° de dossier : 2023-04512 ; numéro de dossier 88123409 ; IPP 800123456"))
                .containsExactly("2023-04512", "88123409", "800123456");
        assertThat(
                        reported(
                                MRNS,
                                "número de historia 1234567; nº historia clínica: HC-887712; NHC 55512345"))
                .containsExactly("1234567", "HC-887712", "55512345");
        assertThat(
                        reported(
                                MRNS,
                                "cartella clinica n. 2024/00781; n. cartella 7781234; patiëntnummer 8812345; "
                                        + "ziekenhuisnummer Z-778123"))
                .containsExactly("2024/00781", "7781234", "8812345", "Z-778123");
        assertThat(
                        reported(
                                MRNS,
                                "numer historii choroby 12345/2024, nr pacjenta 0077812, číslo pacienta 7781234"))
                .containsExactly("12345/2024", "0077812", "7781234");
    }

    @Test
    void scoresFollowTheLabel() {
        assertThat(score(MRNS, "MRN 00482913")).isGreaterThanOrEqualTo(0.9);
        assertThat(score(MRNS, "encounter 88123401")).isEqualTo(0.85);
        assertThat(score(MRNS, "hospital no 88123401")).isGreaterThan(0.9);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "MRN pending",
                "medical record reviewed on 12/03/2021",
                "patient number 1234",
                "case no. 12.50",
                "hospital number +44 20 7946 0958",
                "encounter at 10:30",
                "patient id Jane Doe 12345678",
                "record number 123456789012345678901234567890",
                "Fallnummer DE89370400440532013000",
                "MRNA 12345678"
            })
    void nearMissesAreNotRecordNumbers(String text) {
        assertThat(reported(MRNS, text)).isEmpty();
    }

    @Test
    void hostileInputFinishesFast() {
        List<Candidate> out = new ArrayList<>();
        assertThat(millisOver(MRNS, megabyteOf("MRN "), out)).isLessThan(2_000);
        assertThat(millisOver(MRNS, megabyteOf("MRN1"), out)).isLessThan(2_000);
        assertThat(millisOver(MRNS, megabyteOf("patient no no no 12-"), out)).isLessThan(2_000);
        assertThat(millisOver(MRNS, megabyteOf("hospital "), out)).isLessThan(2_000);
        assertThat(out).allSatisfy(c -> assertThat(c.length()).isLessThanOrEqualTo(30));
    }
}
