package io.gatehouse.pii;

import java.util.List;

/**
 * French social security numbers (NIR, numéro de sécurité sociale / INSEE): thirteen characters —
 * sex (1 or 2; 3, 4, 7, 8 for provisional numbers), year, month, département (2A and 2B for
 * Corsica), commune, order number — and a two-digit key, 97 minus the thirteen-digit number mod 97
 * (Corsica counted as 19 and 18). Written together, with the key apart ({@code 2550814168025 38}),
 * or in the printed groups {@code 2 55 08 14 168 025 38}. The month is 01 to 12 or one of INSEE's
 * codes for an unknown month (20 and above); 00 and 13–19 are refused, as is département 00.
 * Scores: the two-digit key makes a random match rare (about 1 in 150 with the sex and month
 * rules), so 0.6 without context together and 0.7 in the printed groups; "NIR", "INSEE", "sécurité
 * sociale", "carte Vitale" shortly before make either 0.95.
 */
final class FrNirDetector implements Detector {

    static final String TYPE = "FR_NIR";

    private static final boolean[] SEX_DIGITS = NationalIds.starters("123478");
    private static final ContextWords CONTEXT =
            new ContextWords(
                    40,
                    "nir",
                    "insee",
                    "sécurité sociale",
                    "securite sociale",
                    "sécu",
                    "secu",
                    "sécurité soc",
                    "n° ss",
                    "no ss",
                    "nss",
                    "numéro ss",
                    "carte vitale",
                    "vitale",
                    "social security");

    /** The printed groups: sex, year, month, département, commune, order, key. */
    private static final int[] GROUPS = {1, 2, 2, 2, 3, 3, 2};

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
            NationalIds.scan(index, out, SEX_DIGITS, this::at);
        }
    }

    private Candidate at(String text, int start) {
        boolean printed = Chars.at(text, start + 1) == ' ';
        char[] number = new char[15];
        int end = read(text, start, printed, number);
        if (end < 0
                || !NationalIds.standsAlone(text, start, end, printed || end - start == 16)
                || !valid(number)) {
            return null;
        }
        double score = CONTEXT.before(text, start) ? 0.95 : printed ? 0.7 : 0.6;
        return new Candidate(TYPE, start, end, score);
    }

    /**
     * Reads the fifteen characters into {@code number}: digits, or A/B after a 2 as the
     * département's second character. In the printed form each group is followed by one space; in
     * the compact form only the key may stand apart. Returns the end, or -1.
     */
    private static int read(String text, int start, boolean printed, char[] number) {
        int i = start;
        int count = 0;
        for (int g = 0; g < GROUPS.length; g++) {
            if (g > 0 && (printed || (g == GROUPS.length - 1 && Chars.at(text, i) == ' '))) {
                if (Chars.at(text, i) != ' ') {
                    return -1;
                }
                i++;
            }
            for (int k = 0; k < GROUPS[g]; k++, i++, count++) {
                char c = Chars.at(text, i);
                boolean corsica = count == 6 && number[5] == '2' && (c == 'A' || c == 'B');
                if (!Chars.digit(c) && !corsica) {
                    return -1;
                }
                number[count] = c;
            }
        }
        return i;
    }

    static boolean valid(char[] number) {
        int month = (number[3] - '0') * 10 + (number[4] - '0');
        if (month == 0 || (month > 12 && month < 20) || (number[5] == '0' && number[6] == '0')) {
            return false;
        }
        boolean corsica = number[6] == 'A' || number[6] == 'B';
        long value = 0;
        for (int i = 0; i < 13; i++) {
            int digit = number[i] - '0';
            if (corsica && i == 5) {
                digit = 1; // 2A counts as 19 and 2B as 18
            } else if (corsica && i == 6) {
                digit = number[6] == 'A' ? 9 : 8;
            }
            value = value * 10 + digit;
        }
        int key = (number[13] - '0') * 10 + (number[14] - '0');
        return key == 97 - (int) (value % 97);
    }
}
