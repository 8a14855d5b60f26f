package io.gatehouse.pii;

import java.util.Arrays;

/**
 * What many detectors would otherwise each find by walking the whole text, found once per text:
 * where words and tokens may begin. A detector that looks for cue words or identifiers only at such
 * places visits these positions instead of every character, so twenty detectors cost one scan of
 * the text rather than twenty. Built by {@link PiiEngine} once per text and handed to every
 * detector ({@link Detector#detect(TextIndex, java.util.List)}); immutable.
 */
final class TextIndex {

    /**
     * Characters other than letters and digits that begin an identifier or a cue: "(01)…", "+44…",
     * "#", "::1".
     */
    static final String OPENERS = "(+#:";

    /** No second character: the start is the text's last. */
    static final char NONE = '\uFFFF';

    private final String text;

    /**
     * Ascending: every i whose previous character is not a word character and text[i] is one, or an
     * opener.
     */
    private final int[] starts;

    /**
     * For each start, its first two characters in lower case ({@link #NONE} past the end): what cue
     * tables are keyed by.
     */
    private final char[] lowerFirst;

    private final char[] lowerSecond;
    private final int startCount;

    /**
     * The starts that are token starts ({@link Chars#startsToken}) at an ASCII letter, digit or
     * opener.
     */
    private final int[] tokenStarts;

    /** The character at each token start. */
    private final char[] tokenChars;

    private final int tokenStartCount;

    /** The token starts at a digit. */
    private final int[] digitTokenStarts;

    private final int digitTokenStartCount;
    private final int digitCount;

    private TextIndex(String text, Builder b) {
        this.text = text;
        this.starts = b.starts;
        this.lowerFirst = b.lowerFirst;
        this.lowerSecond = b.lowerSecond;
        this.startCount = b.count;
        this.tokenStarts = b.tokenStarts;
        this.tokenChars = b.tokenChars;
        this.tokenStartCount = b.tokenCount;
        this.digitTokenStarts = b.digitTokenStarts;
        this.digitTokenStartCount = b.digitTokenCount;
        this.digitCount = b.digits;
    }

    /** ASCII characters that are word characters ({@link Chars#wordChar}): letters and digits. */
    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = Chars.asciiAlnum(c);
        }
    }

    /**
     * Characters copied out of the string at a time: reading an array costs less than charAt,
     * chunks bound the copy.
     */
    private static final int CHUNK = 4096;

    static TextIndex of(String text) {
        int n = text.length();
        Builder b = new Builder(Math.max(16, n / 5));
        boolean previousWord = false;
        char[] chunk = new char[Math.min(n, CHUNK)];
        for (int chunkStart = 0; chunkStart < n; chunkStart += CHUNK) {
            int chunkEnd = Math.min(n, chunkStart + CHUNK);
            text.getChars(chunkStart, chunkEnd, chunk, 0);
            for (int i = chunkStart; i < chunkEnd; i++) {
                char c = chunk[i - chunkStart];
                boolean word = c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
                boolean digit = Chars.digit(c);
                if (digit) {
                    b.digits++;
                }
                if (!previousWord && (word || opener(c))) {
                    b.addStart(text, i, c);
                    if (c < 128 && Chars.startsToken(text, i)) {
                        b.addTokenStart(i, c, digit);
                    }
                }
                previousWord = word;
            }
        }
        return new TextIndex(text, b);
    }

    /** Growing arrays while the text is read. */
    private static final class Builder {
        int[] starts;
        char[] lowerFirst;
        char[] lowerSecond;
        int count;
        int[] tokenStarts;
        char[] tokenChars;
        int tokenCount;
        int[] digitTokenStarts = new int[16];
        int digitTokenCount;
        int digits;

        Builder(int capacity) {
            starts = new int[capacity];
            lowerFirst = new char[capacity];
            lowerSecond = new char[capacity];
            tokenStarts = new int[capacity];
            tokenChars = new char[capacity];
        }

        void addStart(String text, int i, char c) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                lowerFirst = Arrays.copyOf(lowerFirst, count * 2);
                lowerSecond = Arrays.copyOf(lowerSecond, count * 2);
            }
            starts[count] = i;
            lowerFirst[count] = lower(c);
            lowerSecond[count] = i + 1 < text.length() ? lower(text.charAt(i + 1)) : NONE;
            count++;
        }

        void addTokenStart(int i, char c, boolean digit) {
            if (tokenCount == tokenStarts.length) {
                tokenStarts = Arrays.copyOf(tokenStarts, tokenCount * 2);
                tokenChars = Arrays.copyOf(tokenChars, tokenCount * 2);
            }
            tokenChars[tokenCount] = c;
            tokenStarts[tokenCount++] = i;
            if (digit) {
                if (digitTokenCount == digitTokenStarts.length) {
                    digitTokenStarts = Arrays.copyOf(digitTokenStarts, digitTokenCount * 2);
                }
                digitTokenStarts[digitTokenCount++] = i;
            }
        }

        private static char lower(char c) {
            return c < 128
                    ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c)
                    : Character.toLowerCase(c);
        }
    }

    static boolean opener(char c) {
        return c == '(' || c == '+' || c == '#' || c == ':';
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

    /** The first character of start k in lower case ({@link Character#toLowerCase(char)}). */
    char lowerFirst(int k) {
        return lowerFirst[k];
    }

    /** The character after it in lower case, or {@link #NONE} at the end of the text. */
    char lowerSecond(int k) {
        return lowerSecond[k];
    }

    /**
     * How many token starts ({@link Chars#startsToken}) at an ASCII letter, digit or opener the
     * text has.
     */
    int tokenStartCount() {
        return tokenStartCount;
    }

    int tokenStart(int k) {
        return tokenStarts[k];
    }

    /** The (ASCII) character at token start k. */
    char tokenChar(int k) {
        return tokenChars[k];
    }

    /** How many of the token starts are at a digit. */
    int digitTokenStartCount() {
        return digitTokenStartCount;
    }

    int digitTokenStart(int k) {
        return digitTokenStarts[k];
    }

    /** The first k whose start is at or after {@code position} (startCount() when none is). */
    int firstStartFrom(int position, int fromK) {
        int k = fromK;
        while (k < startCount && starts[k] < position) {
            k++;
        }
        return k;
    }

    /**
     * The number of ASCII digits in the whole text: none, and no number-shaped identifier can be
     * there.
     */
    int digitCount() {
        return digitCount;
    }
}
