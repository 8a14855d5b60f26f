package io.gatehouse.pii;

/**
 * Times of day as people write them: {@code 16:05}, {@code 16:05:33.120}, {@code 8:30 am}, {@code 3
 * pm}, {@code 14 Uhr}, {@code 14.30 Uhr}, {@code 14h30}, a zone after them ({@code Z}, {@code
 * +01:00}, {@code UTC}, {@code CET}), and a range written as one phrase ({@code 8am-12pm}, {@code
 * 9–17 Uhr}, {@code 16:00 - 18:30}). A bare hour ("at 3") or a dotted pair without a unit ("14.30",
 * a decimal as often as not) is no time. Each method returns the end of what it read, or -1.
 */
final class ClockTime {

    private static final String[] UNITS = {
        "a.m.", "p.m.", "am", "pm", "o'clock", "o’clock", "uhr", "uur", "hod.", "hodin", "godz.",
        "h"
    };
    private static final boolean[] UNIT_FIRSTS = Chars.firstChars(UNITS);
    private static final String[] ZONES = {
        "UTC", "GMT", "CET", "CEST", "MEZ", "MESZ", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST",
        "PDT", "BST", "WET", "WEST", "EET", "EEST"
    };

    private ClockTime() {}

    /** A time, or a range of two, starting at {@code start} (a digit at a token start). */
    static int parse(String text, int start) {
        int end = single(text, start);
        int bareEnd = -1;
        if (end < 0) {
            // "9-17 Uhr", "8-12pm": a bare hour is a time when the range's other end is one
            bareEnd = bareHour(text, start);
            if (bareEnd < 0) {
                return -1;
            }
        }
        int from = end > 0 ? end : bareEnd;
        int second = rangeSeparator(text, from);
        if (second > 0 && Chars.digit(Chars.at(text, second))) {
            int secondEnd = single(text, second);
            if (secondEnd > 0 && (end > 0 || qualified(text, second, secondEnd))) {
                return secondEnd;
            }
        }
        return end;
    }

    /**
     * Whether a parsed time says so itself: a unit (am, Uhr), seconds or a zone, not just {@code
     * hh:mm}.
     */
    static boolean qualified(String text, int start, int end) {
        int colons = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c) || c == '+') {
                return true;
            }
            if (c == ':') {
                colons++;
            }
        }
        return colons >= 2;
    }

    private static int single(String text, int start) {
        int h = digits(text, start);
        if (h < 1 || h > 2) {
            return -1;
        }
        int hour = Chars.number(text, start, start + h);
        int i = start + h;
        char c = Chars.at(text, i);
        if (c == ':' && digits(text, i + 1) == 2) {
            if (hour > 24 || minutes(text, i + 1) > 59) {
                return -1;
            }
            i += 3;
            if (Chars.at(text, i) == ':'
                    && digits(text, i + 1) == 2
                    && minutes(text, i + 1) <= 60) {
                i += 3;
                if ((Chars.at(text, i) == '.' || Chars.at(text, i) == ',')
                        && digits(text, i + 1) >= 1
                        && digits(text, i + 1) <= 9) {
                    i += 1 + digits(text, i + 1);
                }
            }
            boolean seconds = i - start - h > 3;
            int unit = unit(text, i, hour);
            i = unit > 0 ? unit : i;
            return zone(text, i, seconds);
        }
        if ((c == '.' || c == 'h' || c == 'H') && digits(text, i + 1) == 2) {
            if (hour > 24 || minutes(text, i + 1) > 59) {
                return -1;
            }
            int after = i + 3;
            if (c != '.') {
                return Chars.endsToken(text, after) ? after : -1; // 14h30
            }
            int unit = unit(text, after, hour);
            // 14.30 Uhr, but "3.50 h" is a duration as often as not
            return unit > 0 && Character.toLowerCase(text.charAt(unit - 1)) != 'h' ? unit : -1;
        }
        int unit = unit(text, i, hour);
        if (unit > 0 && Character.toLowerCase(Chars.at(text, unit - 1)) != 'h') {
            return zone(text, unit, false); // 3 pm, 14 Uhr; "14 h" reads as a duration
        }
        return -1;
    }

    private static int bareHour(String text, int start) {
        int h = digits(text, start);
        if (h < 1 || h > 2 || Integer.parseInt(text, start, start + h, 10) > 24) {
            return -1;
        }
        return start + h;
    }

    /** Where a second time may start after a range dash or "to"/"bis"…, or -1. */
    static int rangeSeparator(String text, int end) {
        int i = end;
        if (Chars.at(text, i) == ' ') {
            i++;
        }
        char c = Chars.at(text, i);
        if (c == '-' || c == '–' || c == '—') {
            i++;
        } else {
            int word = CalendarWords.wordEnd(text, i);
            if (word == i || !rangeWord(text, i, word)) {
                return -1;
            }
            i = word;
            if (Chars.at(text, i) != ' ') {
                return -1;
            }
        }
        if (Chars.at(text, i) == ' ') {
            i++;
        }
        return i;
    }

    private static final String[] RANGE_WORDS = {
        "to", "till", "until", "through", "thru", "bis", "au", "al", "a", "à", "do", "až", "tot"
    };

    private static boolean rangeWord(String text, int start, int end) {
        for (String word : RANGE_WORDS) {
            if (word.length() == end - start && Chars.regionMatchesIgnoreCase(text, start, word)) {
                return true;
            }
        }
        return false;
    }

    private static int unit(String text, int start, int hour) {
        int i = start;
        if (Chars.at(text, i) == ' ') {
            i++;
        }
        if (!Chars.mayBeginAny(text, i, UNIT_FIRSTS)) {
            return -1;
        }
        for (String unit : UNITS) {
            if (Chars.regionMatchesIgnoreCase(text, i, unit)) {
                int end = i + unit.length();
                boolean twelveHour = unit.charAt(0) == 'a' || unit.charAt(0) == 'p';
                if ((twelveHour && (hour < 1 || hour > 12)) || hour > 24) {
                    return -1;
                }
                if (unit.endsWith(".") || !Chars.wordChar(Chars.at(text, end))) {
                    return end;
                }
            }
        }
        return -1;
    }

    /**
     * A zone after a time: {@code Z}, {@code +01:00}, {@code +0100}, {@code +01}, or a capitalised
     * abbreviation. A minus offset only after seconds: "16:00-18:00" is a range.
     */
    private static int zone(String text, int end, boolean afterSeconds) {
        char c = Chars.at(text, end);
        if (c == 'Z' && !Chars.wordChar(Chars.at(text, end + 1))) {
            return end + 1;
        }
        if ((c == '+' || (c == '-' && afterSeconds)) && digits(text, end + 1) == 2) {
            int i = end + 3;
            if (Chars.at(text, i) == ':' && digits(text, i + 1) == 2) {
                return i + 3;
            }
            return digits(text, i) == 2 ? i + 2 : i;
        }
        if (c == ' ') {
            int word = CalendarWords.wordEnd(text, end + 1);
            for (String zone : ZONES) {
                if (word - end - 1 == zone.length() && text.startsWith(zone, end + 1)) {
                    return word;
                }
            }
        }
        return end;
    }

    static int digits(String text, int start) {
        int i = start;
        while (i < text.length() && Chars.digit(text.charAt(i)) && i - start < 10) {
            i++;
        }
        return i - start;
    }

    private static int minutes(String text, int start) {
        return (text.charAt(start) - '0') * 10 + (text.charAt(start + 1) - '0');
    }
}
