package io.gatehouse.pii;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Identifiers that have no format of their own — account numbers, insurance member IDs, licence
 * numbers, serial numbers — and so are found only by the label written before them. This is the
 * scanner those detectors share: it finds a cue ("account no", "member ID", "Seriennummer"…) on
 * word boundaries, skips what usually sits between a label and its value (punctuation and filler
 * words such as "number", "is", "n°", "de"), and reads the value: letters and digits, optionally
 * grouped by single hyphens, slashes or spaces, long enough and holding enough digits to be an
 * identifier rather than a word, a date, an amount or a time.
 *
 * <p>Every step looks at a bounded number of characters after the cue, so a text full of cues still
 * costs time linear in its length.
 */
final class CuedIdentifier {

    /** How far after the cue the value may start (filler words and punctuation in between). */
    static final int MAX_GAP = 32;

    /** At most this many filler words between a cue and its value. */
    private static final int MAX_FILLERS = 4;

    /** Words that sit between a label and its value in the languages the engine meets. */
    private static final Set<String> FILLERS =
            Set.of(
                    "no",
                    "nr",
                    "nro",
                    "num",
                    "number",
                    "numbers",
                    "nummer",
                    "numéro",
                    "numero",
                    "número",
                    "n",
                    "nº",
                    "n°",
                    "no°",
                    "nos",
                    "id",
                    "is",
                    "was",
                    "ist",
                    "lautet",
                    "est",
                    "es",
                    "è",
                    "é",
                    "de",
                    "du",
                    "des",
                    "del",
                    "di",
                    "da",
                    "do",
                    "van",
                    "der",
                    "of",
                    "the",
                    "your",
                    "my",
                    "his",
                    "her",
                    "their",
                    "our",
                    "on",
                    "file",
                    "ref",
                    "code",
                    "identifier",
                    "ident",
                    "card",
                    "hash",
                    "d",
                    "l",
                    "serial",
                    "sn",
                    "s",
                    "and",
                    "checking",
                    "savings",
                    "current",
                    "bank",
                    "billing",
                    "customer",
                    "client",
                    "main",
                    "primary",
                    "reference",
                    "member",
                    "policy",
                    "group",
                    "patient",
                    // possessives, articles and copulas: "su número de cliente es", "Ihre
                    // Kundennummer lautet", "numer to"
                    "su",
                    "sua",
                    "suo",
                    "votre",
                    "ihre",
                    "ihr",
                    "seine",
                    "uw",
                    "mijn",
                    "mon",
                    "ma",
                    "mi",
                    "mio",
                    "mia",
                    "la",
                    "le",
                    "el",
                    "il",
                    "lo",
                    "je",
                    "jest",
                    "wynosi",
                    "to",
                    "zní",
                    "war",
                    "era",
                    "était",
                    "fue",
                    "wird",
                    "sera",
                    "listed",
                    "registered",
                    "shown",
                    "used",
                    "new",
                    "old",
                    "nouveau",
                    "ancien",
                    "neue",
                    "alte",
                    "nuevo",
                    "nuovo",
                    "personal",
                    "persönliche",
                    "personnel",
                    "hospital",
                    "internal",
                    "interne",
                    "interno");

    private static final Set<String> CURRENCY_WORDS =
            Set.of(
                    "eur", "euro", "euros", "usd", "gbp", "chf", "pln", "czk", "sek", "nok", "dkk",
                    "dollars", "dollar", "pounds", "zł", "kč", "kc");

    private final String type;
    private final double score;
    private final int minDigits;
    private final Cues cues;

    CuedIdentifier(String type, double score, int minDigits, String... cues) {
        this.type = type;
        this.score = score;
        this.minDigits = minDigits;
        this.cues = new Cues(cues);
    }

    /**
     * Adds every cued identifier in the text: at the detector's score, or 0.1 more when the label
     * names a number ("account number", "Kontonummer", "policy no", "member ID", "n° de compte") —
     * the surest sign that what follows is the identifier itself.
     */
    void detect(String text, List<Candidate> out) {
        detect(TextIndex.of(text), out);
    }

    void detect(TextIndex index, List<Candidate> out) {
        String text = index.text();
        if (index.digitCount() < minDigits) {
            return; // no value can follow any cue
        }
        cues.forEachCue(
                index,
                (cueStart, cueEnd) -> {
                    boolean glued =
                            Chars.digit(Chars.at(text, cueEnd))
                                    && Chars.wordChar(Chars.at(text, cueEnd - 1));
                    int start = glued ? cueEnd : valueStart(text, cueEnd);
                    if (start < 0) {
                        return cueEnd;
                    }
                    int end = identifierEnd(text, start, 5, 20, minDigits, glued);
                    if (end < 0) {
                        return cueEnd;
                    }
                    boolean namesANumber = namesANumber(text, cueStart, start);
                    out.add(
                            new Candidate(
                                    type,
                                    start,
                                    end,
                                    namesANumber ? Math.min(1.0, score + 0.1) : score));
                    return end;
                });
    }

    private static final String[] NUMBER_WORDS = {
        "number", "nummer", "num", "no", "nr", "id", "n°", "nº", "#", "numéro", "numero", "número",
        "numer", "číslo", "code"
    };

    /** Whether a word for "number" sits between the cue's start and the value. */
    static boolean namesANumber(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            for (String word : NUMBER_WORDS) {
                if (Chars.regionMatchesIgnoreCase(text, i, word)) {
                    int end = i + word.length();
                    boolean startOk =
                            word.equals("#")
                                    || !Chars.wordChar(Chars.at(text, i - 1))
                                    || word.equals("nummer");
                    boolean endOk =
                            !Chars.wordChar(word.charAt(word.length() - 1))
                                    || !Chars.wordChar(Chars.at(text, end));
                    if (startOk && endOk) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Adds the {@code cued} candidates (sorted by start) to {@code out}, except those overlapping a
     * candidate already in {@code out} from index {@code from} on (also sorted by start) that
     * scores at least as high: a detector that finds a number both by its format and by its label
     * reports it once.
     */
    static void addUnlessFoundBetter(List<Candidate> cued, List<Candidate> out, int from) {
        int end = out.size();
        int k = from;
        for (Candidate candidate : cued) {
            while (k < end && out.get(k).end() <= candidate.start()) {
                k++;
            }
            boolean better = false;
            for (int j = k; j < end && out.get(j).start() < candidate.end(); j++) {
                better |= out.get(j).overlaps(candidate) && out.get(j).score() >= candidate.score();
            }
            if (!better) {
                out.add(candidate);
            }
        }
    }

    /**
     * Cue words, matched case-insensitively on word boundaries, looked up by their first character.
     */
    static final class Cues {

        /** Given a cue's start and end, where the scan goes on (at least the cue's end). */
        interface AfterCue {
            int next(int cueStart, int cueEnd);
        }

        /**
         * The cues by their first two characters, lower case (ASCII pairs in a table, others in a
         * map): a word start tries only the few cues that can begin there, since this runs at every
         * word of the text for six detectors.
         */
        private final String[][] byFirstTwo = new String[128 * 128][];

        private final Map<String, String[]> others = new HashMap<>();

        /** Cues of one character ("#"), by it. */
        private final String[][] single = new String[128][];

        /**
         * ASCII characters other than letters and digits that begin a cue of two or more
         * characters.
         */
        private final boolean[] pairStart = new boolean[128];

        /**
         * Cues written with a trailing {@code ~}: they may be glued to the value's digits
         * ("MRN00482913").
         */
        private final Set<String> glueable = new HashSet<>();

        /**
         * Whether every cue begins where {@link TextIndex} records a start: with a word character
         * or an opener.
         */
        private final boolean indexed;

        Cues(String... words) {
            Map<String, List<String>> grouped = new HashMap<>();
            boolean allIndexed = true;
            for (String word : words) {
                String lower = word.toLowerCase(Locale.ROOT);
                allIndexed &= Chars.wordChar(lower.charAt(0)) || TextIndex.opener(lower.charAt(0));
                if (lower.endsWith("~")) {
                    lower = lower.substring(0, lower.length() - 1);
                    glueable.add(lower);
                }
                grouped.computeIfAbsent(
                                lower.length() == 1 ? lower : lower.substring(0, 2),
                                k -> new ArrayList<>())
                        .add(lower);
                if (lower.length() > 1 && lower.charAt(0) < 128) {
                    pairStart[lower.charAt(0)] = true;
                }
            }
            grouped.forEach(
                    (key, list) -> {
                        String[] array = list.toArray(String[]::new);
                        if (key.length() == 1 && key.charAt(0) < 128) {
                            single[key.charAt(0)] = array;
                        } else if (key.length() == 2
                                && key.charAt(0) < 128
                                && key.charAt(1) < 128) {
                            byFirstTwo[key.charAt(0) * 128 + key.charAt(1)] = array;
                        } else {
                            others.put(key, array);
                        }
                    });
            this.indexed = allIndexed;
        }

        /**
         * As {@link #forEachCue(String, AfterCue)}, visiting only the index's starts: a cue begins
         * after a character that is no word character, with a character the index records.
         */
        void forEachCue(TextIndex index, AfterCue after) {
            String text = index.text();
            if (!indexed) {
                forEachCue(text, after);
                return;
            }
            int resumeAt = 0;
            for (int k = 0, count = index.startCount(); k < count; k++) {
                int i = index.start(k);
                if (i < resumeAt) {
                    continue;
                }
                char c = index.lowerFirst(k);
                char d = index.lowerSecond(k);
                if (c < 128 && d < 128 && byFirstTwo[c * 128 + d] == null && single[c] == null) {
                    continue; // the usual case: no cue begins with these two characters
                }
                int end = endAt(text, i, c, d);
                if (end >= 0) {
                    resumeAt = Math.max(end, after.next(i, end));
                }
            }
        }

        /**
         * Calls {@code after} with the end of every cue, in order; the scan resumes where it says.
         */
        void forEachCue(String text, AfterCue after) {
            int n = text.length();
            int i = 0;
            while (i < n) {
                int end = Chars.wordChar(Chars.at(text, i - 1)) ? -1 : endAt(text, i);
                if (end < 0) {
                    i++;
                    continue;
                }
                i = Math.max(end, after.next(i, end));
            }
        }

        /** The end of the longest cue starting at {@code i}, or -1. */
        int endAt(String text, int i) {
            char raw = text.charAt(i);
            // white space and punctuation start no cue (but "#" and "n°" may): no case folding for
            // them
            if (raw < 128 && !Chars.asciiAlnum(raw) && single[raw] == null && !pairStart[raw]) {
                return -1;
            }
            char c = Character.toLowerCase(raw);
            char d =
                    i + 1 < text.length()
                            ? Character.toLowerCase(text.charAt(i + 1))
                            : TextIndex.NONE;
            return endAt(text, i, c, d);
        }

        /** As {@link #endAt(String, int)}, given the first two characters at i in lower case. */
        private int endAt(String text, int i, char c, char d) {
            int best = c < 128 ? longestMatch(text, i, single[c], -1) : -1;
            if (d != TextIndex.NONE) {
                String[] candidates =
                        c < 128 && d < 128
                                ? byFirstTwo[c * 128 + d]
                                : others.isEmpty()
                                        ? null
                                        : others.get(String.valueOf(new char[] {c, d}));
                best = longestMatch(text, i, candidates, best);
            }
            return best;
        }

        private int longestMatch(String text, int i, String[] candidates, int longest) {
            if (candidates == null) {
                return longest;
            }
            int best = longest;
            for (String cue : candidates) {
                int end = i + cue.length();
                if (end > best
                        && end <= text.length()
                        && thirdMayMatch(text, i, cue)
                        && Chars.regionMatchesIgnoreCase(text, i, cue)
                        && (!Chars.wordChar(cue.charAt(cue.length() - 1))
                                || !Chars.wordChar(Chars.at(text, end))
                                || Chars.digit(Chars.at(text, end)) && glueable.contains(cue))) {
                    best = end;
                }
            }
            return best;
        }

        /**
         * False when the cue's third character is ASCII and the text's, lower-cased, differs: the
         * first two already match (the cues are looked up by them), and most tries end here.
         */
        private static boolean thirdMayMatch(String text, int i, String cue) {
            if (cue.length() < 3) {
                return true;
            }
            char t = text.charAt(i + 2);
            char w = cue.charAt(2);
            return t == w || (t | w) >= 128 || (t >= 'A' && t <= 'Z' && t + 32 == w);
        }

        /** Whether one of the cues ends within {@code window} characters before {@code start}. */
        boolean before(String text, int start, int window) {
            int from = ContextWords.sentenceStart(text, Math.max(0, start - window), start);
            for (int i = from; i < start; i++) {
                if (!Chars.wordChar(Chars.at(text, i - 1))) {
                    int end = endAt(text, i);
                    if (end > 0 && end <= start) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /**
     * Where the value after a cue starts: past punctuation ({@code : # = - . ( ) " '}), spaces, one
     * line break and a few filler words, at the first letter-or-digit token that holds a digit; -1
     * when something else comes first (another word, a '+' of a phone number, a currency sign).
     */
    static int valueStart(String text, int cueEnd) {
        int n = text.length();
        int limit = Math.min(n, cueEnd + MAX_GAP);
        int fillers = 0;
        int lineBreaks = 0;
        int i = cueEnd;
        while (i < limit) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (++lineBreaks > 1) {
                    return -1;
                }
                i++;
            } else if (c == ' '
                    || c == '\t'
                    || c == '\r'
                    || c == ':'
                    || c == '#'
                    || c == '='
                    || c == '-'
                    || c == '.'
                    || c == '('
                    || c == ')'
                    || c == '"'
                    || c == '\''
                    || c == '*'
                    || c == '\u00a0'
                    || c == '–'
                    || c == '№'
                    || c == '['
                    || c == '’'
                    || c == '«'
                    || c == '»'
                    || c == '/'
                    || c == '>') {
                i++;
            } else if (Chars.asciiAlnum(c) || Character.isLetter(c)) {
                int wordEnd = i;
                while (wordEnd < n
                        && (Character.isLetter(text.charAt(wordEnd))
                                || text.charAt(wordEnd) == '°'
                                || text.charAt(wordEnd) == 'º')) {
                    wordEnd++;
                }
                if (wordEnd == i
                        || Chars.digit(Chars.at(text, wordEnd))
                        || (Chars.at(text, wordEnd) == '-'
                                && Chars.digit(Chars.at(text, wordEnd + 1)))
                        || capitalPrefix(text, i, wordEnd)) {
                    return Chars.asciiAlnum(c)
                            ? i
                            : -1; // letters glued to digits: the value itself
                }
                if (++fillers > MAX_FILLERS
                        || !FILLERS.contains(text.substring(i, wordEnd).toLowerCase(Locale.ROOT))) {
                    return -1;
                }
                i = wordEnd;
            } else {
                return -1;
            }
        }
        return -1;
    }

    /** A prefix of 1–4 capitals before a space and digits: the "XYZ" of "XYZ 123456789". */
    private static boolean capitalPrefix(String text, int start, int end) {
        if (end - start > 4
                || Chars.at(text, end) != ' '
                || !Chars.digit(Chars.at(text, end + 1))) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (!Chars.upper(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The end of an identifier at {@code start}: ASCII letters and digits in groups joined by one
     * hyphen, slash or space (a space only before a group that starts with a digit), {@code
     * minChars} to {@code maxChars} letters and digits in all, at least {@code minDigits} digits;
     * -1 when the token is longer, or is a date, an amount, a time or an IBAN (those have detectors
     * of their own).
     */
    static int identifierEnd(String text, int start, int minChars, int maxChars, int minDigits) {
        return identifierEnd(text, start, minChars, maxChars, minDigits, false);
    }

    /**
     * As above; {@code gluedToCue}: the value follows a cue with nothing between ("MRN00482913").
     */
    static int identifierEnd(
            String text, int start, int minChars, int maxChars, int minDigits, boolean gluedToCue) {
        int n = text.length();
        if (!Chars.asciiAlnum(Chars.at(text, start))
                || !gluedToCue && !Chars.startsToken(text, start) && !gluedToLabel(text, start)) {
            return -1;
        }
        char before = Chars.at(text, start - 1);
        if (before == '+' || before == '$' || before == '€' || before == '£' || before == '¥') {
            return -1;
        }
        int alnum = 0;
        int digits = 0;
        int groups = 0;
        int[] groupLengths = new int[4];
        char separator = 0;
        boolean mixedSeparators = false;
        int i = start;
        while (true) {
            int groupStart = i;
            while (i < n && Chars.asciiAlnum(text.charAt(i))) {
                if (Chars.digit(text.charAt(i))) {
                    digits++;
                }
                alnum++;
                i++;
                if (alnum > maxChars) {
                    return -1;
                }
            }
            if (groups < groupLengths.length) {
                groupLengths[groups] = i - groupStart;
            }
            groups++;
            char c = Chars.at(text, i);
            boolean capitalPrefix =
                    groups == 1 && digits == 0 && i - start <= 4 && capitalPrefix(text, start, i);
            if ((c == '-' || c == '/') && Chars.asciiAlnum(Chars.at(text, i + 1))) {
                mixedSeparators |= separator != 0 && separator != c;
                separator = c;
                i++;
            } else if (c == '.'
                    && groupLength(text, i + 1) >= 3
                    && alnum + groupLength(text, i + 1) <= maxChars) {
                mixedSeparators |= separator != 0 && separator != c;
                separator = c;
                i++;
            } else if (c == ' '
                    && Chars.digit(Chars.at(text, i + 1))
                    && (digits > 0 || capitalPrefix)
                    && alnum + groupLength(text, i + 1) <= maxChars
                    && groupLength(text, i + 1) >= 2) {
                mixedSeparators |= separator != 0 && separator != c;
                separator = c;
                i++;
            } else {
                break;
            }
        }
        int end = i;
        if (alnum < minChars || digits < minDigits || Chars.wordChar(Chars.at(text, end))) {
            return -1;
        }
        char after = Chars.at(text, end);
        if ((after == '.' || after == ',' || after == ':')
                && Chars.digit(Chars.at(text, end + 1))) {
            return -1; // 1234.56, 12,50, 10:30
        }
        if (!mixedSeparators
                && groups == 3
                && digits == alnum
                && (separator == '/' || separator == '-' || separator == '.')
                && dateGroups(groupLengths)) {
            return -1;
        }
        if (ibanStart(text, start) || currencyAfter(text, end)) {
            return -1;
        }
        return end;
    }

    private static boolean gluedToLabel(String text, int start) {
        char before = Chars.at(text, start - 1);
        return before == '#' || before == ':' || before == '=' || before == '-' || before == '.';
    }

    private static int groupLength(String text, int i) {
        int length = 0;
        while (length <= 20 && Chars.asciiAlnum(Chars.at(text, i + length))) {
            length++;
        }
        return length;
    }

    private static boolean dateGroups(int[] g) {
        boolean dayMonthYear = g[0] <= 2 && g[1] <= 2 && (g[2] == 2 || g[2] == 4);
        boolean yearMonthDay = g[0] == 4 && g[1] <= 2 && g[2] <= 2;
        return dayMonthYear || yearMonthDay;
    }

    /** Two capitals and two digits of a country that uses IBANs: IbanDetector's business. */
    private static boolean ibanStart(String text, int start) {
        return Chars.upper(Chars.at(text, start))
                && Chars.upper(Chars.at(text, start + 1))
                && Chars.digit(Chars.at(text, start + 2))
                && Chars.digit(Chars.at(text, start + 3))
                && IbanDetector.LENGTHS.containsKey(text.substring(start, start + 2));
    }

    private static boolean currencyAfter(String text, int end) {
        int i = end;
        while (i < text.length() && i < end + 2 && text.charAt(i) == ' ') {
            i++;
        }
        char c = Chars.at(text, i);
        if (c == '€' || c == '$' || c == '£' || c == '¥') {
            return true;
        }
        int wordEnd = i;
        while (wordEnd < text.length()
                && wordEnd < i + 8
                && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        return wordEnd > i
                && i > end
                && CURRENCY_WORDS.contains(text.substring(i, wordEnd).toLowerCase(Locale.ROOT));
    }
}
