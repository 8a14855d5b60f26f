package io.gatehouse.pii;

/**
 * The shapes of postcodes, tried at one position of a text. Each method returns where the postcode
 * ends, or -1 when none starts there; callers decide what context makes a shape a postcode. A shape
 * must stand as its own token: the characters around it are not letters or digits.
 */
final class Postcodes {

    /** Letters a UK inward code never uses (they read like digits or each other). */
    private static final String UK_INWARD_EXCLUDED = "CIKMOV";

    private static final String CA_EXCLUDED = "DFIOQU";

    private Postcodes() {}

    /** Any shape, the longest first: what an address's own postcode may be. */
    static int any(String text, int i) {
        int end = uk(text, i);
        if (end < 0) end = canada(text, i);
        if (end < 0) end = portugal(text, i);
        if (end < 0) end = netherlands(text, i);
        if (end < 0) end = poland(text, i);
        if (end < 0) end = czech(text, i);
        if (end < 0) end = usZip(text, i);
        if (end < 0) end = digits(text, i, 4);
        return end;
    }

    /**
     * UK: outward A9, A99, AA9, AA99, A9A or AA9A, one space, inward 9AA ("SW1A 1AA", "LS6 2AB").
     */
    static int uk(String text, int i) {
        if (!Chars.startsToken(text, i) || !Chars.upper(Chars.at(text, i))) {
            return -1;
        }
        char first = text.charAt(i);
        if (first == 'Q' || first == 'V' || first == 'X') {
            return -1;
        }
        int j = i + 1;
        if (Chars.upper(Chars.at(text, j))) {
            char second = text.charAt(j);
            if (second == 'I' || second == 'J' || second == 'Z') {
                return -1;
            }
            j++;
        }
        if (!Chars.digit(Chars.at(text, j))) {
            return -1;
        }
        j++;
        if (Chars.digit(Chars.at(text, j)) || Chars.upper(Chars.at(text, j))) {
            j++;
        }
        if (Chars.at(text, j) != ' ') {
            return -1;
        }
        j++;
        if (!Chars.digit(Chars.at(text, j))
                || !ukInwardLetter(Chars.at(text, j + 1))
                || !ukInwardLetter(Chars.at(text, j + 2))) {
            return -1;
        }
        return ends(text, j + 3);
    }

    private static boolean ukInwardLetter(char c) {
        return Chars.upper(c) && UK_INWARD_EXCLUDED.indexOf(c) < 0;
    }

    /** Canada: A9A 9A9 ("K1A 0B1"), one space or none. */
    static int canada(String text, int i) {
        if (!Chars.startsToken(text, i)
                || !caLetter(Chars.at(text, i))
                || Chars.at(text, i) == 'W'
                || Chars.at(text, i) == 'Z'
                || !Chars.digit(Chars.at(text, i + 1))
                || !caLetter(Chars.at(text, i + 2))) {
            return -1;
        }
        int j = i + 3;
        if (Chars.at(text, j) == ' ') {
            j++;
        }
        if (!Chars.digit(Chars.at(text, j))
                || !caLetter(Chars.at(text, j + 1))
                || !Chars.digit(Chars.at(text, j + 2))) {
            return -1;
        }
        return ends(text, j + 3);
    }

    private static boolean caLetter(char c) {
        return Chars.upper(c) && CA_EXCLUDED.indexOf(c) < 0;
    }

    /** Netherlands: 9999 AA, the first digit not 0, the letters not SA, SD or SS ("1015 CJ"). */
    static int netherlands(String text, int i) {
        if (!Chars.startsToken(text, i) || Chars.at(text, i) == '0' || !digitsAt(text, i, 4)) {
            return -1;
        }
        int j = i + 4;
        if (Chars.at(text, j) == ' ') {
            j++;
        }
        char a = Chars.at(text, j);
        char b = Chars.at(text, j + 1);
        if (!Chars.upper(a)
                || !Chars.upper(b)
                || (a == 'S' && (b == 'A' || b == 'D' || b == 'S'))) {
            return -1;
        }
        return ends(text, j + 2);
    }

    /** Poland: 99-999 ("00-590"). */
    static int poland(String text, int i) {
        return grouped(text, i, 2, '-', 3);
    }

    /** Czechia and Slovakia (and Sweden, Greece): 999 99 ("110 00"). */
    static int czech(String text, int i) {
        return grouped(text, i, 3, ' ', 2);
    }

    /** Portugal: 9999-999 ("1100-148"). */
    static int portugal(String text, int i) {
        return grouped(text, i, 4, '-', 3);
    }

    /** US ZIP or ZIP+4: 99999 or 99999-9999. */
    static int usZip(String text, int i) {
        int end = grouped(text, i, 5, '-', 4);
        return end >= 0 ? end : digits(text, i, 5);
    }

    /** Exactly {@code count} digits standing alone. */
    static int digits(String text, int i, int count) {
        if (!Chars.startsToken(text, i) || !digitsAt(text, i, count)) {
            return -1;
        }
        return ends(text, i + count);
    }

    private static int grouped(String text, int i, int first, char separator, int second) {
        if (!Chars.startsToken(text, i)
                || !digitsAt(text, i, first)
                || Chars.at(text, i + first) != separator
                || !digitsAt(text, i + first + 1, second)) {
            return -1;
        }
        return ends(text, i + first + 1 + second);
    }

    private static boolean digitsAt(String text, int i, int count) {
        for (int k = 0; k < count; k++) {
            if (!Chars.digit(Chars.at(text, i + k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code end} when the shape stops there (no letter, digit or joined-on token follows), else
     * -1.
     */
    private static int ends(String text, int end) {
        return Chars.endsToken(text, end) ? end : -1;
    }

    /** The letters an Eircode uses, in its routing key and its identifier. */
    private static final String EIRCODE_LETTERS = "ACDEFHKNPRTVWXY";

    /**
     * Irish Eircode: a routing key (letter, two digits, or "D6W"), a space, four letters and digits
     * with a digit among them.
     */
    static int eircode(String text, int i) {
        boolean routing =
                EIRCODE_LETTERS.indexOf(text.charAt(i)) >= 0
                        && Chars.digit(Chars.at(text, i + 1))
                        && (Chars.digit(Chars.at(text, i + 2)) || text.startsWith("D6W", i));
        if (!routing || Chars.at(text, i + 3) != ' ') {
            return -1;
        }
        int digits = 0;
        for (int k = i + 4; k < i + 8; k++) {
            char c = Chars.at(text, k);
            if (Chars.digit(c)) {
                digits++;
            } else if (!Chars.upper(c) || EIRCODE_LETTERS.indexOf(c) < 0) {
                return -1;
            }
        }
        boolean lettersFirst = Chars.upper(text.charAt(i + 4));
        return digits > 0 && digits < 4 && lettersFirst && Chars.endsToken(text, i + 8)
                ? i + 8
                : -1;
    }
}
