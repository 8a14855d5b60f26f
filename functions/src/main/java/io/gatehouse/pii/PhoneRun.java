package io.gatehouse.pii;

/**
 * One phone-shaped run of a text, as {@link PhoneDetector} scans it: digits with single separators
 * ({@code space - . / ( )} and a no-break space), optionally led by {@code +}, optionally followed
 * by an extension ({@code x0135}, {@code ext. 12}, {@code #12}). It only measures the run; deciding
 * what the digits are is libphonenumber's job.
 */
final class PhoneRun {

    private final int start;
    private final int end;
    private final int endWithExtension;
    private final String digits;
    private final boolean international;
    private final int groups;
    private final boolean bracketed;
    private final char onlySeparator;
    private final int[] groupLengths;

    private PhoneRun(
            int start,
            int end,
            int endWithExtension,
            String digits,
            boolean international,
            int[] groupLengths,
            int groups,
            boolean bracketed,
            char onlySeparator) {
        this.start = start;
        this.end = end;
        this.endWithExtension = endWithExtension;
        this.digits = digits;
        this.international = international;
        this.groupLengths = groupLengths;
        this.groups = groups;
        this.bracketed = bracketed;
        this.onlySeparator = onlySeparator;
    }

    /**
     * The run starting at {@code from} (a {@code +}, an opening bracket or a digit), or null when
     * it has too few or too many digits, or is glued to a letter.
     */
    static PhoneRun scan(String text, int from) {
        int n = text.length();
        int i = from;
        boolean plus = text.charAt(i) == '+';
        if (plus) {
            i++;
        }
        StringBuilder digits = new StringBuilder(16);
        int[] lengths = new int[PhoneDetector.MAX_DIGITS + 1];
        int groups = 0;
        int open = 0;
        boolean bracketed = false;
        char separator = 0;
        boolean mixed = false;
        char pending = 0;
        int lastDigitEnd = -1;
        int separatorsInRow = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Chars.digit(c)) {
                // a separator counts only once a digit follows it: "14/03/2024 at" has no space in
                // it
                if (pending != 0) {
                    if (separator == 0) {
                        separator = pending;
                    } else if (separator != pending) {
                        mixed = true;
                    }
                    pending = 0;
                }
                if (separatorsInRow > 0 || groups == 0) {
                    if (groups == lengths.length) {
                        return null;
                    }
                    groups++;
                }
                lengths[groups - 1]++;
                digits.append(c);
                if (digits.length() > PhoneDetector.MAX_DIGITS + 2) {
                    return null;
                }
                separatorsInRow = 0;
                lastDigitEnd = i + 1;
                i++;
                continue;
            }
            boolean bracket = c == '(' || c == ')';
            boolean plain = c == ' ' || c == '-' || c == '.' || c == '/' || c == '\u00A0';
            if (!bracket && !plain) {
                break;
            }
            if (c == '(') {
                if (open > 0) {
                    break;
                }
                open++;
                bracketed = true;
            } else if (c == ')') {
                if (open == 0) {
                    break;
                }
                open--;
            } else {
                pending = c == '\u00A0' ? ' ' : c;
            }
            separatorsInRow++;
            // a bracket may stand next to one plain separator (") 645-791"); two plain ones end the
            // run
            if (separatorsInRow > 2
                    || (separatorsInRow == 2 && !bracket && !bracketBefore(text, i))) {
                break;
            }
            i++;
        }
        if (lastDigitEnd < 0 || open > 0 && !closedAfter(text, from, lastDigitEnd)) {
            return null;
        }
        int end = lastDigitEnd;
        if (Chars.at(text, end) == ')' && countOpen(text, from, end) > 0) {
            end++;
        }
        String all = digits.toString();
        boolean international = plus;
        if (!plus && all.startsWith("00") && all.length() >= 10) {
            international = true;
            all = all.substring(2);
        }
        if (all.length() < PhoneDetector.MIN_DIGITS
                || all.length() > PhoneDetector.MAX_DIGITS
                || !Chars.endsToken(text, end)) {
            return null;
        }
        int withExtension = extensionEnd(text, end);
        return new PhoneRun(
                from,
                end,
                withExtension,
                all,
                international,
                lengths,
                groups,
                bracketed,
                mixed ? '*' : separator);
    }

    private static boolean bracketBefore(String text, int i) {
        char previous = Chars.at(text, i - 1);
        return previous == '(' || previous == ')';
    }

    private static boolean closedAfter(String text, int from, int end) {
        return countOpen(text, from, end) == 0;
    }

    private static int countOpen(String text, int from, int end) {
        int open = 0;
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == '(') {
                open++;
            } else if (c == ')') {
                open--;
            }
        }
        return open;
    }

    /**
     * Where an extension after the number ends ({@code x0135}, {@code ext. 12}, {@code #12}), or
     * {@code end} when there is none.
     */
    private static int extensionEnd(String text, int end) {
        int i = end;
        if (Chars.at(text, i) == ' ') {
            i++;
        }
        int marker = markerLength(text, i);
        if (marker == 0) {
            return end;
        }
        i += marker;
        if (Chars.at(text, i) == '.') {
            i++;
        }
        if (Chars.at(text, i) == ' ') {
            i++;
        }
        int digitsFrom = i;
        while (i < text.length() && Chars.digit(text.charAt(i)) && i - digitsFrom < 6) {
            i++;
        }
        return i > digitsFrom && Chars.endsToken(text, i) ? i : end;
    }

    private static final String[] EXTENSION_MARKERS = {"extension", "ext", "x", "#"};

    private static int markerLength(String text, int i) {
        char first = Chars.at(text, i);
        if (first != 'e' && first != 'E' && first != 'x' && first != 'X' && first != '#') {
            return 0; // what follows most numbers: no marker begins so
        }
        for (String marker : EXTENSION_MARKERS) {
            if (Chars.regionMatchesIgnoreCase(text, i, marker)) {
                return marker.length();
            }
        }
        return 0;
    }

    /**
     * A date ({@code 03-04-1987}, {@code 1987-03-04}), a year range, an IPv4 address, a decimal, or
     * the 3-2-4 grouping of a US SSN, written with phone-like separators.
     */
    boolean looksLikeSomethingElse(String text) {
        if (international || bracketed || onlySeparator == '*') {
            return false;
        }
        if (groups == 3 && groupLengths[0] == 3 && groupLengths[1] == 2 && groupLengths[2] == 4) {
            return true;
        }
        if (groups == 4 && onlySeparator == '.' && allAtMost(3)) {
            return true;
        }
        if (groups == 2 && (onlySeparator == '.' || onlySeparator == '/')) {
            return true;
        }
        if (groups == 3
                && onlySeparator != ' '
                && onlySeparator != 0
                && (date(groupLengths[0], groupLengths[1], groupLengths[2])
                        || date(groupLengths[2], groupLengths[1], groupLengths[0]))) {
            return looksLikeCalendar();
        }
        if (groups == 2 && onlySeparator == '-' && groupLengths[0] == 4 && groupLengths[1] == 4) {
            return year(digits.substring(0, 4)) && year(digits.substring(4));
        }
        return false;
    }

    private boolean allAtMost(int length) {
        for (int g = 0; g < groups; g++) {
            if (groupLengths[g] > length) {
                return false;
            }
        }
        return true;
    }

    private static boolean date(int day, int month, int year) {
        return day <= 2 && month <= 2 && (year == 2 || year == 4);
    }

    /** Whether the three groups read as a day, a month and a year in either order. */
    private boolean looksLikeCalendar() {
        int a = Integer.parseInt(digits.substring(0, groupLengths[0]));
        int b =
                Integer.parseInt(
                        digits.substring(groupLengths[0], groupLengths[0] + groupLengths[1]));
        if (groupLengths[0] == 4) {
            return b >= 1 && b <= 12;
        }
        return a >= 1 && b >= 1 && (a <= 12 && b <= 31 || a <= 31 && b <= 12);
    }

    private static boolean year(String four) {
        return four.startsWith("19") || four.startsWith("20");
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    int endWithExtension() {
        return endWithExtension;
    }

    /** The digits without separators, and without an international {@code 00}. */
    String digits() {
        return digits;
    }

    /** Led by {@code +} or {@code 00}: the digits start with a country code. */
    boolean international() {
        return international;
    }

    /**
     * Grouped the way people write phone numbers whatever the plan: groups of at most five digits
     * (or a bracketed area code), 7–12 digits.
     */
    boolean writtenLikePhone() {
        if (digits.length() > 12) {
            return false;
        }
        for (int g = bracketed ? 1 : 0; g < groups; g++) {
            if (groupLengths[g] > 5) {
                return false;
            }
        }
        return true;
    }

    /** Written in two or more groups or with a bracketed area code. */
    boolean grouped() {
        return groups >= 2 || bracketed;
    }
}
