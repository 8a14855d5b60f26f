package io.gatehouse.pii;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A person's age. HIPAA Safe Harbor lets ages up to 89 stand but requires ages over 89 to be
 * aggregated ("90 or older"); {@link #overSafeHarborLimit} tells a generalising operator which.
 *
 * <p>The span is the number alone — the age is the identifier, the words around it are not — found
 * in an age phrase ({@code 45-year-old}, {@code 45 years old}, {@code 45yo}, {@code 45 y/o}, {@code 45y},
 * {@code 45 Jahre alt}, {@code 45-jähriger}, {@code 45letý}, {@code 45 ans}), after a label or verb
 * ({@code aged 45}, {@code Age: 45}, {@code Alter: 45}, {@code turned 45}, {@code at the age of 45}),
 * or in parentheses after a name ({@code Maria Rossi (45)}, 0.55); the decade in {@code in his 90s}
 * is {@code 90s}. Scores: an age phrase
 * 0.95, a label 0.9, a decade 0.8; a bare "45 ans/años/anni/jaar/lat/let/Jahre" 0.85 after a word
 * that gives an age ("a 45 ans", "ma 45 lat", "mit 45 Jahren"), 0.55 with no cue, and nothing after
 * a duration's cue ("depuis 45 ans", "for 45 years", "45 years ago"); English "45 years" only after
 * such a word or in apposition ("Jan Novák, 45 years"). "45M" is not read: as often an amount.
 */
final class AgeDetector implements Detector {

    /** After the number, with a space, a hyphen or nothing between: an age, whatever is before. */
    private static final String[] AGE_PHRASES = {
        "years of age", "year of age", "yrs of age", "years old", "year old", "yrs old", "yr old", "y/o", "y.o.", "y.o", "yo",
        "yrs.", "yr.",
        "months old", "month old", "weeks old", "week old", "days old", "day old",
        "jahre alt", "jährige", "jähriger", "jährigen", "jähriges", "jährigem", "jährig", "jahrige", "jahriger", "jahrig",
        "jaar oud", "jarige", "jarig", "letnia", "letniego", "letniej", "letnim", "letnią", "letni", "latek", "latka",
        "letého", "letému", "letým", "letou", "letý", "letá", "leté", "lety",
        "años de edad", "anni di età", "anos de idade", "ans révolus"};
    /** Year words that are an age or a duration, told apart by the words around them. */
    private static final String[] YEAR_WORDS = {"years", "yrs", "ans", "años", "anos", "anni", "jaar", "lat", "let", "jahre",
        "jahren", "roků"};
    private static final Set<String> LABELS = Set.of("aged", "age", "alter", "âge", "âgé", "âgée", "agé", "agée",
        "edad", "età", "eta", "leeftijd", "wiek", "věk", "vek", "idade", "turned", "turns", "turning", "alters", "âgés");
    private static final ContextWords DURATION = new ContextWords(14,
            "for", "since", "over", "after", "last", "past", "next", "every", "within", "in", "about", "depuis", "pendant",
            "dans", "il y a", "après", "hace", "durante", "desde", "tras", "cada", "da", "per", "tra", "fra", "dopo",
            "sinds", "al", "na", "binnen", "voor", "od", "przez", "po", "za", "przed", "před", "během", "seit", "vor",
            "nach", "über", "während", "für", "há", "en", "ogni", "tous les");
    private static final String[] AFTER_DURATION = {"ago", "later", "earlier", "before", "fa", "geleden", "temu", "zuvor",
        "später", "plus tard", "más tarde", "dopo", "depois", "lang", "long", "of experience", "d'expérience",
        "de experiencia", "di esperienza", "zpět", "nazpět", "poté", "duur", "durée"};
    private static final ContextWords AGE_CUE = new ContextWords(24,
            "is", "was", "turns", "turned", "aged", "age", "a", "tiene", "tenía", "ha", "aveva", "ma", "miał", "miała", "je",
            "jest", "heeft", "had", "est", "âgé", "âgée", "agé", "de", "di", "van", "mit", "wird", "wurde", "ist", "war",
            "cumple", "cumplió", "compie", "wordt", "werd", "skończył", "skończyła", "kończy", "mu", "jí", "im alter von",
            "à l'âge de", "a la edad de", "all'età di", "op", "anni", "at", "w wieku", "ve věku", "aos", "com", "tem");
    private static final String[] DECADE_OWNERS = {"his", "her", "their"};

    @Override
    public String type() {
        return EntityType.AGE.name();
    }

    @Override
    public void detect(String text, List<Candidate> out) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char before = Chars.at(text, i - 1);
            boolean decimalPart = (before == ',' || before == '.') && Chars.digit(Chars.at(text, i - 2));
            if (Chars.digit(text.charAt(i)) && Chars.startsToken(text, i) && !decimalPart) {
                int digits = ClockTime.digits(text, i);
                if (digits <= 3 && !(Chars.at(text, i + digits) == '.' && Chars.digit(Chars.at(text, i + digits + 1)))
                        && !(Chars.at(text, i + digits) == ',' && Chars.digit(Chars.at(text, i + digits + 1)))) {
                    int age = Integer.parseInt(text, i, i + digits, 10);
                    if (age >= 1 && age <= 125) {
                        age(text, i, i + digits, out);
                    }
                }
                i += digits;
            } else {
                i++;
            }
        }
    }

    private void age(String text, int start, int numberEnd, List<Candidate> out) {
        int phraseEnd = phraseAfter(text, numberEnd, AGE_PHRASES);
        if (phraseEnd > 0 || gluedYear(text, numberEnd)) {
            out.add(new Candidate(type(), start, numberEnd, 0.95));
            return;
        }
        if (labelBefore(text, start) && Chars.endsToken(text, numberEnd)) {
            out.add(new Candidate(type(), start, numberEnd, 0.9));
            return;
        }
        if (decade(text, start, numberEnd)) {
            out.add(new Candidate(type(), start, numberEnd + (Chars.at(text, numberEnd) == '\'' ? 2 : 1), 0.8));
            return;
        }
        if (inParenthesesAfterName(text, start, numberEnd)) {
            out.add(new Candidate(type(), start, numberEnd, 0.55));
            return;
        }
        int yearsEnd = phraseAfter(text, numberEnd, YEAR_WORDS);
        if (yearsEnd < 0 || Chars.at(text, numberEnd) != ' ' || DURATION.before(text, start) || durationAfter(text, yearsEnd)) {
            return;
        }
        boolean english = Chars.at(text, numberEnd + 1) == 'y' || Chars.at(text, numberEnd + 1) == 'Y';
        char before = Chars.at(text, start - 1) == ' ' ? Chars.at(text, start - 2) : Chars.at(text, start - 1);
        if (AGE_CUE.before(text, start)) {
            out.add(new Candidate(type(), start, numberEnd, 0.85));
        } else if (!english || before == ',' || before == '(') {
            // "Jan Novák, 45 years, Prague": an apposition reads as an age
            out.add(new Candidate(type(), start, numberEnd, 0.55));
        }
    }

    /** Where one of the phrases ends after the number ("45-year-old", "45 y/o", "45yo"), or -1. A space in a phrase also matches a hyphen. */
    private static int phraseAfter(String text, int numberEnd, String[] phrases) {
        int from = numberEnd;
        char gap = Chars.at(text, from);
        if (gap == ' ' || gap == '-' || gap == '\u00a0') {
            from++;
        }
        for (String phrase : phrases) {
            if (matches(text, from, phrase)) {
                int end = from + phrase.length();
                if (!Chars.wordChar(Chars.at(text, end))) {
                    return end;
                }
                char sex = Chars.at(text, end);
                if ((sex == 'M' || sex == 'F' || sex == 'm' || sex == 'f') && !Chars.wordChar(Chars.at(text, end + 1))) {
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
        return !Chars.wordChar(Chars.at(text, end)) && !(Chars.at(text, end) == '-' && Chars.wordChar(Chars.at(text, end + 1)));
    }

    /** "Maria Rossi (45)": a number in parentheses right after two capitalised words, as a name is written. */
    private static boolean inParenthesesAfterName(String text, int start, int numberEnd) {
        if (Chars.at(text, start - 1) != '(' || Chars.at(text, numberEnd) != ')' || Chars.at(text, start - 2) != ' '
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
            if (wordEnd - wordStart < 2 || !Character.isUpperCase(text.charAt(wordStart))
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

    /** "aged 45", "Age: 45", "Alter 45", "wiek: 45", "turned 45", "at the age of 45": a label right before the number. */
    private static boolean labelBefore(String text, int start) {
        int i = start - 1;
        int gap = 0;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == ':' || text.charAt(i) == '=') && gap < 3) {
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
            return wordStart >= 4 && text.regionMatches(true, wordStart - 4, "age ", 0, 4); // the age of 45
        }
        return LABELS.contains(word);
    }

    /** "in his 90s", "in her late 80's". */
    private static boolean decade(String text, int start, int numberEnd) {
        int value = Integer.parseInt(text, start, numberEnd, 10);
        int s = Chars.at(text, numberEnd) == '\'' ? numberEnd + 1 : numberEnd;
        if (value < 10 || value % 10 != 0 || Chars.at(text, s) != 's' || Chars.wordChar(Chars.at(text, s + 1))) {
            return false;
        }
        int from = Math.max(0, start - 20);
        String before = text.substring(from, start).toLowerCase(Locale.ROOT);
        for (String owner : DECADE_OWNERS) {
            int at = before.lastIndexOf(owner + " ");
            if (at >= 0 && (at == 0 || !Chars.wordChar(before.charAt(at - 1)))) {
                String between = before.substring(at + owner.length()).trim();
                if (between.isEmpty() || between.equals("early") || between.equals("mid") || between.equals("late")
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
            if (text.regionMatches(true, i, word, 0, word.length()) && !Chars.wordChar(Chars.at(text, i + word.length()))) {
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
        if (digits == 0 || digits > 3) {
            return false;
        }
        String rest = span.substring(i + digits).toLowerCase(Locale.ROOT);
        if (rest.contains("month") || rest.contains("week") || rest.contains("day")) {
            return false;
        }
        return Integer.parseInt(span, i, i + digits, 10) >= 90;
    }
}
