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

/** CreditCardDetector alone: known issuers anywhere, unknown issuers only after a card word. */
class CreditCardDetectorTest {

    private static final CreditCardDetector CARDS = new CreditCardDetector();

    @Test
    void knownIssuersNeedNoCue() {
        assertThat(score(CARDS, "paid with 4111 1111 1111 1111")).isEqualTo(1.0);
        assertThat(score(CARDS, "ref 5500-0000-0000-0004")).isEqualTo(1.0);
        assertThat(score(CARDS, "card 378282246310005")).isEqualTo(1.0);
    }

    @Test
    void unknownIssuersAreCardsAfterACardWord() {
        assertThat(reported(CARDS, "gift card 9000 1234 5678 9016"))
                .containsExactly("9000 1234 5678 9016");
        assertThat(score(CARDS, "store card no. 8000123456789018")).isEqualTo(0.7);
        assertThat(
                        reported(
                                CARDS,
                                "Kundenkarte 7200-1234-5678-9018, carte cadeau 9000123456789016"))
                .containsExactly("7200-1234-5678-9018", "9000123456789016");
        assertThat(reported(CARDS, "tarjeta 9000 1234 5678 9016; numer karty 8000123456789018"))
                .containsExactly("9000 1234 5678 9016", "8000123456789018");
    }

    @Test
    void unknownIssuersWithoutACueOrCheckAreNot() {
        assertThat(found(CARDS, "order 9000123456789016 shipped")).isEmpty();
        assertThat(found(CARDS, "tracking 9000 1234 5678 9016")).isEmpty();
        assertThat(found(CARDS, "gift card 9000 1234 5678 9017")).as("Luhn").isEmpty();
        assertThat(found(CARDS, "card 0000 0000 0000 0000")).as("a placeholder").isEmpty();
        assertThat(found(CARDS, "card 9000-1234 5678-9016")).as("mixed separators").isEmpty();
        assertThat(found(CARDS, "card ending 9016, amount 1234567.89")).isEmpty();
        assertThat(found(CARDS, "card ORD-9000123456789016")).isEmpty();
        assertThat(found(CARDS, "Versichertenkarte 9000123456789016"))
                .as("a card word inside another word")
                .isEmpty();
    }

    @Test
    void theCueMustBeInTheSameSentence() {
        assertThat(found(CARDS, "We sent the gift card. Order 9000123456789016 follows")).isEmpty();
    }

    @Test
    void hostileInputFinishesFast() {
        List<Candidate> out = new ArrayList<>();
        assertThat(millisOver(CARDS, megabyteOf("card 1"), out)).isLessThan(2_000);
        assertThat(millisOver(CARDS, megabyteOf("1 "), out)).isLessThan(2_000);
        assertThat(millisOver(CARDS, "card " + megabyteOf("1"), out)).isLessThan(2_000);
        assertThat(out).isEmpty();
    }
}
