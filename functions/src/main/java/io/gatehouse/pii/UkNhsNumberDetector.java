package io.gatehouse.pii;

import java.util.List;

/**
 * NHS numbers (England, Wales, Isle of Man): ten digits whose last is the modulus-11 check digit of
 * the first nine (weights 10 down to 2; a remainder giving check 10 is never issued), written
 * together or as 3-3-4 with single spaces or hyphens, standing alone as a token. Scores: 3-3-4, the
 * form NHS letters and cards print, 0.65 without context; ten bare digits 0.4, since one random
 * number in eleven passes the check and ten digits are often a phone or order number; "NHS" or
 * "health and care number" shortly before makes either 0.9. A US phone number written 415 555 0132
 * that happens to pass loses to the phone detector's 0.7 unless "NHS" is near.
 */
final class UkNhsNumberDetector implements Detector {

    static final String TYPE = "UK_NHS";

    private static final boolean[] DIGITS = NationalIds.starters("0123456789");
    private static final ContextWords CONTEXT =
            new ContextWords(
                    40,
                    "nhs",
                    "nhs no",
                    "nhs number",
                    "national health service",
                    "health and care number",
                    "h&c number",
                    "chi number");
    private static final int[] PRINTED = {3, 3, 4};
    private static final int[] BARE = {10};

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
        char separator = Chars.at(text, start + 3);
        int end =
                separator == ' ' || separator == '-'
                        ? NationalIds.grouped(text, start, separator, PRINTED)
                        : -1;
        boolean grouped = end > 0;
        if (!grouped) {
            end = NationalIds.grouped(text, start, (char) 0, BARE);
        }
        if (end < 0 || !NationalIds.standsAlone(text, start, end, grouped && separator == ' ')) {
            return null;
        }
        String digits = Chars.digitsOf(text, start, end);
        if (!valid(digits)) {
            return null;
        }
        double score = CONTEXT.before(text, start) ? 0.9 : grouped ? 0.65 : 0.4;
        return new Candidate(TYPE, start, end, score);
    }

    /** Ten digits with a correct modulus-11 check digit, not one digit repeated. */
    static boolean valid(String digits) {
        if (digits.length() != 10 || NationalIds.oneRepeatedChar(digits, 0, 10)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0';
    }
}
