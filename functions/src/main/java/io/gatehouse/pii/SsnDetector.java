package io.gatehouse.pii;

import java.util.List;
import java.util.Set;

/**
 * US Social Security numbers: {@code ddd-dd-dddd}, {@code ddd dd dddd} or nine digits together,
 * standing alone as a token, with the number rules of the SSA (area not 000, 666 or 9xx; group not
 * 00; serial not 0000) and without the numbers known to be fake (advertising samples, one digit
 * repeated). Scores: hyphenated 0.85, spaced 0.6, nine bare digits 0.3 (a nine-digit number is
 * usually something else); "SSN" or "social security" shortly before raises each by 0.15 and a bare
 * number to 0.85, so bare digits are reported under the default minimum (0.5) only with context.
 */
final class SsnDetector implements Detector {

    private static final ContextWords CONTEXT =
            new ContextWords(
                    40,
                    "ssn",
                    "ss#",
                    "ss #",
                    "social security",
                    "social sec",
                    "taxpayer id",
                    "tin");
    private static final Set<String> KNOWN_FAKE =
            Set.of("078051120", "219099999", "123456789", "987654320");

    @Override
    public String type() {
        return EntityType.US_SSN.name();
    }

    @Override
    public void detect(String text, List<Candidate> out) {
        detect(TextIndex.of(text), out);
    }

    /** A number is tried at each token start at a digit, the index's digit token starts. */
    @Override
    public void detect(TextIndex index, List<Candidate> out) {
        if (index.digitCount() >= 9) {
            NationalIds.scan(index, out, DIGITS, this::at);
        }
    }

    private static final boolean[] DIGITS = NationalIds.starters("0123456789");

    private Candidate at(String text, int start) {
        char separator = Chars.at(text, start + 3);
        int end;
        double score;
        if ((separator == '-' || separator == ' ')
                && digits(text, start, 3)
                && digits(text, start + 4, 2)
                && Chars.at(text, start + 6) == separator
                && digits(text, start + 7, 4)) {
            end = start + 11;
            score = separator == '-' ? 0.85 : 0.6;
        } else if (digits(text, start, 9)) {
            end = start + 9;
            score = 0.3;
        } else {
            return null;
        }
        if (!Chars.endsToken(text, end) || Chars.digit(Chars.at(text, end))) {
            return null;
        }
        String number = Chars.digitsOf(text, start, end);
        if (!valid(number)) {
            return null;
        }
        if (CONTEXT.before(text, start)) {
            score = score < 0.5 ? 0.85 : Math.min(1.0, score + 0.15);
        }
        return new Candidate(type(), start, end, score);
    }

    private static boolean digits(String text, int start, int count) {
        for (int i = start; i < start + count; i++) {
            if (!Chars.digit(Chars.at(text, i))) {
                return false;
            }
        }
        return true;
    }

    static boolean valid(String ssn) {
        int area = Integer.parseInt(ssn.substring(0, 3));
        int group = Integer.parseInt(ssn.substring(3, 5));
        int serial = Integer.parseInt(ssn.substring(5));
        if (area == 0
                || area == 666
                || area >= 900
                || group == 0
                || serial == 0
                || KNOWN_FAKE.contains(ssn)) {
            return false;
        }
        return ssn.chars().distinct().count() > 1;
    }
}
