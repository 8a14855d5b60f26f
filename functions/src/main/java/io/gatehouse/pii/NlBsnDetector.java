package io.gatehouse.pii;

import java.util.List;

/**
 * Dutch citizen service numbers (burgerservicenummer, BSN, formerly sofinummer): nine digits
 * passing the elfproef — 9×d1 + 8×d2 + … + 2×d8 − d9 divisible by 11 and not 0 (000000000 passes) —
 * written together, as {@code 1234.56.782} (dots or spaces), or in threes {@code 123 456 782}
 * (dots, spaces or hyphens), standing alone as a token. One random nine-digit number in eleven
 * passes, and nine digits are often an order, account or US social security number, so without
 * context the score stays under the default minimum: 0.45 in the 4-2-3 form used on Dutch
 * documents, 0.3 otherwise. "BSN", "burgerservicenummer", "sofinummer" or "citizen service number"
 * shortly before makes it 0.9.
 */
final class NlBsnDetector implements Detector {

    static final String TYPE = "NL_BSN";

    private static final boolean[] DIGITS = NationalIds.starters("0123456789");
    private static final ContextWords CONTEXT =
            new ContextWords(
                    40,
                    "bsn",
                    "burgerservicenummer",
                    "burger service nummer",
                    "burgerservice nummer",
                    "burgerservice-nummer",
                    "sofinummer",
                    "sofi-nummer",
                    "sofi nummer",
                    "sofi",
                    "citizen service number");
    private static final int[] DUTCH = {4, 2, 3};
    private static final int[] THREES = {3, 3, 3};
    private static final int[] BARE = {9};

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void detect(String text, List<Candidate> out) {
        detect(TextIndex.of(text), out);
    }

    @Override
    public void detect(TextIndex index, List<Candidate> out) {
        if (index.digitCount() > 0) {
            NationalIds.scan(index, out, DIGITS, this::at);
        }
    }

    private Candidate at(String text, int start) {
        char separator = Chars.at(text, start + 4);
        int end =
                separator == '.' || separator == ' '
                        ? NationalIds.grouped(text, start, separator, DUTCH)
                        : -1;
        boolean dutch = end > 0;
        if (!dutch) {
            separator = Chars.at(text, start + 3);
            end =
                    separator == '.' || separator == ' ' || separator == '-'
                            ? NationalIds.grouped(text, start, separator, THREES)
                            : -1;
        }
        if (end < 0) {
            separator = 0;
            end = NationalIds.grouped(text, start, (char) 0, BARE);
        }
        if (end < 0 || !NationalIds.standsAlone(text, start, end, separator == ' ')) {
            return null;
        }
        if (!valid(Chars.digitsOf(text, start, end))) {
            return null;
        }
        double score = CONTEXT.before(text, start) ? 0.9 : dutch ? 0.45 : 0.3;
        return new Candidate(TYPE, start, end, score);
    }

    /** The elfproef on nine digits, refusing 000000000 (which passes it). */
    static boolean valid(String digits) {
        if (digits.length() != 9) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (digits.charAt(i) - '0') * (9 - i);
        }
        sum -= digits.charAt(8) - '0';
        return sum != 0 && sum % 11 == 0;
    }
}
