package io.gatehouse.pii;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Every element of a date, and times of day: HIPAA Safe Harbor counts all of a date but the year as
 * an identifier, so an appointment is as much a finding as a birthday. The forms:
 *
 * <ul>
 *   <li>numeric: {@code 2024-03-02}, {@code 2024-03-02T22:41:09Z}, {@code 03/04/1987} (day or month
 *       first; valid either way), {@code 3.4.87}, {@code 14-03-2024}, {@code 18.03.}, {@code
 *       03/2024}, a card's {@code exp 09/27};
 *   <li>written, in nine languages ({@link CalendarWords}): {@code March 3rd}, {@code 3rd of March
 *       2024}, {@code 18. März 2024}, {@code 3 de marzo de 2024}, {@code 12-Mar-2024}, {@code March
 *       2024}, and ranges written as one phrase ({@code 3–8 March 2024}, {@code 2. bis 9.
 *       Februar});
 *   <li>a weekday before any of them, and a time after, belong to the same span ({@code Tuesday, 6
 *       February 2024 08:14}); a time alone is a finding too ({@link ClockTime}).
 * </ul>
 *
 * Scores: a full date 0.9–0.95; a written day and month 0.85; a month and year 0.8; a time alone
 * 0.65–0.7; short forms that are as often something else (a dotted day and month, a two-digit year
 * with dots) lower; a year alone only with a person's cue ("born", "since", "diagnosed") over the
 * default minimum. A date-of-birth cue raises any date to 0.95. Version numbers, IP addresses,
 * decimals and numbers glued to identifiers never start a date.
 */
final class DateTimeDetector implements Detector {

    private static final ContextWords BIRTH =
            new ContextWords(
                    40,
                    "dob",
                    "d.o.b",
                    "date of birth",
                    "birth date",
                    "birthdate",
                    "born",
                    "birthday",
                    "b-day",
                    "geb.",
                    "geboren",
                    "geburtsdatum",
                    "geburtstag",
                    "né",
                    "née",
                    "date de naissance",
                    "naissance",
                    "fecha de nacimiento",
                    "nacido",
                    "nacida",
                    "nacimiento",
                    "data di nascita",
                    "nato",
                    "nata",
                    "geboortedatum",
                    "data urodzenia",
                    "urodzony",
                    "urodzona",
                    "urodzin",
                    "datum narození",
                    "narozen",
                    "narozena",
                    "narození",
                    "data de nascimento");
    private static final ContextWords PERSON_YEAR =
            new ContextWords(
                    30,
                    "born",
                    "since",
                    "diagnosed",
                    "died",
                    "deceased",
                    "married",
                    "widowed",
                    "divorced",
                    "graduated",
                    "retired",
                    "admitted",
                    "discharged",
                    "geboren",
                    "seit",
                    "gestorben",
                    "diagnostiziert",
                    "verheiratet",
                    "né",
                    "née",
                    "depuis",
                    "décédé",
                    "diagnostiqué",
                    "nacido",
                    "nacida",
                    "desde",
                    "fallecido",
                    "diagnosticado",
                    "nato",
                    "nata",
                    "dal",
                    "diagnosticato",
                    "sinds",
                    "overleden",
                    "urodzony",
                    "urodzona",
                    "od",
                    "zmarł",
                    "zmarła",
                    "narozen",
                    "narozena",
                    "zemřel",
                    "zemřela",
                    "year of birth",
                    "yob",
                    "class of");
    private static final ContextWords EXPIRY =
            new ContextWords(
                    24,
                    "exp",
                    "expiry",
                    "expires",
                    "expiration",
                    "expiring",
                    "valid thru",
                    "valid through",
                    "good thru",
                    "valid until",
                    "mm/yy",
                    "gültig bis",
                    "ablaufdatum",
                    "ablauf",
                    "expire",
                    "caducidad",
                    "vence",
                    "vencimiento",
                    "scadenza",
                    "vervaldatum",
                    "geldig tot",
                    "ważna do",
                    "ważność",
                    "platnost",
                    "platná do");
    private static final ContextWords VERSION =
            new ContextWords(
                    14,
                    "version",
                    "ver",
                    "ver.",
                    "release",
                    "build",
                    "firmware",
                    "fw",
                    "rev",
                    "patch",
                    "kernel",
                    "sdk",
                    "api",
                    "python",
                    "java",
                    "node",
                    "ios",
                    "android",
                    "chapter",
                    "section",
                    "kapitel",
                    "abschnitt",
                    "art.",
                    "§");

    /**
     * Words after which a dotted day and month ("am 18.03.") or a month alone ("in March") is a
     * date.
     */
    private static final ContextWords SHORT_DATE_CUE =
            new ContextWords(
                    10,
                    "am",
                    "vom",
                    "bis",
                    "ab",
                    "seit",
                    "zum",
                    "den",
                    "im",
                    "dne",
                    "dnia",
                    "le",
                    "du",
                    "el",
                    "il",
                    "op",
                    "on",
                    "from",
                    "until",
                    "till",
                    "since",
                    "by",
                    "in",
                    "od",
                    "do",
                    "tot",
                    "van",
                    "per",
                    "dal",
                    "al",
                    "au",
                    "early",
                    "late",
                    "mid",
                    "last",
                    "next",
                    "this",
                    "during",
                    "anfang",
                    "ende",
                    "mitte",
                    "en",
                    "depuis",
                    "desde",
                    "hasta",
                    "nel",
                    "di",
                    "sinds",
                    "w",
                    "we",
                    "v",
                    "ve",
                    "de",
                    "em",
                    "of",
                    "end",
                    "beginning",
                    "début",
                    "fin",
                    "inizio",
                    "eind",
                    "begin",
                    "koniec",
                    "konec",
                    "začátek",
                    "początek",
                    "fine",
                    "principios",
                    "finales",
                    "until");

    /**
     * Words right before "3/14" or "14/3" that make it a day and month rather than a fraction or a
     * score.
     */
    private static final ContextWords SLASH_DATE_CUE =
            new ContextWords(
                    12,
                    "on",
                    "am",
                    "le",
                    "el",
                    "il",
                    "op",
                    "dne",
                    "w",
                    "by",
                    "until",
                    "till",
                    "before",
                    "after",
                    "since",
                    "from",
                    "due",
                    "next",
                    "appt",
                    "appointment",
                    "vom",
                    "bis",
                    "ab",
                    "seit",
                    "zum",
                    "du",
                    "au",
                    "hasta",
                    "desde",
                    "dal",
                    "al",
                    "tot",
                    "van",
                    "od",
                    "do",
                    "dated",
                    "date",
                    "datum",
                    "fecha",
                    "data",
                    "termin",
                    "through",
                    "thru",
                    "to",
                    "seen",
                    "visit",
                    "jusqu'au",
                    "fino al",
                    "dnia",
                    "ve",
                    "dne",
                    "scheduled",
                    "expected");

    /**
     * Words before "3/14" that make it a score, a ratio, a dose or a place: "BP 120/80", "Room
     * 3/14", "page 3/4".
     */
    private static final ContextWords NOT_SLASH_DATE =
            new ContextWords(
                    16,
                    "bp",
                    "blood pressure",
                    "rr",
                    "score",
                    "scored",
                    "ratio",
                    "room",
                    "page",
                    "pages",
                    "p.",
                    "pp.",
                    "grade",
                    "dose",
                    "cup",
                    "cups",
                    "of",
                    "won",
                    "lost",
                    "beat",
                    "rated",
                    "rating",
                    "zimmer",
                    "seite",
                    "chambre",
                    "sala",
                    "pokój",
                    "pokoj",
                    "pokoje",
                    "kamer",
                    "apt",
                    "apartment",
                    "unit",
                    "suite",
                    "flat",
                    "gate",
                    "platform",
                    "gleis",
                    "route",
                    "bus",
                    "line",
                    "linie",
                    "pain",
                    "vas",
                    "nrs",
                    "gcs",
                    "apgar",
                    "glasgow",
                    "ta",
                    "rr",
                    "tk");

    @Override
    public String type() {
        return EntityType.DATE_TIME.name();
    }

    @Override
    public void detect(String text, List<Candidate> out) {
        detect(TextIndex.of(text), out);
    }

    /**
     * A date or time starts at a digit that starts a token, or at a letter after no word character:
     * always one of the index's starts, so only those are tried (nothing starts inside a word or
     * number).
     */
    @Override
    public void detect(TextIndex index, List<Candidate> out) {
        String text = index.text();
        DateTimeScan scan = new DateTimeScan(text);
        int resumeAt = 0;
        for (int k = 0, count = index.startCount(); k < count; k++) {
            int i = index.start(k);
            if (i < resumeAt) {
                continue;
            }
            char c = text.charAt(i);
            boolean found =
                    Chars.digit(c)
                            ? Chars.startsToken(text, i) && scan.at(i)
                            : Chars.letter(c) && scan.at(i);
            if (found) {
                double score = score(text, i, scan);
                if (score > 0) {
                    out.add(new Candidate(type(), i, scan.end, score));
                }
                resumeAt = scan.end;
            }
        }
    }

    private static double score(String text, int start, DateTimeScan scan) {
        double score = scan.score;
        switch (scan.kind) {
            case FULL_DATE, DAY_MONTH -> {
                if (scan.shortForm && VERSION.before(text, start)) {
                    return 0;
                }
                if (BIRTH.before(text, start)) {
                    score = Math.max(score, 0.95);
                }
            }
            case SHORT_DAY_MONTH -> {
                if (VERSION.before(text, start)) {
                    return 0;
                }
                if (BIRTH.before(text, start)) {
                    score = Math.max(score, 0.9);
                } else if (SHORT_DATE_CUE.before(text, start)) {
                    score = Math.max(score, 0.7);
                }
            }
            case MONTH_YEAR -> score = BIRTH.before(text, start) ? Math.max(score, 0.9) : score;
            case EXPIRY_MONTH_YEAR ->
                    score =
                            EXPIRY.before(text, start)
                                    ? 0.85
                                    : (BIRTH.before(text, start) ? 0.8 : score);
            case COMPACT_DATE -> score = BIRTH.before(text, start) ? 0.9 : score;
            case YEAR -> {
                if (PERSON_YEAR.before(text, start) || BIRTH.before(text, start)) {
                    score = Math.max(score, 0.8);
                } else if (scan.productFollows) {
                    return 0;
                }
            }
            case MONTH ->
                    score = SHORT_DATE_CUE.before(text, start) ? Math.max(score, 0.55) : score;
            case SLASH_DAY_MONTH -> {
                if (scan.expiryShape && EXPIRY.before(text, start)) {
                    return 0.85;
                }
                if (BIRTH.before(text, start)) {
                    return 0.8;
                }
                if (SLASH_DATE_CUE.before(text, start)
                        && !VERSION.before(text, start)
                        && !NOT_SLASH_DATE.before(text, start)
                        && !AgeShorthand.unitAfter(text, scan.end)) {
                    return Math.max(score, 0.65);
                }
                return scan.expiryShape ? score : 0;
            }
            case TIME, WEEKDAY, ORDINAL_DAY, HOUR -> {}
        }
        return score;
    }

    /**
     * The year a date span names, for generalising a date to its year (Safe Harbor keeps years):
     * {@code 2024-03-02} → 2024, {@code 3.4.87} → 1987, {@code March 2024} → 2024; a two-digit year
     * is read within the century up to ten years ahead. Empty when the span holds no year ({@code
     * March 3rd}, {@code 16:05}).
     */
    static OptionalInt yearOf(String span) {
        DateTimeScan scan = new DateTimeScan(span);
        for (int i = 0; i < span.length(); i++) {
            boolean start =
                    Chars.digit(span.charAt(i))
                            ? Chars.startsToken(span, i)
                            : Character.isLetter(span.charAt(i))
                                    && !Chars.wordChar(Chars.at(span, i - 1));
            if (start && scan.at(i)) {
                if (scan.year >= 0) {
                    return OptionalInt.of(fullYear(scan.year, scan.yearDigits));
                }
                i = scan.end - 1;
            }
        }
        return OptionalInt.empty();
    }

    private static int fullYear(int year, int digits) {
        if (digits != 2) {
            return year;
        }
        int thisYear = Year.now().getValue();
        int century = thisYear / 100 * 100;
        return century + year <= thisYear + 10 ? century + year : century - 100 + year;
    }

    /** All candidates in a text; for tests. */
    static List<Candidate> all(String text) {
        List<Candidate> out = new ArrayList<>();
        new DateTimeDetector().detect(text, out);
        return out;
    }
}
