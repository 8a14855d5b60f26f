package io.gatehouse.pii;

import java.util.Locale;

/**
 * Word-level steps over a text for the geographic detectors: where a word ends, how it is cased.
 */
final class Words {

    /**
     * Longer words are never looked up: no lexicon entry is this long, and it bounds the copying.
     */
    static final int MAX_LOOKUP = 40;

    /**
     * ASCII letters and digits: {@link Chars#wordChar} by one table look-up, as these loops see
     * every character.
     */
    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = Chars.wordChar(c);
        }
    }

    private Words() {}

    /** {@link Chars#wordChar}, the same answer. */
    static boolean wordChar(char c) {
        return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
    }

    /**
     * The end of the word that starts at {@code i}: letters and digits, joined by inner {@code - '
     * ’}.
     */
    static int end(String text, int i) {
        int n = text.length();
        int j = i;
        while (j < n) {
            char c = text.charAt(j);
            if (wordChar(c)) {
                j++;
            } else if ((c == '-' || c == '\'' || c == '’')
                    && j > i
                    && j + 1 < n
                    && wordChar(text.charAt(j + 1))) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    static boolean startsWord(String text, int i) {
        return i < text.length()
                && wordChar(text.charAt(i))
                && (i == 0 || !wordChar(text.charAt(i - 1)));
    }

    /** Lower case text[start, end), or "" when it is too long to be any lexicon word. */
    static String lower(String text, int start, int end) {
        if (end - start > MAX_LOOKUP || end <= start) {
            return "";
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    /**
     * An upper-case letter, then at least one lower-case letter: "Baker", "Köln", "O'Neill",
     * "McDonald".
     */
    static boolean capitalised(String text, int start, int end) {
        if (end - start < 2 || !Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        for (int k = start + 1; k < end; k++) {
            if (Character.isLowerCase(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    static boolean allDigits(String text, int start, int end) {
        for (int k = start; k < end; k++) {
            if (!Chars.digit(text.charAt(k))) {
                return false;
            }
        }
        return end > start;
    }

    /** Past spaces and tabs (never a line break: an address stays on its line). */
    static int skipBlanks(String text, int i) {
        while (i < text.length()
                && (text.charAt(i) == ' '
                        || text.charAt(i) == '\t'
                        || text.charAt(i) == '\u00A0')) {
            i++;
        }
        return i;
    }
}
