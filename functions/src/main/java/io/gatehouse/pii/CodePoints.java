package io.gatehouse.pii;

/**
 * Turns UTF-16 offsets (how Java indexes a string) into Unicode code point offsets (how findings
 * are reported). Text without surrogate pairs — most text — needs no table at all.
 */
final class CodePoints {

    private final int[] codePointAt;

    private CodePoints(int[] codePointAt) {
        this.codePointAt = codePointAt;
    }

    static CodePoints of(String text) {
        int firstSurrogate = -1;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                firstSurrogate = i;
                break;
            }
        }
        if (firstSurrogate < 0) {
            return new CodePoints(null);
        }
        // table[i] = how many code points begin before UTF-16 index i
        int[] table = new int[text.length() + 1];
        int codePoints = 0;
        for (int i = 0; i < text.length(); i++) {
            table[i] = codePoints;
            boolean secondHalfOfPair =
                    Character.isLowSurrogate(text.charAt(i))
                            && i > 0
                            && Character.isHighSurrogate(text.charAt(i - 1));
            if (!secondHalfOfPair) {
                codePoints++;
            }
        }
        table[text.length()] = codePoints;
        return new CodePoints(table);
    }

    /** The code point index of UTF-16 index {@code charIndex} (a start or an exclusive end). */
    int at(int charIndex) {
        return codePointAt == null ? charIndex : codePointAt[charIndex];
    }
}
