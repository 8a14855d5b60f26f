package io.gatehouse.pii;

import java.util.List;

/**
 * Italian fiscal codes (codice fiscale) of persons: sixteen characters, all capitals or all lower
 * case — three letters of the surname, three of the name, two digits of the year, a month letter
 * (ABCDEHLMPRST), two digits of the day (41–71 for women), a letter and three digits for the place
 * of birth, and a check letter computed with the odd- and even-position tables of the Ministry of
 * Finance decree (DM 23/12/1976). Codes given to namesakes (omocodia) replace digits by the letters
 * LMNPQRSTUV, from the rightmost digit leftwards; they are accepted in that order only. Scores: the
 * shape is specific and the check letter leaves one random code in 26: 0.8 without context, 0.7
 * when some digits are replaced by letters, 0.4 when all are (sixteen letters are more likely a
 * word or a key); "codice fiscale", "C.F.", "fiscal code" shortly before make it 0.95.
 */
final class ItFiscalCodeDetector implements Detector {

    static final String TYPE = "IT_FISCAL_CODE";

    private static final boolean[] LETTERS =
            NationalIds.starters("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
    private static final ContextWords CONTEXT =
            new ContextWords(
                    40,
                    "codice fiscale",
                    "cod. fisc.",
                    "cod. fiscale",
                    "cod fisc",
                    "c.f.",
                    "c.f",
                    "cf",
                    "fiscal code",
                    "tax code",
                    "tax id",
                    "codice fisc");
    private static final String MONTHS = "ABCDEHLMPRST";
    private static final String OMOCODIA = "LMNPQRSTUV";

    /** The positions that hold digits, in the order omocodia replaces them (rightmost first). */
    private static final int[] DIGIT_POSITIONS = {14, 13, 12, 10, 9, 7, 6};

    private static final int[] LETTER_POSITIONS = {0, 1, 2, 3, 4, 5, 8, 11, 15};

    /**
     * The odd-position (1st, 3rd, …) values of 0–9 and of A–Z; even positions count 0–9 and A–Z as
     * 0–25.
     */
    private static final int[] ODD_DIGITS = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21};

    private static final int[] ODD_LETTERS = {
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23
    };
    private static final int LENGTH = 16;

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
        NationalIds.scan(
                index, out, LETTERS, this::at); // no digit test: omocodia may replace every digit
    }

    private Candidate at(String text, int start) {
        int end = start + LENGTH;
        // cheapest refusals first: in prose the seventeenth character is usually inside a word
        if (Chars.wordChar(Chars.at(text, end))
                || !Chars.asciiLetter(Chars.at(text, end - 1))
                || !Chars.asciiAlnum(Chars.at(text, start + 6))
                || !Chars.endsToken(text, end)) {
            return null;
        }
        boolean lower = !Chars.upper(text.charAt(start));
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            char c = text.charAt(start + i);
            if (lower && c >= 'a' && c <= 'z') {
                c = (char) (c - 'a' + 'A');
            } else if (!Chars.digit(c) && (lower || !Chars.upper(c))) {
                return null; // another character, or mixed case
            }
            code[i] = c;
        }
        // the check letter is computed on the code as issued, omocodia letters included
        if (!lettersInPlace(code) || code[15] != checkLetter(code)) {
            return null;
        }
        int replaced = omocodeDigits(code);
        if (replaced < 0 || !birthDate(code)) {
            return null;
        }
        double score;
        if (CONTEXT.before(text, start)) {
            score = 0.95;
        } else {
            score = replaced == 0 ? 0.8 : replaced < DIGIT_POSITIONS.length ? 0.7 : 0.4;
        }
        return new Candidate(TYPE, start, end, score);
    }

    /**
     * Turns the omocodia letters back into digits, in place; returns how many there were, or -1
     * when the digit positions hold something else or the letters are not a rightmost run.
     */
    private static int omocodeDigits(char[] code) {
        int replaced = 0;
        boolean digitSeen = false;
        for (int position : DIGIT_POSITIONS) {
            char c = code[position];
            if (Chars.digit(c)) {
                digitSeen = true;
            } else {
                int digit = OMOCODIA.indexOf(c);
                if (digit < 0 || digitSeen) {
                    return -1;
                }
                code[position] = (char) ('0' + digit);
                replaced++;
            }
        }
        return replaced;
    }

    private static boolean lettersInPlace(char[] code) {
        for (int i : LETTER_POSITIONS) {
            if (!Chars.upper(code[i])) {
                return false;
            }
        }
        return true;
    }

    /** A month letter and a day of the month (plus 40 for women), once omocodia is undone. */
    private static boolean birthDate(char[] code) {
        int day = (code[9] - '0') * 10 + (code[10] - '0');
        return MONTHS.indexOf(code[8]) >= 0 && day >= 1 && (day <= 31 || (day >= 41 && day <= 71));
    }

    /** The check letter of the first fifteen characters. */
    static char checkLetter(char[] code) {
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = code[i];
            boolean odd = i % 2 == 0; // the 1st, 3rd, … character
            if (Chars.digit(c)) {
                sum += odd ? ODD_DIGITS[c - '0'] : c - '0';
            } else {
                sum += odd ? ODD_LETTERS[c - 'A'] : c - 'A';
            }
        }
        return (char) ('A' + sum % 26);
    }
}
