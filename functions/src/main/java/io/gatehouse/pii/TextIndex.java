package io.gatehouse.pii;

import java.util.Arrays;

/**
 * What many detectors would otherwise each find by walking the whole text, found once per text:
 * where words and tokens may begin. A detector that looks for cue words or identifiers only at
 * such places visits these positions instead of every character, so twenty detectors cost one scan
 * of the text rather than twenty. Built by {@link PiiEngine} once per text and handed to every
 * detector ({@link Detector#detect(TextIndex, java.util.List)}); immutable.
 */
final class TextIndex {

    /** Characters other than letters and digits that begin an identifier or a cue: "(01)…", "+44…", "#". */
    static final String OPENERS = "(+#";

    private final String text;
    /** Ascending: every i whose previous character is not a word character and text[i] is one, or an opener. */
    private final int[] starts;
    private final int startCount;
    private final int digitCount;

    private TextIndex(String text, int[] starts, int startCount, int digitCount) {
        this.text = text;
        this.starts = starts;
        this.startCount = startCount;
        this.digitCount = digitCount;
    }

    static TextIndex of(String text) {
        int n = text.length();
        int[] starts = new int[Math.max(16, n / 4)];
        int count = 0;
        int digits = 0;
        boolean previousWord = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean word = Chars.wordChar(c);
            if (Chars.digit(c)) {
                digits++;
            }
            if (!previousWord && (word || opener(c))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i;
            }
            previousWord = word;
        }
        return new TextIndex(text, starts, count, digits);
    }

    static boolean opener(char c) {
        return c == '(' || c == '+' || c == '#';
    }

    String text() {
        return text;
    }

    /** How many word or opener starts the text has; {@link #start(int)} gives them in order. */
    int startCount() {
        return startCount;
    }

    int start(int k) {
        return starts[k];
    }

    /** The first k whose start is at or after {@code position} (startCount() when none is). */
    int firstStartFrom(int position, int fromK) {
        int k = fromK;
        while (k < startCount && starts[k] < position) {
            k++;
        }
        return k;
    }

    /** The number of ASCII digits in the whole text: none, and no number-shaped identifier can be there. */
    int digitCount() {
        return digitCount;
    }
}
