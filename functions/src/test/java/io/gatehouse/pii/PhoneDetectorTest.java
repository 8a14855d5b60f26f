package io.gatehouse.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PhoneDetector alone: national and international formats, extensions, and the runs that are
 * something else.
 */
class PhoneDetectorTest {

    private static final PhoneDetector PHONES = new PhoneDetector();

    /** "value@score" of every candidate at or above the default minimum score. */
    private static List<String> reported(String text) {
        List<Candidate> out = new ArrayList<>();
        PHONES.detect(text, out);
        return out.stream()
                .filter(c -> c.score() >= PiiPolicy.DEFAULT_MIN_SCORE)
                .map(c -> text.substring(c.start(), c.end()))
                .toList();
    }

    private static double score(String text) {
        List<Candidate> out = new ArrayList<>();
        PHONES.detect(text, out);
        assertThat(out).hasSize(1);
        return out.get(0).score();
    }

    @Test
    void internationalNumbersAreValidatedAgainstTheirCountrysPlan() {
        assertThat(
                        reported(
                                "ring +44 20 7946 0958, +49 (0)30 1234567, +33 6 12 34 56 78 or 0049 30 1234567"))
                .containsExactly(
                        "+44 20 7946 0958",
                        "+49 (0)30 1234567",
                        "+33 6 12 34 56 78",
                        "0049 30 1234567");
        assertThat(score("+44 20 7946 0958")).isEqualTo(0.9);
        assertThat(score("+999 1234 5678")).as("no such country code").isLessThan(0.5);
    }

    @Test
    void nationalNumbersInTheirOwnGroupings() {
        assertThat(
                        reported(
                                "930.167.3943 / (212) 555-0199 / 07700 900123 / 06-12345678 / (11) 91234-5678 / 030 1234567"))
                .containsExactly(
                        "930.167.3943",
                        "(212) 555-0199",
                        "07700 900123",
                        "06-12345678",
                        "(11) 91234-5678",
                        "030 1234567");
    }

    @Test
    void localNumbersWithoutAnAreaCodeAreStillWrittenLikePhones() {
        assertThat(reported("her number is 9472 7916, office (99) 645-791"))
                .containsExactly("9472 7916", "(99) 645-791");
    }

    @Test
    void extensionsBelongToTheNumber() {
        assertThat(reported("+1-202-555-0143 x0135 or 212-555-0199 ext. 12 or (415) 555-0132 #7"))
                .containsExactly(
                        "+1-202-555-0143 x0135", "212-555-0199 ext. 12", "(415) 555-0132 #7");
    }

    @Test
    void contextRaisesBareDigitsOverTheMinimum() {
        assertThat(reported("order 4155550132 shipped")).isEmpty();
        assertThat(reported("fax: 4155550132")).containsExactly("4155550132");
        assertThat(reported("Telefon 030 1234567")).containsExactly("030 1234567");
        assertThat(score("tel 212-555-0199")).isEqualTo(1.0);
    }

    @Test
    void datesIpAddressesDecimalsAndCardsAreNotPhones() {
        assertThat(
                        reported(
                                "03-04-1987, 1987-03-04, 14.03.1985, 2019-2020, 10.0.0.12, 1234567.89, 3.14159265"))
                .isEmpty();
        assertThat(reported("card 4111 1111 1111 1111, IBAN digits 3704 0044 0532 0130 00"))
                .isEmpty();
        assertThat(reported("a long reference 123-456-7890123")).isEmpty();
    }

    @Test
    void numbersGluedToLettersOrTokensStartNothing() {
        assertThat(reported("ORD-2125550199, ref2125550199, 212-555-0199abc, v212.555.0199"))
                .isEmpty();
    }

    @Test
    void hostileRunsFinishAndFindNothingWrong() {
        String digits = "1 ".repeat(50_000);
        List<Candidate> out = new ArrayList<>();
        PHONES.detect(digits, out);
        assertThat(out).isEmpty();
        PHONES.detect("(1".repeat(50_000), out);
        PHONES.detect("+1-".repeat(30_000), out);
        assertThat(out).allSatisfy(c -> assertThat(c.length()).isLessThan(40));
    }
}
