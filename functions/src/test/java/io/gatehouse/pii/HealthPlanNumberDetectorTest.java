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

/** HealthPlanNumberDetector alone: member, policy and Medicare numbers after their labels. */
class HealthPlanNumberDetectorTest {

    private static final HealthPlanNumberDetector PLANS = new HealthPlanNumberDetector();

    @Test
    void memberPolicyAndProgrammeNumbers() {
        assertThat(
                        reported(
                                PLANS,
                                "Member ID: XJH123456789, group number 00123456, policy no. POL-2023-884512"))
                .containsExactly("XJH123456789", "00123456", "POL-2023-884512");
        assertThat(reported(PLANS, "Medicare number 1EG4-TE5-MK73; Medicaid ID 987654321A"))
                .containsExactly("1EG4-TE5-MK73", "987654321A");
        assertThat(reported(PLANS, "Subscriber ID is W2938475610")).containsExactly("W2938475610");
        assertThat(score(PLANS, "insurance ID 88123456")).isEqualTo(0.9);
        assertThat(score(PLANS, "Medicaid 88123456")).isEqualTo(0.8);
        assertThat(reported(PLANS, "Member: XYZ 123456789")).containsExactly("XYZ 123456789");
    }

    @Test
    void europeanInsuranceNumbers() {
        assertThat(reported(PLANS, "Krankenversichertennummer: A123456780"))
                .containsExactly("A123456780");
        assertThat(reported(PLANS, "Versichertennummer T555558882")).containsExactly("T555558882");
        assertThat(reported(PLANS, "n° adhérent 4455667788, numéro de contrat MUT-778812"))
                .containsExactly("4455667788", "MUT-778812");
        assertThat(reported(PLANS, "número de póliza 12-3456789; numero di polizza 2024/778812"))
                .containsExactly("12-3456789", "2024/778812");
        assertThat(reported(PLANS, "polisnummer 778812345, numer polisy PL 99887766"))
                .containsExactly("778812345", "PL 99887766");
    }

    @Test
    void moreInsuranceLabels() {
        assertThat(
                        reported(
                                PLANS,
                                "subscriber # 88123456A, Versichertennr. X123456789, Krankenkasse Nr 104940005"))
                .containsExactly("88123456A", "X123456789", "104940005");
        assertThat(
                        reported(
                                PLANS,
                                "tarjeta sanitaria BBBB123456789012, SIP 12345678, tessera sanitaria n. 80380001234"))
                .containsExactly("BBBB123456789012", "12345678", "80380001234");
        assertThat(
                        reported(
                                PLANS,
                                "zorgverzekeringsnummer 778812345, nr polisy 2024/77812, číslo pojištěnce 7801011234"))
                .containsExactly("778812345", "2024/77812", "7801011234");
        assertThat(reported(PLANS, "número de utente 123456789, policy # PX-778812, group # 00998"))
                .containsExactly("123456789", "PX-778812", "00998");
        assertThat(reported(PLANS, "your Versicherungsnummer lautet 12 345678 A 123")).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Medicare since 2015",
                "health plan renewal on 01/01/2025",
                "policy number unknown, order 48213377",
                "the beneficiary received $25000",
                "beneficiary: Jane Doe",
                "member id 1234",
                "group number 12.50"
            })
    void nearMissesAreNotPlanNumbers(String text) {
        assertThat(reported(PLANS, text)).isEmpty();
    }

    @Test
    void hostileInputFinishesFast() {
        List<Candidate> out = new ArrayList<>();
        assertThat(millisOver(PLANS, megabyteOf("member id "), out)).isLessThan(2_000);
        assertThat(millisOver(PLANS, megabyteOf("Medicare 1-"), out)).isLessThan(2_000);
        assertThat(millisOver(PLANS, megabyteOf("policy number of the "), out)).isLessThan(2_000);
        assertThat(out).allSatisfy(c -> assertThat(c.length()).isLessThanOrEqualTo(30));
    }
}
