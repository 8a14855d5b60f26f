package io.gatehouse.pii;

/**
 * Reads one date or time starting at a position, for {@link DateTimeDetector}: each method looks a
 * bounded number of characters ahead and leaves {@link #end}, {@link #score}, {@link #kind} and the
 * {@link #year} (if written) when it matches. One instance per scanned text; not thread-safe.
 */
final class DateTimeScan {

    enum Kind {
        FULL_DATE,
        DAY_MONTH,
        SHORT_DAY_MONTH,
        MONTH_YEAR,
        EXPIRY_MONTH_YEAR,
        COMPACT_DATE,
        YEAR,
        MONTH,
        TIME,
        /** A weekday named alone ("on Monday", "lundi"). */
        WEEKDAY,
        /**
         * A day and month with a slash and no year ("on 3/14", "14/3"): a fraction or a score as
         * often, so scored by its cue.
         */
        SLASH_DAY_MONTH,
        /** "on the 3rd", "by the 21st". */
        ORDINAL_DAY,
        /** A bare hour after a time's preposition ("at 8", "um 9", "à 14h"). */
        HOUR
    }

    private static final String[] ORDINALS = {
        "st", "nd", "rd", "th", "ème", "eme", "er", "re", "e", "º", "ª", "°", "o", "a"
    };
    private static final boolean[] ORDINAL_FIRSTS = Chars.firstChars(ORDINALS);
    private static final String[] DAY_MONTH_LINKS = {"of", "de", "di", "du"};
    private static final String[] YEAR_LINKS = {"de", "del", "of"};
    private static final String[] TIME_LINKS = {
        "at", "@", "um", "à", "a", "las", "la", "alle", "ore", "om", "o", "v", "ve", "godz.",
        "godz", "kl.", "kl", "gegen", "around", "ca.", "von", "from", "de", "dalle", "od", "h",
        "hod.", "vers"
    };

    private static final java.util.Set<String> PORTUGUESE_ORDINALS =
            java.util.Set.of("segunda", "terça", "terca", "quarta", "quinta", "sexta");
    private static final java.util.Set<String> NOT_WEEKDAY_BEFORE =
            java.util.Set.of(
                    "good",
                    "black",
                    "ash",
                    "cyber",
                    "holy",
                    "maundy",
                    "palm",
                    "easter",
                    "shrove",
                    "super",
                    "blue",
                    "bloody",
                    "giving",
                    "girl",
                    "man",
                    "mr",
                    "mr.",
                    "joe",
                    "pink",
                    "manic",
                    "casual",
                    "whit",
                    "low",
                    "karfreitag",
                    "vendredi",
                    "saint",
                    "sankt");
    private static final java.util.Set<String> NOT_WEEKDAY_AFTER =
            java.util.Set.of(
                    "school",
                    "schools",
                    "times",
                    "paper",
                    "roast",
                    "best",
                    "league",
                    "mail",
                    "telegraph",
                    "express",
                    "mirror",
                    "post",
                    "morning's",
                    "saint",
                    "santo",
                    "saints",
                    "night's",
                    "blues",
                    "club",
                    "market",
                    "markets",
                    "service",
                    "services",
                    "mass",
                    "gras");

    /** Words before "the 3rd" that make it a day: "on the 3rd", "by the 21st". */
    private static final java.util.Set<String> DAY_CUES =
            java.util.Set.of(
                    "on",
                    "by",
                    "until",
                    "till",
                    "til",
                    "from",
                    "since",
                    "before",
                    "after",
                    "of",
                    "to",
                    "and",
                    "through",
                    "starting");

    /** "On the 3rd we met": after a cue, a pronoun starting the clause. */
    private static final java.util.Set<String> PRONOUNS =
            java.util.Set.of(
                    "i", "we", "he", "she", "they", "you", "it", "there", "my", "our", "his", "her",
                    "their");

    /** What may follow "the 3rd" when it is a day. */
    private static final java.util.Set<String> ORDINAL_DAY_NEXT =
            java.util.Set.of(
                    "at", "and", "or", "to", "through", "until", "till", "in", "around", "between",
                    "from", "if", "then", "when", "so", "but");

    /**
     * Prepositions that put a bare hour after them: "um 9", "à 14h", "a las 5", "alle 10", "om 9",
     * "o 8", "v 9".
     */
    private static final java.util.Set<String> HOUR_LINKS =
            java.util.Set.of(
                    "um", "gegen", "ab", "à", "vers", "dès", "las", "alle", "dalle", "ore", "om",
                    "o", "v", "ve", "kolem", "godz.", "godz", "kl.", "kl", "hodin", "hod.");

    /**
     * Hour prepositions that are as often something else ("v 2" a version, "o 4" an "or"): they
     * need a cue too.
     */
    private static final java.util.Set<String> WEAK_HOUR_LINKS =
            java.util.Set.of("ab", "o", "v", "ve");

    /**
     * Words after a bare hour that make it one: "at 8 tomorrow", "um 9 morgen", "a las 5 de la
     * tarde".
     */
    private static final java.util.Set<String> HOUR_NEXT =
            java.util.Set.of(
                    "tomorrow",
                    "tonight",
                    "today",
                    "sharp",
                    "this",
                    "tomorrow's",
                    "in",
                    "on",
                    "every",
                    "each",
                    "morgen",
                    "heute",
                    "früh",
                    "abends",
                    "morgens",
                    "uhr",
                    "demain",
                    "ce",
                    "du",
                    "de",
                    "del",
                    "mañana",
                    "esta",
                    "di",
                    "domani",
                    "stasera",
                    "stamattina",
                    "vanavond",
                    "vanochtend",
                    "jutro",
                    "dziś",
                    "dzisiaj",
                    "rano",
                    "wieczorem",
                    "zítra",
                    "dnes",
                    "ráno",
                    "večer",
                    "odpoledne",
                    "hoy",
                    "aujourd'hui",
                    "oggi",
                    "vandaag",
                    "vanmiddag",
                    "pm",
                    "am");

    /** Words of an appointment before a bare hour: "the meeting is at 8." */
    private static final ContextWords TIME_CUE =
            new ContextWords(
                    40,
                    "tomorrow",
                    "tonight",
                    "today",
                    "morning",
                    "evening",
                    "afternoon",
                    "appointment",
                    "appt",
                    "meet",
                    "meeting",
                    "come",
                    "comes",
                    "coming",
                    "arrive",
                    "arrives",
                    "arrival",
                    "call",
                    "pick",
                    "start",
                    "starts",
                    "begins",
                    "open",
                    "opens",
                    "close",
                    "closes",
                    "leave",
                    "leaves",
                    "wake",
                    "dinner",
                    "lunch",
                    "breakfast",
                    "see you",
                    "scheduled",
                    "booked",
                    "visit",
                    "shift",
                    "monday",
                    "tuesday",
                    "wednesday",
                    "thursday",
                    "friday",
                    "saturday",
                    "sunday",
                    "termin",
                    "morgen",
                    "heute",
                    "abend",
                    "rendez-vous",
                    "rdv",
                    "demain",
                    "soir",
                    "matin",
                    "cita",
                    "mañana",
                    "tarde",
                    "noche",
                    "appuntamento",
                    "domani",
                    "sera",
                    "afspraak",
                    "vanavond",
                    "spotkanie",
                    "jutro",
                    "wizyta",
                    "schůzka",
                    "zítra",
                    "návštěva",
                    "o'clock");

    /**
     * Words of a life's events: "left school at 16", "retired at 8" reads as an age, not an hour.
     */
    private static final ContextWords AGE_CUE =
            new ContextWords(
                    30,
                    "retired",
                    "died",
                    "married",
                    "age",
                    "aged",
                    "born",
                    "diagnosed",
                    "learned",
                    "learnt",
                    "emigrated",
                    "years old",
                    "widowed",
                    "orphaned");

    /** Words before a glued "2h" that make it a duration: "pendant 2h", "for 2h". */
    private static final java.util.Set<String> HOUR_DURATION =
            java.util.Set.of(
                    "for", "pendant", "durant", "en", "depuis", "during", "über", "für", "seit",
                    "per", "por", "durante", "od", "przez", "za", "après", "after", "dans",
                    "within", "total", "env.", "environ", "ca.", "about", "approx", "de", "plus",
                    "moins", "than", "over", "under", "by");

    private final String text;
    int end;
    double score;
    Kind kind;

    /** The written year, or -1; {@link #yearDigits} tells a two-digit year. */
    int year;

    int yearDigits;

    /**
     * A two-digit year in dots or dashes ({@code 3.4.87}): as often a version or a section number.
     */
    boolean shortForm;

    /** A year alone before a capitalised word: a model year ("2019 Honda"), not a person's date. */
    boolean productFollows;

    private boolean inRange;

    /**
     * A {@link Kind#SLASH_DAY_MONTH} that reads as a card's month and two-digit year too ({@code
     * 09/27}).
     */
    boolean expiryShape;

    DateTimeScan(String text) {
        this.text = text;
    }

    /** Whether a date or time starts at {@code start} (a token start). */
    boolean at(int start) {
        end = -1;
        score = 0;
        kind = null;
        year = -1;
        yearDigits = 0;
        shortForm = false;
        productFollows = false;
        expiryShape = false;
        boolean found = Chars.digit(text.charAt(start)) ? digitStart(start) : letterStart(start);
        if (found
                && !inRange
                && kind != Kind.YEAR
                && kind != Kind.MONTH
                && kind != Kind.TIME
                && kind != Kind.WEEKDAY
                && kind != Kind.HOUR
                && kind != Kind.ORDINAL_DAY) {
            extendOverRange();
        }
        return found;
    }

    private boolean digitStart(int i) {
        return numeric(i)
                || dayFirst(i)
                || time(i)
                || yearAlone(i)
                || ordinalDay(i)
                || hourAfterCue(i);
    }

    private boolean letterStart(int i) {
        if (!CalendarWords.mayBegin(text, i)) {
            return false;
        }
        int wordEnd = CalendarWords.wordEnd(text, i);
        int code = CalendarWords.of(text, i, wordEnd);
        if (code == 0) {
            return false;
        }
        if (code == CalendarWords.WEEKDAY || code == CalendarWords.SHORT_WEEKDAY) {
            return afterWeekday(i, wordEnd, code == CalendarWords.SHORT_WEEKDAY)
                    || code == CalendarWords.WEEKDAY && weekdayAlone(i, wordEnd);
        }
        if (code == CalendarWords.SEASON) {
            return seasonYear(wordEnd);
        }
        if (monthFirst(i)) {
            return true;
        }
        return monthAlone(i, wordEnd, code);
    }

    /**
     * {@code Tuesday, 6 February 2024}, {@code Sat 10 Aug}, {@code Mo., 18.03.}, {@code Monday
     * 8:30}.
     */
    private boolean afterWeekday(int start, int wordEnd, boolean shortName) {
        int j = wordEnd;
        boolean punctuated = false;
        if (Chars.at(text, j) == '.') {
            j++;
            punctuated = true;
        }
        if (Chars.at(text, j) == ',') {
            j++;
            punctuated = true;
        }
        if (Chars.at(text, j) != ' ' || (shortName && !punctuated)) {
            return false;
        }
        j++;
        if (word(j, "the") && Chars.at(text, j + 3) == ' ') {
            j += 4;
        }
        char c = Chars.at(text, j);
        boolean found;
        if (Chars.digit(c)) {
            found = numeric(j) || dayFirst(j) || (!shortName && time(j));
        } else {
            found = Character.isLetter(c) && monthFirst(j);
        }
        if (found && kind == Kind.SLASH_DAY_MONTH) {
            kind = Kind.DAY_MONTH; // "Tue 3/14": the weekday says it is a date
        }
        if (!found
                || kind == Kind.EXPIRY_MONTH_YEAR
                || kind == Kind.COMPACT_DATE
                || (shortName && kind == Kind.TIME)) {
            return false;
        }
        score = kind == Kind.TIME ? Math.max(score, 0.7) : Math.max(score, 0.85);
        return true;
    }

    /**
     * {@code 2024-03-02[T22:41]}, {@code 03/04/1987}, {@code 3.4.87}, {@code 18.03.}, {@code
     * 03/2024}, {@code 09/27}.
     */
    private boolean numeric(int i) {
        int a = ClockTime.digits(text, i);
        char sep = Chars.at(text, i + a);
        if (a == 8 && Chars.endsToken(text, i + 8)) {
            return compact(i);
        }
        if ((sep != '-' && sep != '/' && sep != '.') || !Chars.digit(Chars.at(text, i + a + 1))) {
            return false;
        }
        int bStart = i + a + 1;
        int b = ClockTime.digits(text, bStart);
        int k = bStart + b;
        int first = number(i, a);
        int second = number(bStart, b);
        if (a == 4) {
            if ((b == 1 || b == 2) && Chars.at(text, k) == sep) {
                int c = ClockTime.digits(text, k + 1);
                if ((c == 1 || c == 2) && Calendar.valid(first, second, number(k + 1, c))) {
                    int dateEnd = k + 1 + c;
                    if (Chars.at(text, dateEnd) == 'T'
                            && Chars.digit(Chars.at(text, dateEnd + 1))) {
                        int timeEnd = ClockTime.parse(text, dateEnd + 1);
                        if (timeEnd > 0 && Chars.endsToken(text, timeEnd)) {
                            return date(Kind.FULL_DATE, timeEnd, 0.95, first, 4);
                        }
                        return false;
                    }
                    return Chars.endsToken(text, dateEnd)
                            && date(Kind.FULL_DATE, withTime(dateEnd), 0.95, first, 4);
                }
                return false;
            }
            if (b == 2
                    && sep != '.'
                    && Chars.endsToken(text, k)
                    && second >= 1
                    && second <= 12
                    && Calendar.plausibleYear(first)) {
                return date(Kind.MONTH_YEAR, k, 0.5, first, 4);
            }
            return false;
        }
        if (a != 1 && a != 2) {
            return false;
        }
        if ((b == 1 || b == 2) && Chars.at(text, k) == sep && Chars.digit(Chars.at(text, k + 1))) {
            int c = ClockTime.digits(text, k + 1);
            int third = number(k + 1, c);
            int dateEnd = k + 1 + c;
            if ((c != 2 && c != 4)
                    || !Chars.endsToken(text, dateEnd)
                    || (c == 4 && !Calendar.plausibleYear(third))) {
                return false;
            }
            int y = c == 4 ? third : 2000 + third;
            if (!Calendar.valid(y, second, first) && !Calendar.valid(y, first, second)) {
                return false;
            }
            double s = c == 4 ? 0.9 : sep == '/' ? 0.75 : sep == '.' ? 0.7 : 0.65;
            shortForm = c == 2;
            return date(Kind.FULL_DATE, withTime(dateEnd), s, third, c);
        }
        if ((b == 1 || b == 2)
                && sep == '.'
                && Chars.at(text, k) == '.'
                && !Chars.wordChar(Chars.at(text, k + 1))
                && Calendar.valid(2000, second, first)) {
            return date(Kind.SHORT_DAY_MONTH, withTime(k + 1), 0.45, -1, 0);
        }
        if (b == 4
                && Chars.endsToken(text, k)
                && first >= 1
                && first <= 12
                && Calendar.plausibleYear(second)) {
            return date(Kind.MONTH_YEAR, k, sep == '-' ? 0.6 : 0.7, second, 4);
        }
        if ((b == 1 || b == 2)
                && sep == '/'
                && Chars.endsToken(text, k)
                && !"of".equals(wordAfter(k))
                && (Calendar.valid(2000, first, second) || Calendar.valid(2000, second, first))) {
            // "09/27" may be a card's expiry (month/year), "3/14" or "14/3" a day and month: the
            // detector weighs the cue
            expiryShape = b == 2 && a == 2 && first >= 1 && first <= 12;
            return expiryShape
                    ? date(Kind.SLASH_DAY_MONTH, withTime(k), 0.3, second, 2)
                    : date(Kind.SLASH_DAY_MONTH, withTime(k), 0.3, -1, 0);
        }
        if (b == 2
                && a == 2
                && sep == '/'
                && Chars.endsToken(text, k)
                && first >= 1
                && first <= 12) {
            return date(Kind.EXPIRY_MONTH_YEAR, k, 0.3, second, 2);
        }
        return false;
    }

    private boolean compact(int i) {
        int y = number(i, 4);
        if (y < 1900 || y > 2099 || !Calendar.valid(y, number(i + 4, 2), number(i + 6, 2))) {
            return false;
        }
        return date(Kind.COMPACT_DATE, i + 8, 0.3, y, 4);
    }

    /**
     * {@code 3 March}, {@code 3rd of March 2024}, {@code 18. März 2024}, {@code 3 de marzo de
     * 2024}, {@code 12-Mar-2024}, {@code 3–8 March}.
     */
    private boolean dayFirst(int i) {
        int d = ClockTime.digits(text, i);
        if (d < 1 || d > 2) {
            return false;
        }
        int day = number(i, d);
        int j = ordinal(i + d);
        int range = ClockTime.rangeSeparator(text, j);
        if (range > 0 && range > j && Chars.digit(Chars.at(text, range))) {
            int d2 = ClockTime.digits(text, range);
            if (d2 >= 1 && d2 <= 2 && number(range, d2) > day) {
                int afterSecond = ordinal(range + d2);
                if (Chars.at(text, afterSecond) == ' ') {
                    day = number(range, d2);
                    j = afterSecond;
                }
            }
        }
        char sep = Chars.at(text, j);
        if (sep != ' ' && sep != '-' && sep != '/' && sep != '\u00a0') {
            return false;
        }
        int k = j + 1;
        if (sep == ' ') {
            int link = linkWord(k, DAY_MONTH_LINKS);
            if (link > 0 && Chars.at(text, link) == ' ') {
                k = link + 1;
            }
        }
        int monthEnd = CalendarWords.wordEnd(text, k);
        int code = CalendarWords.of(text, k, monthEnd);
        int month = CalendarWords.month(code);
        if (month == 0
                || day < 1
                || !Calendar.valid(2000, month, day)
                || !capitalisedIfEnglishWord(k, monthEnd)) {
            return false;
        }
        int after = abbreviationDot(k, monthEnd);
        int yearEnd = -1;
        int y = -1;
        int yDigits = 0;
        if (sep == '-' || sep == '/') {
            if (Chars.at(text, after) == sep) {
                yDigits = ClockTime.digits(text, after + 1);
                if ((yDigits == 2 || yDigits == 4) && Chars.endsToken(text, after + 1 + yDigits)) {
                    y = number(after + 1, yDigits);
                    yearEnd = after + 1 + yDigits;
                }
            }
            if (yearEnd < 0 || !Chars.endsToken(text, yearEnd)) {
                return false; // 12-Mar-2024 needs its year; "3-Mar" alone is too often a code
            }
        } else {
            yearEnd = yearAfter(after);
            if (yearEnd > 0) {
                y = number(yearEnd - 4, 4);
                yDigits = 4;
            }
        }
        if (yearEnd < 0 && !Chars.endsToken(text, after)) {
            return false;
        }
        if (yearEnd < 0 && CalendarWords.weak(code)) {
            return false;
        }
        if (yearEnd > 0) {
            int fullYear = yDigits == 4 ? y : 2000 + y;
            if (!Calendar.valid(fullYear, month, day)) {
                return false;
            }
            return date(Kind.FULL_DATE, withTime(yearEnd), 0.9, y, yDigits);
        }
        return date(Kind.DAY_MONTH, withTime(after), 0.85, -1, 0);
    }

    /**
     * {@code March 3rd}, {@code March 3, 2024}, {@code Mar. 2 1985}, {@code March 3–8}, {@code
     * March 2024}, {@code marzo de 2024}.
     */
    private boolean monthFirst(int i) {
        int monthEnd = CalendarWords.wordEnd(text, i);
        int code = CalendarWords.of(text, i, monthEnd);
        int month = CalendarWords.month(code);
        if (month == 0 || CalendarWords.weak(code) || !capitalisedIfEnglishWord(i, monthEnd)) {
            return false;
        }
        int j = abbreviationDot(i, monthEnd);
        char sep = Chars.at(text, j);
        if (sep != ' ' && sep != '-' && sep != '\u00a0') {
            return false;
        }
        j++;
        int link = linkWord(j, YEAR_LINKS);
        if (link > 0 && Chars.at(text, link) == ' ' && Chars.digit(Chars.at(text, link + 1))) {
            j = link + 1;
        }
        int n = ClockTime.digits(text, j);
        if (n == 4 && Chars.endsToken(text, j + 4) && Calendar.plausibleYear(number(j, 4))) {
            return date(Kind.MONTH_YEAR, j + 4, 0.8, number(j, 4), 4);
        }
        if (n < 1 || n > 2 || sep == '-') {
            return false;
        }
        int day = number(j, n);
        int k = ordinal(j + n);
        int range = ClockTime.rangeSeparator(text, k);
        if (range > k && Chars.digit(Chars.at(text, range))) {
            int d2 = ClockTime.digits(text, range);
            if (d2 >= 1
                    && d2 <= 2
                    && number(range, d2) > day
                    && Calendar.valid(2000, month, number(range, d2))) {
                int afterSecond = ordinal(range + d2);
                if (Chars.endsToken(text, afterSecond) || Chars.at(text, afterSecond) == ',') {
                    k = afterSecond;
                }
            }
        }
        if (day < 1
                || !Calendar.valid(2000, month, day)
                || !(Chars.endsToken(text, k) || Chars.at(text, k) == ',')) {
            return false;
        }
        int afterComma = Chars.at(text, k) == ',' ? k + 1 : k;
        int yearEnd = yearAfter(afterComma);
        if (yearEnd > 0 && Calendar.valid(number(yearEnd - 4, 4), month, day)) {
            return date(Kind.FULL_DATE, withTime(yearEnd), 0.9, number(yearEnd - 4, 4), 4);
        }
        return date(Kind.DAY_MONTH, withTime(k), 0.85, -1, 0);
    }

    /**
     * A month alone ("in March", "im Mai"): 0.35, raised by a preposition before it. Full names
     * only.
     */
    private boolean monthAlone(int i, int wordEnd, int code) {
        boolean fullName =
                wordEnd - i >= 4
                        || word(i, "mai")
                        || word(i, "mei")
                        || word(i, "maj")
                        || word(i, "may");
        if (CalendarWords.weak(code)
                || !fullName
                || !capitalisedIfEnglishWord(i, wordEnd)
                || !Chars.endsToken(text, wordEnd)
                || word(i, "mars")
                || word(i, "august") && !Character.isUpperCase(text.charAt(i))) {
            return false;
        }
        return date(Kind.MONTH, wordEnd, 0.35, -1, 0);
    }

    /**
     * A weekday named alone ("on Monday", "next Tuesday", "lundi", "el martes", "Mon–Fri"): full
     * names only (three letters alone are words too: "sat", "wed", "mar"), and not in a holiday's
     * or a paper's name ("Good Friday", "Sunday Times"). Portuguese "segunda" is a weekday only as
     * "segunda-feira".
     */
    private boolean weekdayAlone(int start, int wordEnd) {
        int end = wordEnd;
        if (Chars.regionMatchesIgnoreCase(text, wordEnd, "-feira")
                && !Chars.wordChar(Chars.at(text, wordEnd + 6))) {
            end = wordEnd + 6;
        } else if (PORTUGUESE_ORDINALS.contains(lower(start, wordEnd))) {
            return false;
        }
        int second = ClockTime.rangeSeparator(text, end);
        boolean range = false;
        if (second > end && Character.isLetter(Chars.at(text, second))) {
            int secondEnd = CalendarWords.wordEnd(text, second);
            if (CalendarWords.of(text, second, secondEnd) == CalendarWords.WEEKDAY
                    && !Chars.wordChar(Chars.at(text, secondEnd))) {
                end = secondEnd; // "Monday to Friday", "Mon–Fri"
                range = true;
            }
        }
        if (!range && (end - start < 5 || !Chars.endsToken(text, end))) {
            return false;
        }
        if (NOT_WEEKDAY_BEFORE.contains(wordBefore(start))
                || NOT_WEEKDAY_AFTER.contains(wordAfter(end))) {
            return false;
        }
        return date(Kind.WEEKDAY, range ? end : withTime(end), 0.6, -1, 0);
    }

    /** "spring 2023", "Sommer 2022", "summer of 2021", "otoño de 2020". */
    private boolean seasonYear(int wordEnd) {
        if (Chars.at(text, wordEnd) != ' ') {
            return false;
        }
        int j = wordEnd + 1;
        int link = linkWord(j, YEAR_LINKS);
        if (link > 0 && Chars.at(text, link) == ' ') {
            j = link + 1;
        }
        if (ClockTime.digits(text, j) != 4
                || !Chars.endsToken(text, j + 4)
                || !Calendar.plausibleYear(number(j, 4))) {
            return false;
        }
        return date(Kind.MONTH_YEAR, j + 4, 0.6, number(j, 4), 4);
    }

    /**
     * "on the 3rd", "by the 21st.", "the 14th at 9": an English ordinal day after "the", where no
     * noun follows it.
     */
    private boolean ordinalDay(int i) {
        int d = ClockTime.digits(text, i);
        if (d < 1
                || d > 2
                || i < 4
                || !Chars.regionMatchesIgnoreCase(text, i - 4, "the ")
                || number(i, d) < 1
                || number(i, d) > 31
                || !"the".equalsIgnoreCase(wordBefore(i))) {
            return false;
        }
        int j = i + d;
        String suffix =
                text.length() >= j + 2
                        ? text.substring(j, j + 2).toLowerCase(java.util.Locale.ROOT)
                        : "";
        if (!(suffix.equals("st")
                        || suffix.equals("nd")
                        || suffix.equals("rd")
                        || suffix.equals("th"))
                || Chars.wordChar(Chars.at(text, j + 2))) {
            return false;
        }
        int end = j + 2;
        String next = wordAfter(end);
        boolean cued = DAY_CUES.contains(wordBefore(i - 4));
        boolean stops =
                next.isEmpty() && sentenceGoesOn(end)
                        || ORDINAL_DAY_NEXT.contains(next)
                        || cued && PRONOUNS.contains(next);
        if (!stops) {
            return false;
        }
        double score = cued ? 0.65 : 0.55;
        return date(Kind.ORDINAL_DAY, withTime(end), score, -1, 0);
    }

    /**
     * A bare hour after a time's preposition: "at 8", "um 9", "à 14h", "a las 5", "alle 10", "om
     * 9", "o 8", "v 9" — and glued "14h", "9h" alone. Not when a unit or a noun follows ("at 8 mg",
     * "at 8 weeks", "at 8 Main Street"), nor after a duration's word ("pendant 2h"). The English
     * "at" takes 1–12 only: "left school at 16" is an age.
     */
    private boolean hourAfterCue(int i) {
        int d = ClockTime.digits(text, i);
        if (d < 1 || d > 2) {
            return false;
        }
        int hour = number(i, d);
        int end = i + d;
        char after = Chars.at(text, end);
        if (hour > 24 || after == ':' || after == '.' && Chars.digit(Chars.at(text, end + 1))) {
            return false;
        }
        boolean glued = (after == 'h' || after == 'H') && !Chars.wordChar(Chars.at(text, end + 1));
        char link = Chars.at(text, i - 2);
        if (!glued
                && (Chars.at(text, i - 1) != ' '
                        || !(Character.isLetter(link) || link == '@' || link == '.'))) {
            return false; // no preposition right before: the common case, decided without building
            // a word
        }
        String before = wordBefore(i);
        if ((after == 'h' || after == 'H') && !Chars.wordChar(Chars.at(text, end + 1))) {
            int hEnd = end + 1;
            if (HOUR_DURATION.contains(before)) {
                return false;
            }
            int second = ClockTime.rangeSeparator(text, hEnd);
            if (second > hEnd
                    && ClockTime.digits(text, second) >= 1
                    && ClockTime.digits(text, second) <= 2) {
                int secondEnd = second + ClockTime.digits(text, second);
                if ((Chars.at(text, secondEnd) == 'h' || Chars.at(text, secondEnd) == 'H')
                        && !Chars.wordChar(Chars.at(text, secondEnd + 1))) {
                    hEnd = secondEnd + 1; // "9h-12h"
                }
            }
            return date(Kind.HOUR, hEnd, HOUR_LINKS.contains(before) ? 0.7 : 0.6, -1, 0);
        }
        if (!Chars.endsToken(text, end)
                || !HOUR_LINKS.contains(before) && !"at".equals(before) && !"@".equals(before)) {
            return false;
        }
        boolean english = "at".equals(before) || "@".equals(before);
        boolean weak = english || WEAK_HOUR_LINKS.contains(before);
        if (english && (hour < 1 || hour > 12) || AgeShorthand.unitAfter(text, end)) {
            return false;
        }
        String next = wordAfter(end);
        double score;
        if (HOUR_NEXT.contains(next)) {
            score = 0.65;
        } else if (next.isEmpty() && sentenceGoesOn(end)
                || next.equals("or")
                || next.equals("and")
                || next.equals("oder")
                || next.equals("ou")
                || next.equals("o")
                || next.equals("to")
                || next.equals("bis")) {
            score = TIME_CUE.before(text, i) ? 0.65 : weak ? 0.45 : 0.6;
        } else {
            return false;
        }
        if (AGE_CUE.before(text, i)) {
            return false;
        }
        return date(Kind.HOUR, end, score, -1, 0);
    }

    /** After a number: punctuation or the end of the text, not a joiner going on ("8/", "8-"). */
    private boolean sentenceGoesOn(int end) {
        char c = Chars.at(text, end);
        return end >= text.length()
                || c == '.'
                || c == ','
                || c == ';'
                || c == '!'
                || c == '?'
                || c == ')'
                || c == '\n'
                || c == ' '
                        && !Chars.wordChar(Chars.at(text, end + 1))
                        && Chars.at(text, end + 1) != '-'
                        && Chars.at(text, end + 1) != '%'
                        && Chars.at(text, end + 1) != '$'
                        && Chars.at(text, end + 1) != '€';
    }

    /**
     * The word (letters, lower case) right before {@code start} after one space, "@" alone, or "".
     */
    private String wordBefore(int start) {
        if (Chars.at(text, start - 1) != ' ' && Chars.at(text, start - 1) != '\u00a0') {
            return "";
        }
        int end = start - 1;
        if (Chars.at(text, end - 1) == '@') {
            return "@";
        }
        int i = end;
        while (i > 0
                && end - i < 14
                && (Character.isLetter(text.charAt(i - 1))
                        || text.charAt(i - 1) == '.' && i == end)) {
            i--;
        }
        if (i == end || Chars.wordChar(Chars.at(text, i - 1))) {
            return "";
        }
        return lower(i, end);
    }

    /**
     * The word (letters, lower case) after one space after {@code end}, or "" when none follows.
     */
    private String wordAfter(int end) {
        if (Chars.at(text, end) != ' ') {
            return "";
        }
        int from = end + 1;
        int to = from;
        while (to < text.length()
                && to - from < 14
                && (Character.isLetter(text.charAt(to))
                        || text.charAt(to) == '\''
                        || text.charAt(to) == '’')) {
            to++;
        }
        return to == from || Chars.wordChar(Chars.at(text, to)) ? "" : lower(from, to);
    }

    private String lower(int start, int end) {
        return text.substring(start, end).toLowerCase(java.util.Locale.ROOT);
    }

    private boolean time(int i) {
        int timeEnd = ClockTime.parse(text, i);
        if (timeEnd < 0 || !(Chars.endsToken(text, timeEnd) || text.charAt(timeEnd - 1) == '.')) {
            return false;
        }
        return date(Kind.TIME, timeEnd, ClockTime.qualified(text, i, timeEnd) ? 0.7 : 0.65, -1, 0);
    }

    private boolean yearAlone(int i) {
        if (ClockTime.digits(text, i) != 4 || !Chars.endsToken(text, i + 4)) {
            return false;
        }
        int y = number(i, 4);
        char before = Chars.at(text, i - 1);
        if (y < 1900
                || y > 2099
                || before == '$'
                || before == '€'
                || before == '£'
                || before == '#'
                || before == '+') {
            return false;
        }
        productFollows =
                Chars.at(text, i + 4) == ' ' && Character.isUpperCase(Chars.at(text, i + 5));
        return date(Kind.YEAR, i + 4, 0.35, y, 4);
    }

    /**
     * A date followed by its time: {@code 2024-02-19 16:05}, {@code 6 February 2024, 08:14}, {@code
     * March 3 at 3 pm}.
     */
    private int withTime(int dateEnd) {
        int j = dateEnd;
        if (Chars.at(text, j) == ',') {
            j++;
        }
        if (Chars.at(text, j) != ' ') {
            return dateEnd;
        }
        j++;
        for (int links = 0; links < 2 && !Chars.digit(Chars.at(text, j)); links++) {
            int link = linkWord(j, TIME_LINKS);
            if (link < 0 || Chars.at(text, link) != ' ') {
                return dateEnd;
            }
            j = link + 1;
        }
        if (!Chars.digit(Chars.at(text, j))) {
            return dateEnd;
        }
        int timeEnd = ClockTime.parse(text, j);
        boolean clean =
                timeEnd > 0 && (Chars.endsToken(text, timeEnd) || text.charAt(timeEnd - 1) == '.');
        if (!clean) {
            return dateEnd;
        }
        // "3 March 10 patients" has no time; "3 March 10:30", "3 March 3 pm" do
        return timeEnd;
    }

    /** "3 March – 8 March 2024", "2024-03-02 to 2024-03-05": the second date joins the span. */
    private void extendOverRange() {
        int second = ClockTime.rangeSeparator(text, end);
        if (second < 0 || second == end || second >= text.length()) {
            return;
        }
        char c = text.charAt(second);
        if (!(Chars.digit(c) || Character.isLetter(c))) {
            return;
        }
        DateTimeScan next = new DateTimeScan(text);
        next.inRange = true;
        if (next.at(second)
                && (next.kind == Kind.FULL_DATE
                        || next.kind == Kind.DAY_MONTH
                        || next.kind == Kind.MONTH_YEAR
                        || next.kind == Kind.SHORT_DAY_MONTH)) {
            end = next.end;
            score = Math.max(score, next.score);
            if (year < 0) {
                year = next.year;
                yearDigits = next.yearDigits;
            }
        }
    }

    private boolean date(Kind kind, int end, double score, int year, int yearDigits) {
        this.kind = kind;
        this.end = end;
        this.score = score;
        this.year = year;
        this.yearDigits = yearDigits;
        return true;
    }

    /**
     * The end of a four-digit year after a written day and month: {@code , 2024}, {@code de 2024},
     * {@code 2024}; or -1.
     */
    private int yearAfter(int i) {
        int j = i;
        if (Chars.at(text, j) == ',') {
            j++;
        }
        if (Chars.at(text, j) != ' ' && Chars.at(text, j) != '\u00a0') {
            return -1;
        }
        j++;
        int link = linkWord(j, YEAR_LINKS);
        if (link > 0 && Chars.at(text, link) == ' ') {
            j = link + 1;
        }
        if (ClockTime.digits(text, j) != 4 || !Calendar.plausibleYear(number(j, 4))) {
            return -1;
        }
        // "2024." ends a sentence; "2024.5" or "2024-25" is no year
        return Chars.endsToken(text, j + 4) ? j + 4 : -1;
    }

    /** After a day number: "st", "rd", "er", "º", or a dot ("18."); where the day's token ends. */
    private int ordinal(int i) {
        if (Chars.at(text, i) == '.') {
            return i + 1;
        }
        if (!Chars.mayBeginAny(text, i, ORDINAL_FIRSTS)) {
            return i; // a space or punctuation after the day, as usual
        }
        for (String suffix : ORDINALS) {
            if (Chars.regionMatchesIgnoreCase(text, i, suffix)
                    && !Chars.wordChar(Chars.at(text, i + suffix.length()))) {
                return i + suffix.length();
            }
        }
        return i;
    }

    private int abbreviationDot(int start, int wordEnd) {
        return wordEnd - start <= 4 && Chars.at(text, wordEnd) == '.' ? wordEnd + 1 : wordEnd;
    }

    /** English month names that are also words ("may", "march") count only capitalised. */
    private boolean capitalisedIfEnglishWord(int start, int wordEnd) {
        if (Character.isUpperCase(text.charAt(start))) {
            return true;
        }
        return !(word(start, "may") && wordEnd - start == 3)
                && !(word(start, "march") && wordEnd - start == 5);
    }

    private int linkWord(int i, String[] words) {
        for (String w : words) {
            if (Chars.regionMatchesIgnoreCase(text, i, w)
                    && !Chars.wordChar(Chars.at(text, i + w.length()))) {
                return i + w.length();
            }
        }
        return -1;
    }

    private boolean word(int i, String w) {
        return Chars.regionMatchesIgnoreCase(text, i, w)
                && !Chars.wordChar(Chars.at(text, i + w.length()));
    }

    private int number(int start, int length) {
        return length == 0 || length > 9 ? -1 : Chars.number(text, start, start + length);
    }
}
