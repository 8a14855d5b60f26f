package io.gatehouse.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Input built to make pattern matchers backtrack — long runs of digits, '@', dots, separators,
 * almost-addresses — and a hostile tenant pattern. Each must complete: the timeout is a guard
 * against a hang (a regression to backtracking would take minutes or forever), not a measurement.
 */
class HostileInputTest {

    static final int SIZE = PolicyLimits.MAX_TEXT_CHARS;

    static Stream<Arguments> hostileTexts() {
        return Stream.of(
                Arguments.of("digits", "1".repeat(SIZE)),
                Arguments.of("at signs", "@".repeat(SIZE)),
                Arguments.of("dots", ".".repeat(SIZE)),
                Arguments.of("digits and dots", "1.".repeat(SIZE / 2)),
                Arguments.of("digits and hyphens", "1-".repeat(SIZE / 2)),
                Arguments.of("digits and spaces", "12 ".repeat(SIZE / 3)),
                Arguments.of("almost e-mails", "a.a@a.".repeat(SIZE / 6)),
                Arguments.of(
                        "local part then at signs", "a".repeat(SIZE / 2) + "@".repeat(SIZE / 2)),
                Arguments.of("colons and hex", "a:".repeat(SIZE / 2)),
                Arguments.of("parentheses", "(1".repeat(SIZE / 2)),
                Arguments.of("capitalised words", "Mary ".repeat(SIZE / 5)),
                Arguments.of("labels", "MRN ".repeat(SIZE / 4)),
                Arguments.of("IBAN prefixes", "DE89".repeat(SIZE / 4)),
                Arguments.of("dates", "1/1/1990 ".repeat(SIZE / 9)),
                Arguments.of("weak names beside many addresses", namesAndAddresses()));
    }

    /**
     * Each unlisted name is weighed against the text's addresses: this must not cost names ×
     * addresses.
     */
    private static String namesAndAddresses() {
        StringBuilder text = new StringBuilder(SIZE);
        for (int i = 0; text.length() < SIZE - 60; i++) {
            text.append("Qzv")
                    .append((char) ('a' + i % 26))
                    .append(" wrote to q")
                    .append(i)
                    .append(".zv@example.com. ");
        }
        return text.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileTexts")
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void everyDetectorFinishes(String name, String text) {
        assertThat(text.length()).isLessThanOrEqualTo(SIZE);
        MaskResult result = PiiEngine.mask(text, PiiPolicy.defaultPolicy(), () -> null);
        assertThat(result.masked()).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileTexts")
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aCatastrophicPatternUnderRe2Finishes(String name, String text) {
        // (a+)+$ and (\d+)+x backtrack exponentially in java.util.regex; RE2 runs them in linear
        // time.
        PiiPolicy policy =
                PiiPolicyTest.parse(
                        "{'entities': {}, 'customPatterns': ["
                                + "{'name': 'EVIL_ONE', 'pattern': '(a+)+$', 'operator': 'redact'},"
                                + "{'name': 'EVIL_TWO', 'pattern': '(\\\\d+)+x', 'operator': 'redact'},"
                                + "{'name': 'EVIL_THREE', 'pattern': '(.*a){12}', 'operator': 'redact'}]}");
        assertThat(PiiEngine.mask(text + "!", policy, () -> null).masked()).isNotNull();
    }
}
