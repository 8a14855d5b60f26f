package io.gatehouse.pii;

import java.util.List;

/**
 * German tax identification numbers (steuerliche Identifikationsnummer, IdNr): eleven digits, the
 * first not 0 (0 marks test numbers), written together or grouped {@code 12 345 678 901}, standing
 * alone as a token. The first ten digits follow the allocation rule of the Bundeszentralamt für
 * Steuern — exactly one digit occurs twice or three times, every other at most once, and a digit
 * occurring three times never three in a row — and the eleventh is their ISO 7064 MOD 11,10 check
 * digit. Scores: grouped 0.6; eleven bare digits 0.4 (one random number in ten passes the check
 * digit, and eleven digits are often a phone or customer number); a cue such as "Steuer-ID",
 * "IdNr", "Identifikationsnummer", "tax id" or "TIN" shortly before makes either 0.9.
 */
final class DeTaxIdDetector implements Detector {

    static final String TYPE = "DE_TAX_ID";

    private static final boolean[] NON_ZERO_DIGITS = NationalIds.starters("123456789");
    private static final ContextWords CONTEXT =
            new ContextWords(
                    40,
                    "steuer-id",
                    "steuer-idnr",
                    "steuerid",
                    "steuer id",
                    "steuer-id-nr",
                    "steueridnr",
                    "idnr",
                    "id-nr",
                    "identifikationsnummer",
                    "steueridentifikationsnummer",
                    "steuer-identifikationsnummer",
                    "steuerliche id",
                    "tax id",
                    "tax-id",
                    "tin",
                    "tax identification number");
    private static final int[] PRINTED = {2, 3, 3, 3};
    private static final int[] BARE = {11};

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
            NationalIds.scan(index, out, NON_ZERO_DIGITS, this::at);
        }
    }

    private Candidate at(String text, int start) {
        int end = NationalIds.grouped(text, start, ' ', PRINTED);
        boolean grouped = end > 0;
        if (!grouped) {
            end = NationalIds.grouped(text, start, (char) 0, BARE);
        }
        if (end < 0 || !NationalIds.standsAlone(text, start, end, grouped)) {
            return null;
        }
        if (!valid(Chars.digitsOf(text, start, end))) {
            return null;
        }
        double score = CONTEXT.before(text, start) ? 0.9 : grouped ? 0.6 : 0.4;
        return new Candidate(TYPE, start, end, score);
    }

    static boolean valid(String digits) {
        return digits.length() == 11
                && digits.charAt(0) != '0'
                && allocationRule(digits)
                && checkDigit(digits) == digits.charAt(10) - '0';
    }

    /** Exactly one digit repeated, two or three times, and not three in a row, in the first ten. */
    private static boolean allocationRule(String digits) {
        int[] counts = new int[10];
        for (int i = 0; i < 10; i++) {
            counts[digits.charAt(i) - '0']++;
        }
        int repeated = -1;
        for (int d = 0; d < 10; d++) {
            if (counts[d] > 3 || (counts[d] > 1 && repeated >= 0)) {
                return false;
            }
            if (counts[d] > 1) {
                repeated = d;
            }
        }
        if (repeated < 0) {
            return false;
        }
        if (counts[repeated] == 3) {
            char r = (char) ('0' + repeated);
            for (int i = 0; i + 2 < 10; i++) {
                if (digits.charAt(i) == r
                        && digits.charAt(i + 1) == r
                        && digits.charAt(i + 2) == r) {
                    return false;
                }
            }
        }
        return true;
    }

    /** ISO 7064 MOD 11,10 over the first ten digits. */
    static int checkDigit(String digits) {
        int product = 10;
        for (int i = 0; i < 10; i++) {
            int sum = (digits.charAt(i) - '0' + product) % 10;
            if (sum == 0) {
                sum = 10;
            }
            product = sum * 2 % 11;
        }
        int check = 11 - product;
        return check == 10 ? 0 : check;
    }
}
