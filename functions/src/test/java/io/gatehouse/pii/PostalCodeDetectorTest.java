package io.gatehouse.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PostalCodeDetector alone: national shapes, the context a bare number needs, and the Safe Harbor
 * ZIP form.
 */
class PostalCodeDetectorTest {

    private static final PostalCodeDetector POSTCODES = new PostalCodeDetector();

    private static List<Candidate> candidates(String text) {
        List<Candidate> out = new ArrayList<>();
        POSTCODES.detect(text, out);
        return out;
    }

    private static List<String> reported(String text) {
        return candidates(text).stream()
                .filter(c -> c.score() >= PiiPolicy.DEFAULT_MIN_SCORE)
                .map(c -> text.substring(c.start(), c.end()))
                .toList();
    }

    @Test
    void distinctiveShapesStandAlone() {
        assertThat(reported("postcodes SW1A 1AA, LS6 2AB, M1 1AE and EC1A 1BB; Ottawa K1A 0B1"))
                .containsExactly("SW1A 1AA", "LS6 2AB", "M1 1AE", "EC1A 1BB", "K1A 0B1");
        assertThat(reported("1015 CJ Amsterdam")).containsExactly("1015 CJ");
    }

    @Test
    void townsOfTheLargerGazetteerMakeANumberAPostcode() {
        assertThat(reported("72336 Balingen, 57250 Netphen, 4690 Vöcklamarkt"))
                .containsExactly("72336", "57250", "4690");
        assertThat(reported("3000 Union members and 1200 Best wishes, 2000 Kinder")).isEmpty();
    }

    @Test
    void ukShapesAreValidated() {
        assertThat(reported("QA1 1AA, A1 1CI, AB1 1AAA, SW1A1AA")).isEmpty();
    }

    @Test
    void fiveDigitsNeedACueAStateOrAKnownTown() {
        assertThat(reported("ZIP 02139 and zip code: 94105-1234"))
                .containsExactly("02139", "94105-1234");
        assertThat(reported("Cambridge, MA 02139")).containsExactly("02139");
        assertThat(reported("PLZ 10115, code postal 75002, CP 28013, CAP 00184"))
                .containsExactly("10115", "75002", "28013", "00184");
        assertThat(reported("10115 Berlin, 75002 Paris, 00184 Roma"))
                .containsExactly("10115", "75002", "00184");
        assertThat(reported("00-590 Warszawa, 110 00 Praha, 1100-148 Lisboa, 8001 Zürich"))
                .containsExactly("00-590", "110 00", "1100-148", "8001");
    }

    @Test
    void bareNumbersDatesAndDosesAreNotPostcodes() {
        assertThat(
                        reported(
                                "order 12345 shipped, 50000 Euro, 2019 London, 500 MG daily, 12-345, 123 45"))
                .isEmpty();
        assertThat(reported("on 2021-03-04 at 12:30, ref 00590")).isEmpty();
    }

    @Test
    void referencesAmountsAndCountsBeforeATownAreNotPostcodes() {
        assertThat(
                        reported(
                                "invoice 12345 Berlin; ref 75002 Paris; Room 1012 Zürich; order 10115 Berlin"))
                .isEmpty();
        assertThat(reported("about 5000 Wien runners, 12345 € Berlin, Rechnung 80331 München"))
                .isEmpty();
        assertThat(reported("Send it to 10115 Berlin or 75002 Paris, 8001 Zürich."))
                .containsExactly("10115", "75002", "8001");
    }

    @Test
    void cuedCodesInTheNineLanguages() {
        assertThat(
                        reported(
                                "post code 10115; ZIP code 02139; Postleitzahl 80331; código postal 28013; C.P. 28001"))
                .containsExactly("10115", "02139", "80331", "28013", "28001");
        assertThat(
                        reported(
                                "codice postale 00184, kod pocztowy 00-590, PSČ 110 00, postcode 1015 CJ"))
                .containsExactly("00184", "00-590", "110 00", "1015 CJ");
    }

    @Test
    void countryPrefixedCodes() {
        assertThat(
                        reported(
                                "D-10115 Berlin, F-75002 Paris, CH-8001 Zürich, A-1010 Wien, NL-1015 CJ, PL 00-590, CZ-110 00"))
                .containsExactly(
                        "D-10115",
                        "F-75002",
                        "CH-8001",
                        "A-1010",
                        "NL-1015 CJ",
                        "PL 00-590",
                        "CZ-110 00");
        assertThat(reported("an F-16 jet, the A-10, D-Day, CH-47 helicopters, A-1 sauce"))
                .isEmpty();
    }

    @Test
    void ukOutwardCodesAfterACueEircodesAndZipBeforeUsa() {
        assertThat(reported("postcode area LS6, lives in LS6 too")).containsExactly("LS6");
        assertThat(reported("Eircode D02 X285; also A65 F4E2."))
                .containsExactly("D02 X285", "A65 F4E2");
        assertThat(candidates("D02 X285").get(0).score()).isEqualTo(0.7);
        assertThat(reported("Cambridge 02139 USA; Boston 02118, USA"))
                .containsExactly("02139", "02118");
        assertThat(reported("M25 and A12 roads, route M50 ADE, room B12 C3D4, 02139 people"))
                .isEmpty();
    }

    @Test
    void hostileInputFinishesFast() {
        String[] hostile = {
            "1".repeat(1_000_000),
            "12345 ".repeat(150_000),
            "A1 1".repeat(250_000),
            "ZIP 1 ".repeat(150_000),
            "D-".repeat(500_000),
            "D02 X28".repeat(140_000),
            "postcode LS6 ".repeat(80_000),
            "PL 00-59".repeat(120_000)
        };
        for (String text : hostile) {
            long started = System.nanoTime();
            candidates(text);
            assertThat((System.nanoTime() - started) / 1_000_000).as("ms").isLessThan(2_000);
        }
    }

    @Test
    void aZipRightAfterAListedPlace() {
        assertThat(reported("Austin, Texas 78705. Then Springfield 62704; Los Angeles 90017"))
                .containsExactly("78705", "62704", "90017");
        assertThat(reported("London 10000 runners, Texas 50000 $, Paris 12345abc, order 55555"))
                .isEmpty();
    }

    @Test
    void shapedAndFourDigitCodesRightAfterAListedTown() {
        assertThat(reported("Warszawa 00-950, ul. Wiejska 4")).containsExactly("00-950");
        assertThat(reported("Wien, 1010")).containsExactly("1010");
        // near misses: a count or a year after the town, a code that goes on into words
        assertThat(reported("Wien 1010 Besucher kamen")).isEmpty();
        assertThat(reported("Berlin 1989 was different")).isEmpty();
        assertThat(reported("Warszawa 00-950 people")).isEmpty();
    }

    @Test
    void ukCodesTypedInLowerCaseOrWithoutTheSpaceAfterACue() {
        assertThat(reported("my postcode is sw1a 1aa")).containsExactly("sw1a 1aa");
        assertThat(reported("Postcode SW1A1AA")).containsExactly("SW1A1AA");
        assertThat(reported("post code: ls62ab thanks")).containsExactly("ls62ab");
        // near misses: no cue, or a shape the UK rules refuse
        assertThat(reported("the b12ab part and sw1a 1aa")).isEmpty();
        assertThat(reported("Send SW1A1AA now")).isEmpty();
        assertThat(reported("postcode qq1 1aa")).isEmpty();
    }

    @Test
    void australianCodesAfterTheStateAndIndianPinCodes() {
        assertThat(reported("42 Wallaby Way, Sydney NSW 2000")).containsExactly("2000");
        assertThat(reported("Melbourne, VIC 3000")).containsExactly("3000");
        assertThat(reported("Pincode: 560001")).containsExactly("560001");
        assertThat(reported("Mumbai 400001")).containsExactly("400001");
        // near misses: a bare six-digit number, a card PIN, a count after a state-like word
        assertThat(reported("Reference 560001 attached; PIN 123456")).isEmpty();
        assertThat(reported("Mumbai 400001 people")).isEmpty();
        assertThat(reported("NSWX 2000 and VICTORIA 3000")).isEmpty();
    }
}
