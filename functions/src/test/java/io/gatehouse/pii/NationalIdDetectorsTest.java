package io.gatehouse.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The European national identifier detectors, each on its own. Example numbers are either published
 * ones (where says so) or made up here with their check digits computed by hand from the published
 * algorithm; none is known to belong to anyone.
 */
class NationalIdDetectorsTest {

    /** Every candidate as "span=score". */
    static List<String> scored(Detector detector, String text) {
        List<Candidate> out = new ArrayList<>();
        detector.detect(text, out);
        return out.stream().map(c -> text.substring(c.start(), c.end()) + "=" + c.score()).toList();
    }

    /** The spans reported under the default minimum score (0.5). */
    static List<String> reported(Detector detector, String text) {
        List<Candidate> out = new ArrayList<>();
        detector.detect(text, out);
        return out.stream()
                .filter(c -> c.score() >= 0.5)
                .map(c -> text.substring(c.start(), c.end()))
                .toList();
    }

    static double scoreOf(Detector detector, String text) {
        List<Candidate> out = new ArrayList<>();
        detector.detect(text, out);
        assertThat(out).as("one candidate in %s", text).hasSize(1);
        return out.get(0).score();
    }

    @Nested
    class UkNhs {
        final Detector nhs = new UkNhsNumberDetector();

        @Test
        void printedNumbersWithTheirCheckDigit() {
            // 943 476 5919: the example NHS number of NHS Digital's documentation (check 9 holds).
            // 401 023 2137 and 987 654 3210: made up, check digits 7 and 0 computed here.
            assertThat(
                            reported(
                                    nhs,
                                    "Patient 943 476 5919, sibling 401-023-2137 and 987 654 3210."))
                    .containsExactly("943 476 5919", "401-023-2137", "987 654 3210");
            assertThat(scoreOf(nhs, "Patient 943 476 5919")).isGreaterThanOrEqualTo(0.6);
            assertThat(scoreOf(nhs, "NHS number: 943 476 5919")).isGreaterThanOrEqualTo(0.85);
        }

        @Test
        void bareDigitsOnlyWithContext() {
            assertThat(reported(nhs, "ref 9434765919")).isEmpty();
            assertThat(scoreOf(nhs, "ref 9434765919")).isLessThan(0.5);
            assertThat(reported(nhs, "NHS No. 9434765919")).containsExactly("9434765919");
            assertThat(scoreOf(nhs, "NHS No. 9434765919")).isGreaterThanOrEqualTo(0.85);
        }

        @Test
        void nearMissesAreRefused() {
            assertThat(scored(nhs, "NHS 943 476 5918")).as("wrong check digit").isEmpty();
            assertThat(scored(nhs, "NHS 1000000010"))
                    .as("check digit would be 10: never issued")
                    .isEmpty();
            assertThat(scored(nhs, "NHS 943 476 59190, 943 476 591, 94347659191"))
                    .as("wrong length")
                    .isEmpty();
            assertThat(scored(nhs, "NHS X9434765919, 9434765919A, ID-9434765919"))
                    .as("glued")
                    .isEmpty();
            assertThat(scored(nhs, "NHS 943 476-5919")).as("mixed separators").isEmpty();
            assertThat(scored(nhs, "tel 020 943 476 5919, 943 476 5919 12"))
                    .as("part of a longer number")
                    .isEmpty();
            assertThat(scored(nhs, "NHS 0000000000, 1111111111"))
                    .as("one digit repeated")
                    .isEmpty();
        }
    }

    @Nested
    class UkNino {
        final Detector nino = new UkNinoDetector();

        @Test
        void theThreeWritings() {
            // Made-up numbers with allowed prefixes (HMRC's own example, QQ 12 34 56 C, uses Q,
            // which is
            // never allocated, so it is refused below).
            assertThat(reported(nino, "AB123456C, JG 10 37 59 A and CE 123456 D."))
                    .containsExactly("AB123456C", "JG 10 37 59 A", "CE 123456 D");
            assertThat(scoreOf(nino, "AB123456C")).isGreaterThanOrEqualTo(0.6);
            assertThat(scoreOf(nino, "National Insurance number: AB123456C"))
                    .isGreaterThanOrEqualTo(0.85);
        }

        @Test
        void theSuffixMayBeLeftOutOnlyWithContext() {
            assertThat(scored(nino, "booking AB123456 confirmed, seat AB 12 34 56")).isEmpty();
            assertThat(reported(nino, "NINO: AB123456")).containsExactly("AB123456");
            assertThat(reported(nino, "NI number AB 12 34 56 Company"))
                    .containsExactly("AB 12 34 56");
        }

        @Test
        void invalidPrefixesAndSuffixes() {
            assertThat(
                            scored(
                                    nino,
                                    "NINO DA123456C FA123456C IA123456C QA123456C UA123456C VA123456C"))
                    .isEmpty();
            assertThat(scored(nino, "NINO AD123456C AO123456C AQ123456C")).isEmpty();
            assertThat(
                            scored(
                                    nino,
                                    "NINO BG123456C GB123456C NK123456C KN123456C TN123456C NT123456C ZZ123456C"))
                    .isEmpty();
            assertThat(scored(nino, "QQ 12 34 56 C")).isEmpty();
            assertThat(scored(nino, "AB123456E AB123456CD"))
                    .as("suffix not A-D, or glued")
                    .isEmpty();
        }

        @Test
        void wrongLengthOrGlued() {
            assertThat(scored(nino, "AB12345C AB1234567C XAB123456C ab123456c AB-123456C"))
                    .isEmpty();
        }
    }

    @Nested
    class DeTaxId {
        final Detector de = new DeTaxIdDetector();

        @Test
        void validNumbersAndTheirScores() {
            // 86095742719: a widely quoted specimen IdNr; 36574261809: python-stdnum's test number;
            // 11213456783: made up, the 1 three times but not in a row, check digit 3 computed
            // here.
            assertThat(scoreOf(de, "Steuer-ID: 86095742719")).isGreaterThanOrEqualTo(0.85);
            assertThat(scoreOf(de, "Steuer-IdNr. 36574261809")).isGreaterThanOrEqualTo(0.85);
            assertThat(scoreOf(de, "Identifikationsnummer 11213456783"))
                    .isGreaterThanOrEqualTo(0.85);
            assertThat(scoreOf(de, "IdNr 86 095 742 719")).isGreaterThanOrEqualTo(0.85);
            assertThat(scoreOf(de, "tax id 86095742719")).isGreaterThanOrEqualTo(0.85);
        }

        @Test
        void withoutContextOnlyTheGroupedFormIsReported() {
            assertThat(reported(de, "Nummer 86 095 742 719")).containsExactly("86 095 742 719");
            assertThat(scoreOf(de, "Nummer 86 095 742 719")).isGreaterThanOrEqualTo(0.6);
            assertThat(reported(de, "Kundennummer 86095742719")).isEmpty();
            assertThat(scoreOf(de, "Kundennummer 86095742719")).isLessThan(0.5);
        }

        @Test
        void nearMissesAreRefused() {
            assertThat(scored(de, "Steuer-ID 86095742718")).as("wrong check digit").isEmpty();
            assertThat(scored(de, "Steuer-ID 02476291358"))
                    .as("leading 0: a test number")
                    .isEmpty();
            assertThat(scored(de, "Steuer-ID 11123456786"))
                    .as("a digit three times in a row")
                    .isEmpty();
            assertThat(scored(de, "Steuer-ID 47582319603")).as("no digit repeated").isEmpty();
            assertThat(scored(de, "Steuer-ID 860957427190 8609574271"))
                    .as("wrong length")
                    .isEmpty();
            assertThat(scored(de, "Steuer-ID A86095742719 86095742719B 86095742719-1"))
                    .as("glued")
                    .isEmpty();
            assertThat(scored(de, "Tel 86 095 742 719 12")).as("part of a longer number").isEmpty();
        }
    }

    @Nested
    class FrNir {
        final Detector nir = new FrNirDetector();

        @Test
        void printedAndCompactNumbers() {
            // 2 55 08 14 168 025 38: the specimen on French Wikipedia's NIR article (key 38 holds).
            // Corsica (made up, keys computed here with 2A as 19 and 2B as 18): 2 75 10 2A 004 321
            // 87,
            // 1 85 02 2B 011 022 23.
            assertThat(reported(nir, "Assurée 2 55 08 14 168 025 38, né 1 85 02 2B 011 022 23."))
                    .containsExactly("2 55 08 14 168 025 38", "1 85 02 2B 011 022 23");
            assertThat(reported(nir, "NIR 255081416802538 / 2751002A00432187 / 2550814168025 38"))
                    .containsExactly("255081416802538", "2550814168025 38");
            assertThat(reported(nir, "NIR 275102A00432187")).containsExactly("275102A00432187");
            assertThat(scoreOf(nir, "2 55 08 14 168 025 38")).isGreaterThanOrEqualTo(0.6);
            assertThat(scoreOf(nir, "255081416802538")).isGreaterThanOrEqualTo(0.6);
            assertThat(scoreOf(nir, "N° de sécurité sociale : 2 55 08 14 168 025 38"))
                    .isGreaterThanOrEqualTo(0.85);
        }

        @Test
        void nearMissesAreRefused() {
            assertThat(scored(nir, "NIR 2 55 08 14 168 025 39")).as("wrong key").isEmpty();
            // the spacing example of the work brief, 1 85 05 78 006 084 36: its key would be 91
            assertThat(scored(nir, "NIR 1 85 05 78 006 084 36")).as("wrong key").isEmpty();
            assertThat(scored(nir, "NIR 275102C00432187 275102B00432187"))
                    .as("Corsica letter or key wrong")
                    .isEmpty();
            // these three carry the key their thirteen digits would have: only the rule refuses
            // them
            assertThat(scored(nir, "NIR 555081416802582")).as("sex digit 5").isEmpty();
            assertThat(scored(nir, "NIR 255151416802553 255001416802507"))
                    .as("month 15 or 00")
                    .isEmpty();
            assertThat(scored(nir, "NIR 255080016802528")).as("département 00").isEmpty();
            assertThat(scored(nir, "NIR 25508141680253 2550814168025388"))
                    .as("wrong length")
                    .isEmpty();
            assertThat(scored(nir, "NIR A255081416802538 255081416802538A")).as("glued").isEmpty();
            assertThat(scored(nir, "NIR 2 55 08 14 168 025 38 12"))
                    .as("part of a longer number")
                    .isEmpty();
        }
    }

    @Nested
    class EsNif {
        final Detector nif = new EsNifDetector();

        @Test
        void dniAndNie() {
            // 12345678Z: the specimen DNI of Spanish forms and guides (12345678 mod 23 = 14, Z).
            // X1234567L, Y0123456Y, Z7654321H: made up, letters computed here (X, Y, Z as 0, 1, 2).
            assertThat(
                            reported(
                                    nif,
                                    "DNI 12345678Z, 12345678-Z, 12.345.678-Z, 12345678z; NIE X1234567L, X-1234567-L, Y0123456Y, Z7654321H"))
                    .containsExactly(
                            "12345678Z",
                            "12345678-Z",
                            "12.345.678-Z",
                            "12345678z",
                            "X1234567L",
                            "X-1234567-L",
                            "Y0123456Y",
                            "Z7654321H");
            assertThat(scoreOf(nif, "ref 12345678Z")).isGreaterThanOrEqualTo(0.6);
            assertThat(scoreOf(nif, "DNI: 12345678Z")).isGreaterThanOrEqualTo(0.85);
        }

        @Test
        void nearMissesAreRefused() {
            assertThat(scored(nif, "DNI 12345678A X1234567M")).as("wrong letter").isEmpty();
            assertThat(scored(nif, "DNI 1234567Z 123456789Z X12345678L"))
                    .as("wrong length")
                    .isEmpty();
            assertThat(scored(nif, "DNI A12345678Z 12345678ZZ 12345678Z9 W1234567L"))
                    .as("glued or wrong prefix")
                    .isEmpty();
            assertThat(scored(nif, "DNI 12345678 Z")).as("letter apart").isEmpty();
        }
    }

    @Nested
    class ItFiscalCode {
        final Detector cf = new ItFiscalCodeDetector();

        @Test
        void codesAndOmocodes() {
            // RSSMRA80A01H501U: the specimen "Mario Rossi, Rome, 1 January 1980" of Italian guides
            // (check letter U holds); RSSMRA80A41H501Y the same as a woman (day + 40). The omocodes
            // replace digits from the right (0→L … 9→V), check letters computed here.
            assertThat(
                            reported(
                                    cf,
                                    "CF RSSMRA80A01H501U, RSSMRA80A41H501Y, RSSMRA80A01H50MM, RSSMRA80A01H5LMX."))
                    .containsExactly(
                            "RSSMRA80A01H501U",
                            "RSSMRA80A41H501Y",
                            "RSSMRA80A01H50MM",
                            "RSSMRA80A01H5LMX");
            assertThat(reported(cf, "lower case rssmra80a01h501u"))
                    .containsExactly("rssmra80a01h501u");
            assertThat(scoreOf(cf, "RSSMRA80A01H501U")).isGreaterThanOrEqualTo(0.6);
            assertThat(scoreOf(cf, "Codice fiscale: RSSMRA80A01H501U"))
                    .isGreaterThanOrEqualTo(0.85);
        }

        @Test
        void allDigitsReplacedNeedsContext() {
            assertThat(reported(cf, "key RSSMRAULALMHRLMD")).isEmpty();
            assertThat(reported(cf, "codice fiscale RSSMRAULALMHRLMD"))
                    .containsExactly("RSSMRAULALMHRLMD");
        }

        @Test
        void nearMissesAreRefused() {
            assertThat(scored(cf, "CF RSSMRA80A01H501V")).as("wrong check letter").isEmpty();
            assertThat(scored(cf, "CF RSSMRA8LA01H501F"))
                    .as("omocodia not from the right")
                    .isEmpty();
            // with the check letters these would have: only the date refuses them
            assertThat(scored(cf, "CF RSSMRA80F01H501G RSSMRA80A32H501C RSSMRA80A00H501V"))
                    .as("bad month or day")
                    .isEmpty();
            assertThat(scored(cf, "CF RSSMRA80A01H501 RSSMRA80A01H501UX"))
                    .as("wrong length")
                    .isEmpty();
            assertThat(scored(cf, "CF XRSSMRA80A01H501U RSSMRA80A01H501U9 RssMRA80A01H501U"))
                    .as("glued or mixed case")
                    .isEmpty();
        }
    }

    @Nested
    class NlBsn {
        final Detector bsn = new NlBsnDetector();

        @Test
        void withContext() {
            // 111222333 and 123456782: test numbers that pass the elfproef, common in Dutch
            // software
            // documentation; 012345672 made up, with a leading 0 as on old sofinummers.
            assertThat(
                            reported(
                                    bsn,
                                    "BSN 111222333; burgerservicenummer 1234.56.782; sofinummer 012345672"))
                    .containsExactly("111222333", "1234.56.782", "012345672");
            assertThat(scoreOf(bsn, "Citizen service number 123 456 782"))
                    .isGreaterThanOrEqualTo(0.85);
        }

        @Test
        void withoutContextBelowTheDefaultMinimum() {
            assertThat(scoreOf(bsn, "order 123456782")).isLessThan(0.5);
            assertThat(scoreOf(bsn, "nummer 1234.56.782")).isLessThan(0.5);
            assertThat(reported(bsn, "order 123456782, 1234.56.782, 123-456-782")).isEmpty();
        }

        @Test
        void nearMissesAreRefused() {
            assertThat(scored(bsn, "BSN 123456783 000000000"))
                    .as("elfproef fails, or zero")
                    .isEmpty();
            assertThat(scored(bsn, "BSN 12345678 1234567820")).as("wrong length").isEmpty();
            assertThat(scored(bsn, "BSN A123456782 123456782B 1234.56.782.1"))
                    .as("glued")
                    .isEmpty();
            assertThat(scored(bsn, "BSN 1234.56 782")).as("mixed separators").isEmpty();
        }
    }

    static Stream<Detector> detectors() {
        return Stream.of(
                new UkNhsNumberDetector(),
                new UkNinoDetector(),
                new DeTaxIdDetector(),
                new FrNirDetector(),
                new EsNifDetector(),
                new ItFiscalCodeDetector(),
                new NlBsnDetector());
    }

    @Test
    void typeNamesAreThePlannedEntityTypes() {
        assertThat(detectors().map(Detector::type))
                .containsExactly(
                        "UK_NHS",
                        "UK_NINO",
                        "DE_TAX_ID",
                        "FR_NIR",
                        "ES_NIF",
                        "IT_FISCAL_CODE",
                        "NL_BSN");
    }

    @Test
    void eachFindsItsNumberInProseAndNothingElse() {
        String text =
                "Patient NHS number 943 476 5919, NINO AB123456C. Steuer-ID 86095742719; NIR 2 55 08 14 168 025 38; "
                        + "DNI 12345678Z; codice fiscale RSSMRA80A01H501U; BSN 111222333.";
        assertThat(
                        detectors()
                                .flatMap(
                                        d ->
                                                reported(d, text).stream()
                                                        .map(s -> d.type() + "=" + s)))
                .containsExactly(
                        "UK_NHS=943 476 5919",
                        "UK_NINO=AB123456C",
                        "DE_TAX_ID=86095742719",
                        "FR_NIR=2 55 08 14 168 025 38",
                        "ES_NIF=12345678Z",
                        "IT_FISCAL_CODE=RSSMRA80A01H501U",
                        "NL_BSN=111222333");
    }

    static Stream<String> hostileTexts() {
        int size = 100_000;
        return Stream.of(
                "1".repeat(size),
                "9 ".repeat(size / 2),
                "12 345 ".repeat(size / 7),
                "1.".repeat(size / 2),
                "1-".repeat(size / 2),
                "AB".repeat(size / 2),
                "AB 12 ".repeat(size / 6),
                "X1234567".repeat(size / 8),
                "RSSMRA80A01H501".repeat(size / 15),
                "A1".repeat(size / 2),
                "2A".repeat(size / 2),
                "Steuer-ID 1 ".repeat(size / 12),
                "BSN ".repeat(size / 4));
    }

    @ParameterizedTest
    @MethodSource("hostileTexts")
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void hostileInputFinishes(String text) {
        assertThat(text.length()).isGreaterThanOrEqualTo(99_990);
        detectors()
                .forEach(
                        d -> {
                            List<Candidate> out = new ArrayList<>();
                            d.detect(text, out);
                            assertThat(out).isNotNull();
                        });
    }
}
