package io.gatehouse.pii;

import java.time.Month;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Dates of birth: a calendar date, written {@code 1985-03-02}, {@code 1985/03/02},
 * {@code 03/02/1985} (US or European order; valid either way), {@code 02.03.1985},
 * {@code 03-02-1985}, {@code March 2, 1985}, {@code Mar 2 1985} or {@code 2 March 1985}, in a year
 * from 1900 to this year, standing alone (not the date of a timestamp like
 * {@code 2024-01-15T10:30}). Any date is only a date: score 0.3, under the default minimum. With
 * "DOB", "date of birth", "born", "birthday"… shortly before it, 0.9.
 */
final class DateOfBirthDetector implements Detector {

    private static final ContextWords CONTEXT = new ContextWords(40,
            "dob", "d.o.b", "d.o.b.", "date of birth", "birth date", "birthdate", "born", "birthday", "b-day", "geb.", "né", "née",
            "geboren");
    private static final String[] ORDINALS = {"st", "nd", "rd", "th"};
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12),
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("jun", 6),
            Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    @Override
    public String type() {
        return EntityType.DATE_TIME.name();
    }

    @Override
    public void detect(String text, List<Candidate> out) {
        int thisYear = Year.now().getValue();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int end = -1;
            if (Chars.digit(c) && Chars.startsToken(text, i)) {
                end = numeric(text, i, thisYear);
                if (end < 0) {
                    end = dayMonthYear(text, i, thisYear);
                }
            } else if (Chars.asciiLetter(c) && !Chars.wordChar(Chars.at(text, i - 1)) && dayMayFollow(text, i)) {
                end = monthDayYear(text, i, thisYear);
            }
            if (end > i && Chars.endsToken(text, end) && !timestampFollows(text, end)) {
                double score = CONTEXT.before(text, i) ? 0.9 : 0.3;
                out.add(new Candidate(type(), i, end, score));
                i = end;
            } else {
                // skip the rest of this word or number: no date starts inside it
                int next = i + 1;
                while (next < n && Chars.wordChar(text.charAt(next)) && Chars.wordChar(text.charAt(next - 1))) {
                    next++;
                }
                i = next;
            }
        }
    }

    /** {@code yyyy-mm-dd}, {@code yyyy/mm/dd}, {@code mm/dd/yyyy}, {@code dd.mm.yyyy} and the like. */
    private static int numeric(String text, int start, int thisYear) {
        int a = digitRun(text, start);
        char s1 = Chars.at(text, start + a);
        if (s1 != '-' && s1 != '/' && s1 != '.') {
            return -1;
        }
        int bStart = start + a + 1;
        int b = digitRun(text, bStart);
        if (Chars.at(text, bStart + b) != s1) {
            return -1;
        }
        int cStart = bStart + b + 1;
        int c = digitRun(text, cStart);
        int end = cStart + c;
        int first = number(text, start, a);
        int second = number(text, bStart, b);
        int third = number(text, cStart, c);
        if (a == 4 && (b == 1 || b == 2) && (c == 1 || c == 2) && s1 != '.') {
            return valid(first, second, third, thisYear) ? end : -1;
        }
        if ((a == 1 || a == 2) && (b == 1 || b == 2) && c == 4) {
            return valid(third, first, second, thisYear) || valid(third, second, first, thisYear) ? end : -1;
        }
        return -1;
    }

    /** {@code 2 March 1985}, {@code 2nd Mar 1985}. */
    private static int dayMonthYear(String text, int start, int thisYear) {
        int d = digitRun(text, start);
        if (d < 1 || d > 2) {
            return -1;
        }
        int i = start + d;
        for (String suffix : ORDINALS) {
            if (text.regionMatches(true, i, suffix, 0, 2)) {
                i += 2;
                break;
            }
        }
        if (Chars.at(text, i) != ' ') {
            return -1;
        }
        int monthStart = i + 1;
        int monthEnd = wordEnd(text, monthStart);
        Integer month = month(text, monthStart, monthEnd);
        int yearStart = monthEnd + (Chars.at(text, monthEnd) == '.' ? 1 : 0);
        if (month == null || Chars.at(text, yearStart) != ' ') {
            return -1;
        }
        yearStart++;
        int y = digitRun(text, yearStart);
        return y == 4 && valid(number(text, yearStart, 4), month, number(text, start, d), thisYear) ? yearStart + 4 : -1;
    }

    /** A cheap filter before the month lookup: a word of 3 to 9 letters, then a space (or ". ") and a digit. */
    private static boolean dayMayFollow(String text, int start) {
        int end = wordEnd(text, start);
        if (end - start < 3 || end - start > 9) {
            return false;
        }
        int i = Chars.at(text, end) == '.' ? end + 1 : end;
        return Chars.at(text, i) == ' ' && Chars.digit(Chars.at(text, i + 1));
    }

    /** {@code March 2, 1985}, {@code Mar. 2 1985}. */
    private static int monthDayYear(String text, int start, int thisYear) {
        int monthEnd = wordEnd(text, start);
        Integer month = month(text, start, monthEnd);
        if (month == null) {
            return -1;
        }
        int i = monthEnd + (Chars.at(text, monthEnd) == '.' ? 1 : 0);
        if (Chars.at(text, i) != ' ') {
            return -1;
        }
        int dayStart = i + 1;
        int d = digitRun(text, dayStart);
        if (d < 1 || d > 2) {
            return -1;
        }
        i = dayStart + d;
        for (String suffix : ORDINALS) {
            if (text.regionMatches(true, i, suffix, 0, 2)) {
                i += 2;
                break;
            }
        }
        if (Chars.at(text, i) == ',') {
            i++;
        }
        if (Chars.at(text, i) != ' ') {
            return -1;
        }
        int yearStart = i + 1;
        return digitRun(text, yearStart) == 4 && valid(number(text, yearStart, 4), month, number(text, dayStart, d), thisYear)
                ? yearStart + 4 : -1;
    }

    private static Integer month(String text, int start, int end) {
        if (end - start < 3 || end - start > 9) {
            return null;
        }
        return MONTHS.get(text.substring(start, end).toLowerCase(Locale.ROOT));
    }

    private static int wordEnd(String text, int start) {
        int i = start;
        while (i < text.length() && Chars.asciiLetter(text.charAt(i)) && i - start < 10) {
            i++;
        }
        return i;
    }

    private static int digitRun(String text, int start) {
        int i = start;
        while (Chars.digit(Chars.at(text, i)) && i - start < 5) {
            i++;
        }
        return i - start;
    }

    private static int number(String text, int start, int length) {
        return length == 0 ? -1 : Integer.parseInt(text, start, start + length, 10);
    }

    /** A real calendar day from 1900 to this year; checked by hand, since a thrown exception per look-alike is costly. */
    private static boolean valid(int year, int month, int day, int thisYear) {
        if (year < 1900 || year > thisYear || month < 1 || month > 12 || day < 1) {
            return false;
        }
        return day <= Month.of(month).length(Year.isLeap(year));
    }

    /** The date of a timestamp ({@code 2024-01-15T10:30}, {@code 2024-01-15 10:30}) is no birth date. */
    private static boolean timestampFollows(String text, int end) {
        char next = Chars.at(text, end);
        if (next == 'T' && Chars.digit(Chars.at(text, end + 1))) {
            return true;
        }
        return next == ' ' && Chars.digit(Chars.at(text, end + 1)) && (Chars.at(text, end + 2) == ':' || Chars.at(text, end + 3) == ':');
    }
}
