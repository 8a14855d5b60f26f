package io.gatehouse.pii;

/** Character tests and boundary rules shared by the detectors. ASCII digits only, on purpose. */
final class Chars {

    private Chars() {}

    static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean asciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean upper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    static boolean asciiAlnum(char c) {
        return digit(c) || asciiLetter(c);
    }

    static boolean hex(char c) {
        return digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /**
     * {@link Character#isLetter(char)}, answered for ASCII without the lookup tables: the scanners
     * ask it of most characters of a text.
     */
    static boolean letter(char c) {
        return c < 128 ? asciiLetter(c) : Character.isLetter(c);
    }

    /** A letter or digit of any script: what makes two runs of characters one word. */
    static boolean wordChar(char c) {
        return c < 128 ? asciiAlnum(c) : Character.isLetterOrDigit(c);
    }

    static char at(String text, int i) {
        return i >= 0 && i < text.length() ? text.charAt(i) : ' ';
    }

    /**
     * Whether a token may start at {@code i}: the character before is not part of a word, nor a
     * joiner ({@code - . / _ :}) glued to a word or number before it. So the digits in {@code
     * ORD-4111111111111111}, {@code v1.2.3.4} or a GUID's last group start no token.
     */
    static boolean startsToken(String text, int i) {
        char before = at(text, i - 1);
        if (wordChar(before) || before == '_') {
            return false;
        }
        return !(joiner(before) && wordChar(at(text, i - 2)));
    }

    /**
     * Whether a token may end before {@code end}: the next character is not part of a word, nor a
     * joiner followed by a word or number character (the token goes on: {@code 1.2.3.4.5}).
     */
    static boolean endsToken(String text, int end) {
        char after = at(text, end);
        if (wordChar(after) || after == '_') {
            return false;
        }
        return !(joiner(after) && wordChar(at(text, end + 1)));
    }

    static boolean joiner(char c) {
        return c == '-' || c == '.' || c == '/' || c == '_' || c == ':' || c == '@';
    }

    /** The number of ASCII digits in text[start, end). */
    static int digitCount(String text, int start, int end) {
        int count = 0;
        for (int i = start; i < end; i++) {
            if (digit(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    /** The ASCII digits of text[start, end), in order. */
    static String digitsOf(String text, int start, int end) {
        StringBuilder digits = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            if (digit(text.charAt(i))) {
                digits.append(text.charAt(i));
            }
        }
        return digits.toString();
    }

    /**
     * {@code text.regionMatches(true, i, word, 0, word.length())}, answered without case folding
     * while both sides are ASCII (the usual case, and the JDK's folding is a hot spot when every
     * word of a text is tried against cue lists); any other character defers to the JDK, so the
     * answer is always the same.
     */
    static boolean regionMatchesIgnoreCase(String text, int i, String word) {
        int length = word.length();
        if (i < 0 || i > text.length() - length) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            char t = text.charAt(i + k);
            char w = word.charAt(k);
            if (t == w) {
                continue;
            }
            if ((t | w) >= 128) {
                return text.regionMatches(true, i, word, 0, length);
            }
            if (asciiLower(t) != asciiLower(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The ASCII characters (lower case) with which text may begin to match one of the words under
     * {@link #regionMatchesIgnoreCase}: for {@link #mayBeginAny}, which rules out a list of words
     * with one look where most positions begin none of them.
     */
    static boolean[] firstChars(String... words) {
        boolean[] firsts = new boolean[128];
        for (String word : words) {
            char w = word.charAt(0);
            for (char folded : new char[] {w, Character.toUpperCase(w), Character.toLowerCase(w)}) {
                if (folded < 128) {
                    firsts[asciiLower(folded)] =
                            true; // "ſ" folds to "S": an ASCII text may match it
                }
            }
        }
        return firsts;
    }

    /**
     * False only when none of the words {@code firsts} was made from can match at {@code i}: the
     * character there is ASCII and begins none of them (or there is none).
     */
    static boolean mayBeginAny(String text, int i, boolean[] firsts) {
        if (i < 0 || i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return c >= 128 || firsts[asciiLower(c)];
    }

    /**
     * The value of the ASCII digits text[start, end) (at most nine), as {@code Integer.parseInt}
     * gives it, without its checks; anything else is left to it.
     */
    static int number(CharSequence text, int start, int end) {
        if (end - start > 9 || end <= start) {
            return Integer.parseInt(text, start, end, 10);
        }
        int value = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return Integer.parseInt(text, start, end, 10);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
}
