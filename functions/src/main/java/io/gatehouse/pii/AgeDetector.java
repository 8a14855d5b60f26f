package io.gatehouse.pii;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A person's age. HIPAA Safe Harbor lets ages up to 89 stand but requires ages over 89 to be
 * aggregated ("90 or older"); {@link #overSafeHarborLimit} tells a generalising operator which.
 *
 * <p>The span is the number alone — the age is the identifier, the words around it are not — found
 * in an age phrase ({@code 45-year-old}, {@code 45 years old}, {@code 45yo}, {@code 45 y/o}, {@code
 * 45y}, {@code 45 Jahre alt}, {@code 45-jähriger}, {@code 45letý}, {@code 45 ans}), after a label
 * or verb ({@code aged 45}, {@code Age: 45}, {@code Alter: 45}, {@code turned 45}, {@code at the
 * age of 45}), or in parentheses after a name ({@code Maria Rossi (45)}, 0.7); the decade in {@code
 * in his 90s} is {@code 90s}. Scores: an age phrase 0.95, a label 0.9, a decade 0.8; a bare "45
 * ans/años/anni/jaar/lat/let/Jahre" 0.85 after a word that gives an age ("a 45 ans", "ma 45 lat",
 * "mit 45 Jahren"), 0.55 with no cue, and nothing after a duration's cue ("depuis 45 ans", "for 45
 * years", "45 years ago"); English "45 years" only after such a word or in apposition ("Jan Novák,
 * 45 years"); abbreviated year words ("45 J.", "45 a.", "45 jr", "45 l.", "45 r.") 0.7 in
 * apposition. Ranges give both numbers ("aged between 40 and 45", "40-45 years old"). The short
 * forms of notes and chat ("45M", "M/45", "I'm 45", "Mr Smith, 72,", "Mitte 40") are {@link
 * AgeShorthand}'s; spelled ages ("forty-five-year-old", "fünfundvierzig Jahre alt") and decades
 * ("in her forties", "la cinquantaine") are read with {@link SpelledAges}, the span then being the
 * number words.
 */
final class AgeDetector implements Detector {

    /** After the number, with a space, a hyphen or nothing between: an age, whatever is before. */
    private static final String[] AGE_PHRASES = {
        "years of age",
        "year of age",
        "yrs of age",
        "years old",
        "year old",
        "yrs old",
        "yr old",
        "y/o",
        "y.o.",
        "y.o",
        "y-o",
        "yo",
        "yrs.",
        "yr.",
        "months old",
        "month old",
        "weeks old",
        "week old",
        "days old",
        "day old",
        "jahre alt",
        "jährige",
        "jähriger",
        "jährigen",
        "jähriges",
        "jährigem",
        "jährig",
        "jahrige",
        "jahriger",
        "jahrig",
        "jaar oud",
        "jarige",
        "jarig",
        "letnia",
        "letniego",
        "letniej",
        "letnim",
        "letnią",
        "letni",
        "latek",
        "latka",
        "letého",
        "letému",
        "letým",
        "letou",
        "letý",
        "letá",
        "leté",
        "lety",
        "años de edad",
        "anni di età",
        "anos de idade",
        "ans révolus",
        "j."
    };

    /** Year words that are an age or a duration, told apart by the words around them. */
    private static final String[] YEAR_WORDS = {
        "years", "yrs", "ans", "años", "anos", "anni", "jaar", "lat", "let", "jahre", "jahren",
        "roků"
    };

    private static final Set<String> LABELS =
            Set.of(
                    "aged",
                    "age",
                    "alter",
                    "âge",
                    "âgé",
                    "âgée",
                    "agé",
                    "agée",
                    "edad",
                    "età",
                    "eta",
                    "leeftijd",
                    "wiek",
                    "věk",
                    "vek",
                    "idade",
                    "turned",
                    "turns",
                    "turning",
                    "alters",
                    "âgés",
                    "ages");
    private static final ContextWords DURATION =
            new ContextWords(
                    14,
                    "for",
                    "since",
                    "over",
                    "after",
                    "last",
                    "past",
                    "next",
                    "every",
                    "within",
                    "in",
                    "about",
                    "depuis",
                    "pendant",
                    "dans",
                    "il y a",
                    "après",
                    "hace",
                    "durante",
                    "desde",
                    "tras",
                    "cada",
                    "da",
                    "per",
                    "tra",
                    "fra",
                    "dopo",
                    "sinds",
                    "al",
                    "na",
                    "binnen",
                    "voor",
                    "od",
                    "przez",
                    "po",
                    "za",
                    "przed",
                    "před",
                    "během",
                    "seit",
                    "vor",
                    "nach",
                    "über",
                    "während",
                    "für",
                    "há",
                    "en",
                    "ogni",
                    "tous les");
    private static final String[] AFTER_DURATION = {
        "ago",
        "later",
        "earlier",
        "before",
        "fa",
        "geleden",
        "temu",
        "zuvor",
        "später",
        "plus tard",
        "más tarde",
        "dopo",
        "depois",
        "lang",
        "long",
        "of experience",
        "d'expérience",
        "de experiencia",
        "di esperienza",
        "zpět",
        "nazpět",
        "poté",
        "duur",
        "durée"
    };
    private static final ContextWords AGE_CUE =
            new ContextWords(
                    24,
                    "is",
                    "was",
                    "turns",
                    "turned",
                    "aged",
                    "age",
                    "a",
                    "tiene",
                    "tenía",
                    "ha",
                    "aveva",
                    "ma",
                    "miał",
                    "miała",
                    "je",
                    "jest",
                    "heeft",
                    "had",
                    "est",
                    "âgé",
                    "âgée",
                    "agé",
                    "de",
                    "di",
                    "van",
                    "mit",
                    "wird",
                    "wurde",
                    "ist",
                    "war",
                    "cumple",
                    "cumplió",
                    "compie",
                    "wordt",
                    "werd",
                    "skończył",
                    "skończyła",
                    "kończy",
                    "mu",
                    "jí",
                    "im alter von",
                    "à l'âge de",
                    "a la edad de",
                    "all'età di",
                    "op",
                    "anni",
                    "at",
                    "w wieku",
                    "ve věku",
                    "aos",
                    "com",
                    "tem");

    /**
     * The cues of {@link #AGE_CUE} an English "45 years" may follow: not French "a" nor "de" ("a
     * friend of 20 years").
     */
    private static final ContextWords ENGLISH_AGE_CUE =
            new ContextWords(
                    24,
                    "is",
                    "was",
                    "turns",
                    "turned",
                    "aged",
                    "age",
                    "at",
                    "im alter von",
                    "will be",
                    "would be",
                    "now");

    private static final String[] DECADE_OWNERS = {"his", "her", "their", "my", "your", "our"};

    /**
     * Abbreviated year words ("45 J.", "45 a.", "45 jr", "45 l.", "45 r."): an age only with a cue
     * or in apposition.
     */
    private static final String[] YEAR_ABBREVIATIONS = {"j.", "jr.", "jr", "a.", "l.", "r."};

    private static final Set<String> RANGE_WORDS =
            Set.of(
                    "to", "and", "or", "und", "bis", "et", "à", "y", "a", "e", "en", "tot", "do",
                    "až", "i");

    /** Words between a label and its number: "aged between 40 and 45". */
    private static final Set<String> BETWEEN =
            Set.of(
                    "between",
                    "zwischen",
                    "entre",
                    "tra",
                    "fra",
                    "tussen",
                    "między",
                    "mezi",
                    "from",
                    "von",
                    "de",
                    "da",
                    "van",
                    "od",
                    "about",
                    "around",
                    "circa",
                    "ca",
                    "approx",
                    "etwa",
                    "environ",
                    "unos",
                    "ongeveer",
                    "około",
                    "asi");

    @Override
    public String type() {
        return EntityType.AGE.name();
    }

    @Override
    public void detect(String text, List<Candidate> out) {
        detect(TextIndex.of(text), out);
    }

    /**
     * A number or a number word begins after no word character (or after the "/" of "M/45", the "-"
     * of "mid-50s"): always one of the index's starts, so only those are visited.
     */
    @Override
    public void detect(TextIndex index, List<Candidate> out) {
        String text = index.text();
        int i = 0;
        for (int k = 0, count = index.startCount(); k < count; k++) {
            if (index.start(k) < i) {
                continue;
            }
            i = index.start(k);
            char c = text.charAt(i);
            char before = Chars.at(text, i - 1);
            boolean decimalPart =
                    (before == ',' || before == '.') && Chars.digit(Chars.at(text, i - 2));
            if (Chars.digit(c)
                    && (Chars.startsToken(text, i) || startsDespiteJoiner(text, i))
                    && !decimalPart) {
                int digits = ClockTime.digits(text, i);
                int next = i + digits;
                if (digits <= 3
                        && !(Chars.at(text, i + digits) == '.'
                                && Chars.digit(Chars.at(text, i + digits + 1)))
                        && !(Chars.at(text, i + digits) == ','
                                && Chars.digit(Chars.at(text, i + digits + 1)))) {
                    int age = Chars.number(text, i, i + digits);
                    if (age >= 1 && age <= 125) {
                        next = Math.max(next, age(text, i, i + digits, out));
                    }
                }
                i = next;
            } else if (Chars.letter(c) && !Chars.wordChar(before)) {
                i = Math.max(i + 1, spelled(text, i, out));
            }
        }
    }

    /**
     * "in his mid-50s", "M/45": the hyphen of "mid-" or the slash after a sex letter glue the
     * number to no word.
     */
    private static boolean startsDespiteJoiner(String text, int i) {
        char sex = Chars.at(text, i - 2);
        if (Chars.at(text, i - 1) == '/'
                && (sex == 'M' || sex == 'F')
                && !Chars.wordChar(Chars.at(text, i - 3))) {
            return true;
        }
        return i >= 4
                && Chars.regionMatchesIgnoreCase(text, i - 4, "mid-")
                && !Chars.wordChar(Chars.at(text, i - 5));
    }

    /**
     * An age at the number text[start, numberEnd): adds it (and the second number of a range, "aged
     * 40 to 45") and returns where the scan goes on.
     */
    private int age(String text, int start, int numberEnd, List<Candidate> out) {
        int[] range = rangeAfter(text, numberEnd);
        if (range != null && phraseAfter(text, range[1], AGE_PHRASES) > 0) {
            out.add(new Candidate(type(), start, numberEnd, 0.9)); // "40 to 45 years old"
            out.add(new Candidate(type(), range[0], range[1], 0.95));
            return range[1];
        }
        int phraseEnd = phraseAfter(text, numberEnd, AGE_PHRASES);
        if (phraseEnd > 0 || gluedYear(text, numberEnd)) {
            out.add(new Candidate(type(), start, numberEnd, 0.95));
            return numberEnd;
        }
        if (labelBefore(text, start, true) && (Chars.endsToken(text, numberEnd) || range != null)) {
            out.add(new Candidate(type(), start, numberEnd, 0.9));
            if (range != null) {
                out.add(new Candidate(type(), range[0], range[1], 0.9)); // "aged between 40 and 45"
                return range[1];
            }
            return numberEnd;
        }
        if (decade(text, start, numberEnd)) {
            out.add(
                    new Candidate(
                            type(),
                            start,
                            numberEnd + (Chars.at(text, numberEnd) == '\'' ? 2 : 1),
                            0.8));
            return numberEnd;
        }
        double shorthand = AgeShorthand.score(text, start, numberEnd);
        if (shorthand > 0) {
            out.add(new Candidate(type(), start, numberEnd, shorthand));
            return numberEnd;
        }
        if (inParenthesesAfterName(text, start, numberEnd)) {
            out.add(new Candidate(type(), start, numberEnd, 0.7));
            return numberEnd;
        }
        yearWords(text, start, numberEnd, out);
        return numberEnd;
    }

    /** "45 ans", "45 Jahre", "45 years" — an age or a duration, told apart by the words around. */
    private void yearWords(String text, int start, int numberEnd, List<Candidate> out) {
        int yearsEnd = phraseAfter(text, numberEnd, YEAR_WORDS);
        boolean abbreviated = false;
        if (yearsEnd < 0) {
            yearsEnd = phraseAfter(text, numberEnd, YEAR_ABBREVIATIONS);
            abbreviated = true;
        }
        if (yearsEnd < 0
                || Chars.at(text, numberEnd) != ' '
                || DURATION.before(text, start)
                || durationAfter(text, yearsEnd)) {
            return;
        }
        boolean english =
                Chars.at(text, numberEnd + 1) == 'y' || Chars.at(text, numberEnd + 1) == 'Y';
        char before =
                Chars.at(text, start - 1) == ' '
                        ? Chars.at(text, start - 2)
                        : Chars.at(text, start - 1);
        if (english ? ENGLISH_AGE_CUE.before(text, start) : AGE_CUE.before(text, start)) {
            out.add(new Candidate(type(), start, numberEnd, 0.85));
        } else if (!english && !abbreviated || before == ',' || before == '(') {
            // "Jan Novák, 45 years, Prague": an apposition reads as an age
            out.add(new Candidate(type(), start, numberEnd, abbreviated ? 0.7 : 0.55));
        }
    }

    /** A second number after "to", "and", "or", "-" or "–": {@code {start, end}}, or null. */
    private static int[] rangeAfter(String text, int numberEnd) {
        int n = text.length();
        int i = numberEnd;
        if (i >= n) {
            return null;
        }
        char c = text.charAt(i);
        if (c == '-' || c == '\u2013') {
            i++;
        } else if (c == ' ') {
            int word = i + 1;
            int wordEnd = SpelledAges.letters(text, word);
            if (wordEnd > word
                    && wordEnd < n
                    && text.charAt(wordEnd) == ' '
                    && RANGE_WORDS.contains(
                            text.substring(word, wordEnd).toLowerCase(Locale.ROOT))) {
                i = wordEnd + 1;
            } else if (word + 1 < n
                    && (text.charAt(word) == '-' || text.charAt(word) == '\u2013')
                    && text.charAt(word + 1) == ' ') {
                i = word + 2;
            } else {
                return null;
            }
        } else {
            return null;
        }
        int digits = ClockTime.digits(text, i);
        char after = Chars.at(text, i + digits);
        if (digits == 0
                || digits > 3
                || (after == '.' || after == ',' || after == ':')
                        && Chars.digit(Chars.at(text, i + digits + 1))) {
            return null;
        }
        int value = Integer.parseInt(text, i, i + digits, 10);
        return value >= 1 && value <= 125 ? new int[] {i, i + digits} : null;
    }

    /**
     * A spelled age at the word start {@code start}: "forty-five-year-old", "ninety-two years old",
     * "fünfundvierzig Jahre alt", "a quarante-cinq ans", "aged forty"; or a decade, "in her
     * forties", "dans la cinquantaine". The span is the number words. Returns where the scan goes
     * on.
     */
    private int spelled(String text, int start, List<Candidate> out) {
        if (!SpelledAges.mayBegin(text, start)) {
            return start + 1; // the rest of the word starts nothing
        }
        int wordEnd = SpelledAges.letters(text, start);
        int decade = SpelledAges.decade(text, start, wordEnd);
        if (decade > 0) {
            if (Chars.wordChar(Chars.at(text, wordEnd))
                    || !decadeOwnerBefore(text, start, decade)) {
                return wordEnd;
            }
            out.add(new Candidate(type(), start, wordEnd, 0.75));
            return wordEnd;
        }
        int[] number = SpelledAges.at(text, start);
        if (number == null) {
            return wordEnd;
        }
        int end = number[0];
        if (Chars.wordChar(Chars.at(text, end))) {
            return end;
        }
        if (phraseAfter(text, end, AGE_PHRASES) > 0) {
            out.add(new Candidate(type(), start, end, 0.9));
        } else if (labelBefore(text, start, false) && Chars.endsToken(text, end)) {
            out.add(new Candidate(type(), start, end, 0.85));
        } else if (phraseAfter(text, end, YEAR_WORDS) > 0
                && AGE_CUE.before(text, start)
                && !DURATION.before(text, start)
                && !durationAfter(text, phraseAfter(text, end, YEAR_WORDS))) {
            out.add(new Candidate(type(), start, end, 0.8));
        }
        return end;
    }

    /**
     * "in her forties", "in his late forties", "dans la cinquantaine" (not "la quarantaine de…", a
     * count).
     */
    private static boolean decadeOwnerBefore(String text, int start, int decade) {
        boolean french =
                Chars.at(text, start - 3) == 'l'
                        && Chars.regionMatchesIgnoreCase(text, Math.max(0, start - 3), "la ");
        if (french) {
            int after = start + SpelledAges.letters(text, start) - start;
            return !Chars.regionMatchesIgnoreCase(text, after, " de")
                    && !Chars.regionMatchesIgnoreCase(text, after, " d'")
                    && !Chars.regionMatchesIgnoreCase(text, after, " d’")
                    && !Chars.wordChar(Chars.at(text, start - 4));
        }
        int from = Math.max(0, start - 20);
        String before = text.substring(from, start).toLowerCase(Locale.ROOT);
        for (String owner : DECADE_OWNERS) {
            int at = before.lastIndexOf(owner + " ");
            if (at >= 0 && (at == 0 || !Chars.wordChar(before.charAt(at - 1)))) {
                String between = before.substring(at + owner.length()).trim();
                if (between.isEmpty()
                        || between.equals("early")
                        || between.equals("mid")
                        || between.equals("late")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Where one of the phrases ends after the number ("45-year-old", "45 y/o", "45yo"), or -1. A
     * space in a phrase also matches a hyphen.
     */
    private static int phraseAfter(String text, int numberEnd, String[] phrases) {
        int from = numberEnd;
        char gap = Chars.at(text, from);
        if (gap == ' ' || gap == '-' || gap == '\u00a0') {
            from++;
        }
        char first = Character.toLowerCase(Chars.at(text, from));
        for (String phrase : phrases) {
            if (phrase.charAt(0) == first && matches(text, from, phrase)) {
                int end = from + phrase.length();
                if (!Chars.wordChar(Chars.at(text, end))) {
                    return end;
                }
                char sex = Chars.at(text, end);
                if ((sex == 'M' || sex == 'F' || sex == 'm' || sex == 'f')
                        && !Chars.wordChar(Chars.at(text, end + 1))) {
                    return end + 1; // "45yoM"
                }
            }
        }
        return -1;
    }

    private static boolean matches(String text, int from, String phrase) {
        if (from + phrase.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < phrase.length(); k++) {
            char p = phrase.charAt(k);
            char c = text.charAt(from + k);
            if (p == ' ' ? !(c == ' ' || c == '-') : Character.toLowerCase(c) != p) {
                return false;
            }
        }
        return true;
    }

    /** "45y", "45yr", "45J" (Jahre), glued to the number. */
    private static boolean gluedYear(String text, int numberEnd) {
        char c = Character.toLowerCase(Chars.at(text, numberEnd));
        if (c == 'j') {
            // "45J", "45j." (Jahre); "45-j." after a hyphen is read as a phrase
            return !Chars.wordChar(Chars.at(text, numberEnd + 1))
                    && Chars.at(text, numberEnd + 1) != '-';
        }
        if (c != 'y') {
            return false;
        }
        int end = numberEnd + 1;
        if (Character.toLowerCase(Chars.at(text, end)) == 'r') {
            end++;
            if (Character.toLowerCase(Chars.at(text, end)) == 's') {
                end++;
            }
        }
        return !Chars.wordChar(Chars.at(text, end))
                && !(Chars.at(text, end) == '-' && Chars.wordChar(Chars.at(text, end + 1)));
    }

    /**
     * "Maria Rossi (45)": a number in parentheses right after two capitalised words, as a name is
     * written.
     */
    private static boolean inParenthesesAfterName(String text, int start, int numberEnd) {
        if (Chars.at(text, start - 1) != '('
                || Chars.at(text, numberEnd) != ')'
                || Chars.at(text, start - 2) != ' '
                || Integer.parseInt(text, start, numberEnd, 10) > 110) {
            return false;
        }
        int wordEnd = start - 2;
        for (int word = 0; word < 2; word++) {
            int i = wordEnd - 1;
            while (i >= 0 && Character.isLetter(text.charAt(i)) && wordEnd - i < 30) {
                i--;
            }
            int wordStart = i + 1;
            if (wordEnd - wordStart < 2
                    || !Character.isUpperCase(text.charAt(wordStart))
                    || !Character.isLowerCase(text.charAt(wordEnd - 1))) {
                return false;
            }
            if (word == 0 && Chars.at(text, wordStart - 1) != ' ') {
                return false;
            }
            wordEnd = wordStart - 1;
        }
        return true;
    }

    /**
     * "aged 45", "Age: 45", "Alter 45", "wiek: 45", "turned 45", "at the age of 45": a label right
     * before the number.
     */
    private static boolean labelBefore(String text, int start, boolean allowBetween) {
        int i = start - 1;
        int gap = 0;
        while (i >= 0
                && (text.charAt(i) == ' ' || text.charAt(i) == ':' || text.charAt(i) == '=')
                && gap < 3) {
            i--;
            gap++;
        }
        if (gap == 0) {
            return false;
        }
        int wordEnd = i + 1;
        while (i >= 0 && Character.isLetter(text.charAt(i)) && wordEnd - i < 10) {
            i--;
        }
        int wordStart = i + 1;
        if (wordEnd - wordStart < 2 || Chars.wordChar(Chars.at(text, wordStart - 1))) {
            return false;
        }
        String word = text.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT);
        if (word.equals("of")) {
            return wordStart >= 4
                    && Chars.regionMatchesIgnoreCase(text, wordStart - 4, "age "); // the age of 45
        }
        if (allowBetween && BETWEEN.contains(word)) {
            return labelBefore(text, wordStart, false); // "aged between 40"
        }
        return LABELS.contains(word);
    }

    /** "in his 90s", "in her late 80's". */
    private static boolean decade(String text, int start, int numberEnd) {
        int value = Integer.parseInt(text, start, numberEnd, 10);
        int s = Chars.at(text, numberEnd) == '\'' ? numberEnd + 1 : numberEnd;
        if (value < 10
                || value % 10 != 0
                || Chars.at(text, s) != 's'
                || Chars.wordChar(Chars.at(text, s + 1))) {
            return false;
        }
        int from = Math.max(0, start - 20);
        String before = text.substring(from, start).toLowerCase(Locale.ROOT);
        for (String owner : DECADE_OWNERS) {
            int at = before.lastIndexOf(owner + " ");
            if (at >= 0 && (at == 0 || !Chars.wordChar(before.charAt(at - 1)))) {
                String between = before.substring(at + owner.length()).trim();
                if (between.isEmpty()
                        || between.equals("early")
                        || between.equals("mid")
                        || between.equals("late")
                        || between.equals("mid-")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean durationAfter(String text, int end) {
        int i = end;
        if (Chars.at(text, i) != ' ') {
            return false;
        }
        i++;
        for (String word : AFTER_DURATION) {
            if (Chars.regionMatchesIgnoreCase(text, i, word)
                    && !Chars.wordChar(Chars.at(text, i + word.length()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the age in an AGE span is 90 or more — HIPAA Safe Harbor's limit, above which an age
     * must be reported only as "90 or older". Ages in months, weeks or days never are.
     */
    static boolean overSafeHarborLimit(String span) {
        int i = 0;
        while (i < span.length() && !Chars.digit(span.charAt(i))) {
            i++;
        }
        int digits = ClockTime.digits(span, i);
        if (digits == 0) {
            String lower = span.toLowerCase(Locale.ROOT);
            return !lower.contains("month")
                    && !lower.contains("week")
                    && !lower.contains("day")
                    && SpelledAges.valueIn(span)
                            >= 90; // "ninety-two", "nineties", "quatre-vingt-dix"
        }
        if (digits > 3) {
            return false;
        }
        String rest = span.substring(i + digits).toLowerCase(Locale.ROOT);
        if (rest.contains("month") || rest.contains("week") || rest.contains("day")) {
            return false;
        }
        return Integer.parseInt(span, i, i + digits, 10) >= 90;
    }
}
