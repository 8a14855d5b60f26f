package io.gatehouse.pii;

import java.util.ArrayList;
import java.util.List;

/**
 * What the PERSON model sees of one candidate span: how its words are listed (given name, family
 * name, both, an ordinary word), how they are written (Xxxx, XXXX, X., hyphens, diacritics, endings
 * such as -ová, -ski, -sen, -ez), where the span stands (sentence or line start, before a colon, in
 * a comma list) and the words around it. Shared by the detector and by the training tool, so the
 * model is always trained on exactly the features it is later asked about.
 */
final class PersonFeatures {

    static final int WHOLE_RUN = 0;
    static final int TRIMMED_START = 1;
    static final int TRIMMED_END = 2;
    static final int INVERTED = 3;

    /** The features' fixed leading texts, hashed once rather than on every span. */
    private static final PersonFeatureKeys.Prefix K_BIAS = PersonFeatureKeys.prefix("bias");

    private static final PersonFeatureKeys.Prefix K_CTX = PersonFeatureKeys.prefix("ctx=");
    private static final PersonFeatureKeys.Prefix K_DIACRITIC =
            PersonFeatureKeys.prefix("diacritic");
    private static final PersonFeatureKeys.Prefix K_EMPTY = PersonFeatureKeys.prefix("");
    private static final PersonFeatureKeys.Prefix K_EOL = PersonFeatureKeys.prefix("eol&");
    private static final PersonFeatureKeys.Prefix K_EOL_P1 = PersonFeatureKeys.prefix("eol&p1=");
    private static final PersonFeatureKeys.Prefix K_FIRST = PersonFeatureKeys.prefix("first=");
    private static final PersonFeatureKeys.Prefix K_FSUF2 = PersonFeatureKeys.prefix("fsuf2=");
    private static final PersonFeatureKeys.Prefix K_HONORIFIC_ALONE =
            PersonFeatureKeys.prefix("honorific");
    private static final PersonFeatureKeys.Prefix K_HONORIFIC_AND =
            PersonFeatureKeys.prefix("honorific&");
    private static final PersonFeatureKeys.Prefix K_INITIAL = PersonFeatureKeys.prefix("init=");
    private static final PersonFeatureKeys.Prefix K_LANG = PersonFeatureKeys.prefix("lang&");
    private static final PersonFeatureKeys.Prefix K_LAST = PersonFeatureKeys.prefix("last=");
    private static final PersonFeatureKeys.Prefix K_LEN = PersonFeatureKeys.prefix("len=");
    private static final PersonFeatureKeys.Prefix K_LINE = PersonFeatureKeys.prefix("line&");
    private static final PersonFeatureKeys.Prefix K_LINECASE =
            PersonFeatureKeys.prefix("linecase&");
    private static final PersonFeatureKeys.Prefix K_LIST = PersonFeatureKeys.prefix("list&");
    private static final PersonFeatureKeys.Prefix K_LOWER = PersonFeatureKeys.prefix("lower");
    private static final PersonFeatureKeys.Prefix K_N = PersonFeatureKeys.prefix("n=");
    private static final PersonFeatureKeys.Prefix K_N1N2 = PersonFeatureKeys.prefix("n1n2=");
    private static final PersonFeatureKeys.Prefix K_N1SHAPE = PersonFeatureKeys.prefix("n1shape=");
    private static final PersonFeatureKeys.Prefix K_N1_AND = PersonFeatureKeys.prefix("n1&");
    private static final PersonFeatureKeys.Prefix K_N1_EQ = PersonFeatureKeys.prefix("n1=");
    private static final PersonFeatureKeys.Prefix K_N2 = PersonFeatureKeys.prefix("n2=");
    private static final PersonFeatureKeys.Prefix K_OPENS = PersonFeatureKeys.prefix("opens&");
    private static final PersonFeatureKeys.Prefix K_OPT = PersonFeatureKeys.prefix("opt=");
    private static final PersonFeatureKeys.Prefix K_OPT_PAT = PersonFeatureKeys.prefix("opt&pat=");
    private static final PersonFeatureKeys.Prefix K_P1SHAPE = PersonFeatureKeys.prefix("p1shape=");
    private static final PersonFeatureKeys.Prefix K_P1_AND = PersonFeatureKeys.prefix("p1&");
    private static final PersonFeatureKeys.Prefix K_P1_EQ = PersonFeatureKeys.prefix("p1=");
    private static final PersonFeatureKeys.Prefix K_P2 = PersonFeatureKeys.prefix("p2=");
    private static final PersonFeatureKeys.Prefix K_P2P1 = PersonFeatureKeys.prefix("p2p1=");
    private static final PersonFeatureKeys.Prefix K_PAT = PersonFeatureKeys.prefix("pat=");
    private static final PersonFeatureKeys.Prefix K_POSS_AND = PersonFeatureKeys.prefix("poss&");
    private static final PersonFeatureKeys.Prefix K_POSS_EQ = PersonFeatureKeys.prefix("poss=");
    private static final PersonFeatureKeys.Prefix K_SHAPE = PersonFeatureKeys.prefix("shape=");
    private static final PersonFeatureKeys.Prefix K_SINGLE = PersonFeatureKeys.prefix("single&");
    private static final PersonFeatureKeys.Prefix K_SUF2 = PersonFeatureKeys.prefix("suf2=");
    private static final PersonFeatureKeys.Prefix K_SUF3 = PersonFeatureKeys.prefix("suf3=");
    private static final PersonFeatureKeys.Prefix K_VERB = PersonFeatureKeys.prefix("verb&");
    private static final PersonFeatureKeys.Prefix K_W = PersonFeatureKeys.prefix("w=");

    private PersonFeatures() {}

    /**
     * The features of tokens {@code [s, e)} of {@code t}, a span of kind {@code option}: {@link
     * #WHOLE_RUN}, {@link #TRIMMED_START}, {@link #TRIMMED_END} (the run without its first or last
     * word) or {@link #INVERTED} ("FAMILY, Given", the comma inside it). The kind is a feature of
     * its own, so the model judges a whole run apart from the shorter spans it is compared with.
     */
    static List<String> of(PersonTokens t, int s, int e, int option) {
        List<String> names = new ArrayList<>(48);
        emit(t, s, e, option, PersonFeatureKeys.collecting(names));
        return names;
    }

    /**
     * Feeds the features of the span into {@code f}, key by key, building no strings when scoring.
     */
    static void emit(PersonTokens t, int s, int e, int option, PersonFeatureKeys f) {
        boolean inverted = option == INVERTED;
        f.add(K_BIAS);
        f.begin(K_OPT).num(option).end();
        StringBuilder pat = f.pattern;
        pat.setLength(0);
        int words = 0;
        int firstWord = -1;
        int lastWord = -1;
        boolean lower = false;
        for (int i = s; i < e; i++) {
            if (!t.word(i)) {
                continue;
            }
            char cls = wordClass(t, i);
            if (cls == 'P') {
                pat.append('P');
                continue;
            }
            words++;
            if (firstWord < 0) {
                firstWord = i;
            }
            lastWord = i;
            pat.append(cls);
            boolean common = (t.lexicon[i] & (PersonTokens.COMMON | PersonTokens.NOT_NAME)) != 0;
            if (common) {
                pat.append('c');
            }
            if (t.lowerCase(i)) {
                lower = true;
            }
            shape(f.begin(K_SHAPE), t, i).end();
            if (cls == 'U' || common) {
                f.begin(K_W).key(t, i).end();
            }
            if (hasDiacritic(t, i)) {
                f.add(K_DIACRITIC);
            }
        }
        f.patternDone();
        f.begin(K_PAT).pattern();
        if (inverted) {
            f.str(",inv");
        }
        f.end();
        wordFeatures(t, option, f, words, firstWord, lastWord, lower);
        contextFeatures(t, s, e, option, f, words, firstWord);
        layout(t, s, e, f, s - 1, option);
    }

    /** What the span's words are: its pattern with its kind, length, case, suffixes. */
    private static void wordFeatures(
            PersonTokens t,
            int option,
            PersonFeatureKeys f,
            int words,
            int firstWord,
            int lastWord,
            boolean lower) {
        f.begin(K_OPT_PAT).num(option).pattern().end();
        f.begin(K_N).num(Math.min(words, 4)).end();
        if (lower) {
            f.add(K_LOWER);
        }
        String lastKey = t.key[lastWord];
        String firstKey = t.key[firstWord];
        shape(f.begin(K_FIRST).ch(wordClass(t, firstWord)), t, firstWord).end();
        shape(f.begin(K_LAST).ch(wordClass(t, lastWord)), t, lastWord).end();
        int lastLength = lastKey.length();
        if (lastLength >= 4) {
            f.begin(K_SUF3).range(lastKey, lastLength - 3, lastLength).end();
        }
        if (lastLength >= 3) {
            f.begin(K_SUF2).range(lastKey, lastLength - 2, lastLength).end();
        }
        if (words > 1 && firstKey.length() >= 3) {
            f.begin(K_FSUF2).range(firstKey, firstKey.length() - 2, firstKey.length()).end();
        }
        f.begin(K_LEN).num(Math.min(lastLength, 12) / 3).end();
    }

    /**
     * The tokens around the span, where it stands in its sentence, and the text's language. (Split
     * from {@link #emit} so that each method stays small enough for the JIT to inline the key
     * builder's calls.)
     */
    private static void contextFeatures(
            PersonTokens t,
            int s,
            int e,
            int option,
            PersonFeatureKeys f,
            int words,
            int firstWord) {
        int p1 = s - 1;
        int n1 = e;
        ctx(f.begin(K_P1_EQ), t, p1).end();
        ctx(f.begin(K_P2), t, s - 2).end();
        ctx(f.begin(K_N1_EQ), t, n1).end();
        if (t.word(e + 1)) {
            // the second word after: a word only (a full stop there said little and outweighed the
            // first word)
            ctx(f.begin(K_N2), t, e + 1).end();
        }
        f.begin(K_N1SHAPE);
        (t.word(e) ? shape(f, t, e) : ctx(f, t, n1)).end();
        f.begin(K_P1SHAPE);
        (t.word(s - 1) ? shape(f, t, s - 1) : ctx(f, t, p1)).end();
        for (int i = Math.max(0, s - 4); i < s - 2; i++) {
            ctx(f.begin(K_CTX), t, i).end();
        }
        boolean opensSentence =
                s == 0
                        || t.lineStart[s]
                        || t.punct(s - 1, '.') && !honorificBefore(t, s)
                        || t.punct(s - 1, '!')
                        || t.punct(s - 1, '?');
        if (opensSentence) {
            f.begin(K_OPENS).pattern().end();
        }
        if (t.lineStart[s]) {
            ctx(f.begin(K_LINE).pattern().ch('&'), t, n1).end();
        }
        if (honorificBefore(t, s)) {
            f.add(K_HONORIFIC_ALONE);
            f.begin(K_HONORIFIC_AND).pattern().end();
        }
        ctx(f.begin(K_P1_AND).num(f.pattern.length()).ch('&'), t, p1).end();
        ctx(f.begin(K_N1_AND).num(f.pattern.length()).ch('&'), t, n1).end();
        PersonFeatureKeys.Piece place = opensSentence ? OPEN : INSIDE;
        if (words == 1) {
            f.begin(K_SINGLE).num(option).pattern().ch('&').piece(place).end();
        }
        if (verbAfter(t, e)) {
            // "Jožef Szász was discharged", "María García llamó": a name is the subject of a verb
            // far more often than a heading is
            f.begin(K_VERB).piece(place).ch('&').num(Math.min(words, 3)).end();
            f.begin(K_VERB).pattern().end();
        }
        // German capitalises every noun, so an unlisted capitalised word there is much less likely
        // a name
        PersonFeatureKeys.Piece language = languagePiece(t.language());
        f.begin(K_LANG).piece(language).ch('&').pattern().end();
        f.begin(K_LANG).piece(language).ch('&').piece(place).ch('&').num(Math.min(words, 3)).end();
        ctx(f.begin(K_LANG).piece(language).str("&p1="), t, p1).end();
        if (words == 1) {
            ctx(f.begin(K_LANG).piece(language).str("&n1="), t, n1).end();
        }
        if (t.initial(firstWord)) {
            // "M. Lefèvre" is Monsieur in French text, "J. Smith" an initial: the letter and the
            // language tell them apart
            f.begin(K_INITIAL).ch(t.first(firstWord)).ch('&').piece(language).end();
        }
    }

    private static final PersonFeatureKeys.Piece OPEN = PersonFeatureKeys.Piece.of("open");
    private static final PersonFeatureKeys.Piece INSIDE = PersonFeatureKeys.Piece.of("inside");

    /** {@link PersonTokens#language()}'s answers with their hashes, "?" last. */
    private static final PersonFeatureKeys.Piece[] LANGUAGE_PIECES = languagePieces();

    private static PersonFeatureKeys.Piece[] languagePieces() {
        PersonFeatureKeys.Piece[] pieces =
                new PersonFeatureKeys.Piece[PersonTokens.LANGUAGES.length + 1];
        for (int l = 0; l < PersonTokens.LANGUAGES.length; l++) {
            pieces[l] = PersonFeatureKeys.Piece.of(PersonTokens.LANGUAGES[l]);
        }
        pieces[PersonTokens.LANGUAGES.length] = PersonFeatureKeys.Piece.of("?");
        return pieces;
    }

    private static PersonFeatureKeys.Piece languagePiece(String language) {
        for (int l = 0; l < PersonTokens.LANGUAGES.length; l++) {
            if (PersonTokens.LANGUAGES[l] == language) {
                return LANGUAGE_PIECES[l];
            }
        }
        return LANGUAGE_PIECES[PersonTokens.LANGUAGES.length];
    }

    /**
     * Where the span stands in its line and between its neighbours: the two tokens on either side
     * as pairs ("Bakare" + ", 54" says an age follows; "Dear" + "Mr" a title precedes), what a
     * possessive is of ("Wilson's disease", "St. Luke's Hospital" against "Anna's appointment"),
     * whether the span closes its line (signatures, list items, a name-only line), whether every
     * word of the line is capitalised (a heading, or a line of names) and whether the span sits in
     * a list of similar spans.
     */
    private static void layout(
            PersonTokens t, int s, int e, PersonFeatureKeys f, int p1, int option) {
        ctx(ctx(f.begin(K_P2P1), t, s - 2).ch('_'), t, p1).end();
        ctx(ctx(f.begin(K_N1N2), t, e).ch('_'), t, e + 1).end();
        if (t.punct(e, '\'') || t.punct(e, '\u2019')) {
            if (t.word(e + 1) && t.key[e + 1].equals("s") && t.adjacent(e)) {
                ctx(f.begin(K_POSS_EQ), t, e + 2).end();
                f.begin(K_POSS_AND).pattern().ch('&');
                (t.word(e + 2) ? shape(f, t, e + 2) : ctx(f, t, e + 2)).end();
            }
        }
        boolean endsLine = e >= t.size || t.lineStart[e];
        boolean startsLine = t.lineStart[s];
        if (endsLine) {
            f.begin(K_EOL).str(startsLine ? "bol&" : "mid&").pattern().end();
            ctx(f.begin(K_EOL_P1), t, p1).end();
        }
        int lowerWords = t.lowerWordsOnLine(s);
        f.begin(K_LINECASE).num(Math.min(lowerWords, 3)).ch('&').pattern().end();
        boolean listBefore =
                (t.punct(s - 1, ',')
                                || t.punct(s - 1, ';')
                                || t.punct(s - 1, '/')
                                || t.word(s - 1) && AND.contains(t.key[s - 1]))
                        && nameLike(t, s - 2);
        boolean listAfter =
                (t.punct(e, ',')
                                || t.punct(e, ';')
                                || t.punct(e, '/')
                                || t.word(e) && AND.contains(t.key[e]))
                        && nameLike(t, e + 1);
        if (listBefore || listAfter) {
            f.begin(K_LIST)
                    .num(option)
                    .ch(listBefore ? 'b' : '-')
                    .ch(listAfter ? 'a' : '-')
                    .ch('&')
                    .pattern()
                    .end();
        }
    }

    private static final java.util.Set<String> AND =
            java.util.Set.of("and", "und", "et", "y", "e", "i", "en", "a", "och", "og", "&");

    /** A capitalised word or initial that could be part of a neighbouring name in a list. */
    private static boolean nameLike(PersonTokens t, int i) {
        return t.word(i)
                && t.capitalised(i)
                && (t.lexicon[i] & (PersonTokens.NOT_NAME | PersonTokens.HONORIFIC)) == 0;
    }

    /**
     * Whether token i is a lower-case verb-like word: a frequent auxiliary or reporting verb of a
     * template language, an English past form (-ed) or a Polish past form (-ł, -ła).
     */
    static boolean verbAfter(PersonTokens t, int i) {
        if (!t.lowerCase(i)) {
            return false;
        }
        String k = t.key[i];
        int n = k.length();
        return VERBS.contains(k)
                || n >= 4 && (k.endsWith("ed") || k.endsWith("ł") || k.endsWith("ła"));
    }

    /** Frequent verbs that follow a subject, per language (written for Gatehouse). */
    private static final java.util.Set<String> VERBS =
            java.util.Set.of(
                    ("is was has had will would can could did does said says "
                                    + "called calls came comes went left arrived wants needs asked reports reported denies presents wrote "
                                    + "ist hat war wurde wird kommt kam ruft rief sagt sagte möchte kann hatte "
                                    + "a est était sera va dit vient "
                                    + "es está ha fue llamó llegó dijo tiene vino "
                                    + "è era sarà viene "
                                    + "heeft belde komt wordt "
                                    + "jest był była ma przyjdzie "
                                    + "je byl byla má volal volala přijde přišel přišla "
                                    + "é foi ligou tem "
                                    + "är har var ringde kommer")
                            .split(" "));

    /**
     * One letter for how a word is listed: Given, Last, Both, Stem (inflected), Unknown, Initial,
     * Particle.
     */
    static char wordClass(PersonTokens t, int i) {
        if (t.initial(i)) {
            return 'I';
        }
        int bits = t.lexicon[i];
        if ((bits & PersonTokens.PARTICLE) != 0) {
            if (t.lowerCase(i)) {
                return 'P';
            }
            if ((bits & (PersonTokens.FIRST | PersonTokens.LAST)) == 0) {
                return 'Q'; // "De Luca", "Van Dijk": a capitalised particle no list has as a name
            }
        }
        boolean first = (bits & PersonTokens.FIRST) != 0;
        boolean last = (bits & PersonTokens.LAST) != 0;
        if (first && last) {
            return 'B';
        }
        if (first) {
            return 'F';
        }
        if (last) {
            return 'L';
        }
        return (bits & PersonTokens.STEM) != 0 ? 'S' : 'U';
    }

    /**
     * "Xx", "XX", "x", "Xx-Xx", "X'Xx": the case pattern with repeats collapsed, at most 6
     * characters.
     */
    static String shape(PersonTokens t, int i) {
        return t.shape[i].text();
    }

    /**
     * The case shape of the word {@code text[from, to)} (see {@link #shape(PersonTokens, int)}).
     */
    static String shapeOf(String text, int from, int to) {
        StringBuilder b = new StringBuilder(6);
        char previous = 0;
        for (int j = from; j < to && b.length() < 6; j++) {
            char c = text.charAt(j);
            char s =
                    Character.isUpperCase(c)
                            ? 'X'
                            : Character.isLetter(c) ? 'x' : c == '\u2019' ? '\'' : c;
            if (s != previous) {
                b.append(s);
                previous = s;
            }
        }
        return b.toString();
    }

    /**
     * Appends token i's case shape, worked out once per distinct word ({@link PersonWordCache}).
     */
    private static PersonFeatureKeys shape(PersonFeatureKeys f, PersonTokens t, int i) {
        return f.piece(t.shape[i]);
    }

    private static boolean hasDiacritic(PersonTokens t, int i) {
        for (int j = t.start[i]; j < t.end[i]; j++) {
            if (t.text.charAt(j) > 127) {
                return true;
            }
        }
        return false;
    }

    /** "Dr. Novak", "Mrs Smith", "Herr Müller": a title just before (its full stop allowed). */
    static boolean honorificBefore(PersonTokens t, int s) {
        int i = titleBefore(t, s);
        return t.word(i)
                && (t.lexicon[i] & PersonTokens.HONORIFIC) != 0
                && (i == s - 1 || t.adjacent(i));
    }

    /**
     * The token a title before token s would be: the one before, or the one before its full stop.
     */
    static int titleBefore(PersonTokens t, int s) {
        return t.punct(s - 1, '.') ? s - 2 : s - 1;
    }

    /**
     * Appends a neighbouring token as a feature value: the word in lower case, the punctuation, a
     * boundary, or {@code <Name>} for a listed name. A token's own key is appended from its
     * precomputed hash ({@link PersonFeatureKeys#key}), so the letters are not hashed again for
     * each of the dozen features that name the same neighbour.
     */
    private static PersonFeatureKeys ctx(PersonFeatureKeys f, PersonTokens t, int i) {
        if (i < 0) {
            return f.piece(TEXT_START);
        }
        if (i >= t.size) {
            return f.piece(TEXT_END);
        }
        return (t.flags[i] & PersonTokens.NAME_CONTEXT) != 0 ? f.piece(NAME) : f.key(t, i);
    }

    private static final PersonFeatureKeys.Piece TEXT_START = PersonFeatureKeys.Piece.of("<s>");
    private static final PersonFeatureKeys.Piece TEXT_END = PersonFeatureKeys.Piece.of("</s>");
    private static final PersonFeatureKeys.Piece NAME = PersonFeatureKeys.Piece.of("<Name>");
}
