package io.gatehouse.pii;

import java.util.List;

/**
 * What the national-identifier detectors share: the scan over token starts, and the reading of a
 * number written in fixed groups of digits. Each identifier is short and of bounded length, so a
 * match attempt costs a constant and the scan stays linear whatever the text.
 */
final class NationalIds {

    /** The identifier starting at {@code start}, or null. */
    interface Match {
        Candidate at(String text, int start);
    }

    private NationalIds() {}

    /**
     * The ASCII characters an identifier may begin with, as a table: the scan tests each character
     * of the text against it, and a table look-up costs far less there than a call per character.
     */
    static boolean[] starters(String chars) {
        boolean[] table = new boolean[STARTERS_LENGTH];
        for (char c : chars.toCharArray()) {
            table[c] = true;
        }
        // what scan would otherwise work out from the 128 entries at every call: kept past them
        table[INDEXED] = indexed(table);
        table[DIGITS_ONLY] = digitsOnly(table);
        return table;
    }

    /**
     * Past the 128 ASCII entries of a {@link #starters} table: whether the index records every
     * starter.
     */
    private static final int INDEXED = 128;

    /** And whether every starter is a digit. */
    private static final int DIGITS_ONLY = 129;

    private static final int STARTERS_LENGTH = 130;

    /**
     * Tries {@code match} at every token start whose character is one of {@code starters}. After a
     * miss the rest of the word is skipped, since no token starts inside a word; after a hit, the
     * hit.
     */
    static void scan(String text, List<Candidate> out, boolean[] starters, Match match) {
        scan(TextIndex.of(text), out, starters, match);
    }

    /**
     * As above, visiting only the index's starts: a token start is always one (its previous
     * character is no word character), so the candidates tried, and the findings, are the same.
     */
    static void scan(TextIndex index, List<Candidate> out, boolean[] starters, Match match) {
        boolean complete = starters.length == STARTERS_LENGTH;
        if (!(complete ? starters[INDEXED] : indexed(starters))) {
            scanEveryChar(index.text(), out, starters, match);
            return;
        }
        String text = index.text();
        boolean digitsOnly = complete ? starters[DIGITS_ONLY] : digitsOnly(starters);
        int count = digitsOnly ? index.digitTokenStartCount() : index.tokenStartCount();
        int resumeAt = 0;
        for (int k = 0; k < count; k++) {
            int i;
            if (digitsOnly) {
                i = index.digitTokenStart(k);
                if (!starters[text.charAt(i)]) {
                    continue;
                }
            } else if (starters[index.tokenChar(k)]) {
                i = index.tokenStart(k);
            } else {
                continue;
            }
            if (i < resumeAt) {
                continue;
            }
            Candidate found = match.at(text, i);
            if (found != null) {
                out.add(found);
                resumeAt = found.end();
            }
        }
    }

    private static boolean digitsOnly(boolean[] starters) {
        for (char c = 0; c < 128; c++) {
            if (starters[c] && !Chars.digit(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether every starter is one the index records: a letter, a digit or an opener. */
    private static boolean indexed(boolean[] starters) {
        for (char c = 0; c < 128; c++) {
            if (starters[c] && !Chars.asciiAlnum(c) && !TextIndex.opener(c)) {
                return false;
            }
        }
        return true;
    }

    private static void scanEveryChar(
            String text, List<Candidate> out, boolean[] starters, Match match) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c >= 128 || !starters[c] || !Chars.startsToken(text, i)) {
                i++;
                continue;
            }
            Candidate found = match.at(text, i);
            if (found != null) {
                out.add(found);
                i = found.end();
            } else {
                i++;
                while (i < n && Chars.wordChar(text.charAt(i))) {
                    i++;
                }
            }
        }
    }

    /**
     * The end of the digits at {@code start} written in groups of {@code lengths}, each pair of
     * groups joined by one {@code separator} (0: no separator, the groups run together), or -1.
     * Says nothing about what follows the last group.
     */
    static int grouped(String text, int start, char separator, int[] lengths) {
        int i = start;
        for (int g = 0; g < lengths.length; g++) {
            if (g > 0 && separator != 0) {
                if (Chars.at(text, i) != separator) {
                    return -1;
                }
                i++;
            }
            for (int k = 0; k < lengths[g]; k++, i++) {
                if (!Chars.digit(Chars.at(text, i))) {
                    return -1;
                }
            }
        }
        return i;
    }

    /**
     * Whether text[start, end) stands alone: a token on both sides and, when written in groups
     * separated by spaces, not one more group of digits before or after (then it is a longer
     * number, a phone number or a reference, of which these digits are only a part).
     */
    static boolean standsAlone(String text, int start, int end, boolean spaced) {
        if (!Chars.startsToken(text, start) || !Chars.endsToken(text, end)) {
            return false;
        }
        return !spaced
                || !((Chars.at(text, end) == ' ' && Chars.digit(Chars.at(text, end + 1)))
                        || (Chars.at(text, start - 1) == ' '
                                && Chars.digit(Chars.at(text, start - 2))));
    }

    /**
     * Whether every character of text[start, end) is the same: 0000000000 passes several checks.
     */
    static boolean oneRepeatedChar(String text, int start, int end) {
        for (int i = start + 1; i < end; i++) {
            if (text.charAt(i) != text.charAt(start)) {
                return false;
            }
        }
        return true;
    }
}
