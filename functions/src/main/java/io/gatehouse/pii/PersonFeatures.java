package io.gatehouse.pii;

import java.util.ArrayList;
import java.util.List;

/**
 * What the PERSON model sees of one candidate span: how its words are listed (given name, family
 * name, both, an ordinary word), how they are written (Xxxx, XXXX, X., hyphens, diacritics, endings
 * such as -ová, -ski, -sen, -ez), where the span stands (sentence or line start, before a colon,
 * in a comma list) and the words around it. Shared by the detector and by the training tool, so the
 * model is always trained on exactly the features it is later asked about.
 */
final class PersonFeatures {

    static final int WHOLE_RUN = 0;
    static final int TRIMMED_START = 1;
    static final int TRIMMED_END = 2;
    static final int INVERTED = 3;

    private PersonFeatures() {}

    /**
     * The features of tokens {@code [s, e)} of {@code t}, a span of kind {@code option}: {@link #WHOLE_RUN},
     * {@link #TRIMMED_START}, {@link #TRIMMED_END} (the run without its first or last word) or {@link #INVERTED} ("FAMILY, Given",
     * the comma inside it). The kind is a feature of its own, so the model judges a whole run apart
     * from the shorter spans it is compared with.
     */
    static List<String> of(PersonTokens t, int s, int e, int option) {
        List<String> names = new ArrayList<>(48);
        emit(t, s, e, option, PersonFeatureKeys.collecting(names));
        return names;
    }

    /** Feeds the features of the span into {@code f}, key by key, building no strings when scoring. */
    static void emit(PersonTokens t, int s, int e, int option, PersonFeatureKeys f) {
        boolean inverted = option == INVERTED;
        f.add("bias");
        f.begin("opt=").num(option).end();
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
            shape(f.begin("shape="), t, i).end();
            if (cls == 'U' || common) {
                f.begin("w=").str(t.key[i]).end();
            }
            if (hasDiacritic(t, i)) {
                f.add("diacritic");
            }
        }
        f.begin("pat=").str(pat);
        if (inverted) {
            f.str(",inv");
        }
        f.end();
        f.begin("opt&pat=").num(option).str(pat).end();
        f.begin("n=").num(Math.min(words, 4)).end();
        if (lower) {
            f.add("lower");
        }
        String lastKey = t.key[lastWord];
        String firstKey = t.key[firstWord];
        shape(f.begin("first=").ch(wordClass(t, firstWord)), t, firstWord).end();
        shape(f.begin("last=").ch(wordClass(t, lastWord)), t, lastWord).end();
        int lastLength = lastKey.length();
        if (lastLength >= 4) {
            f.begin("suf3=").range(lastKey, lastLength - 3, lastLength).end();
        }
        if (lastLength >= 3) {
            f.begin("suf2=").range(lastKey, lastLength - 2, lastLength).end();
        }
        if (words > 1 && firstKey.length() >= 3) {
            f.begin("fsuf2=").range(firstKey, firstKey.length() - 2, firstKey.length()).end();
        }
        f.begin("len=").num(Math.min(lastLength, 12) / 3).end();

        String p1 = context(t, s - 1);
        String n1 = context(t, e);
        f.begin("p1=").str(p1).end();
        f.begin("p2=").str(context(t, s - 2)).end();
        f.begin("n1=").str(n1).end();
        if (t.word(e + 1)) {
            // the second word after: a word only (a full stop there said little and outweighed the first word)
            f.begin("n2=").str(context(t, e + 1)).end();
        }
        f.begin("n1shape=");
        (t.word(e) ? shape(f, t, e) : f.str(n1)).end();
        f.begin("p1shape=");
        (t.word(s - 1) ? shape(f, t, s - 1) : f.str(p1)).end();
        for (int i = Math.max(0, s - 4); i < s - 2; i++) {
            f.begin("ctx=").str(context(t, i)).end();
        }
        boolean opensSentence = s == 0 || t.lineStart[s] || t.punct(s - 1, '.') && !honorificBefore(t, s)
                || t.punct(s - 1, '!') || t.punct(s - 1, '?');
        if (opensSentence) {
            f.begin("opens&").str(pat).end();
        }
        if (t.lineStart[s]) {
            f.begin("line&").str(pat).ch('&').str(n1).end();
        }
        if (honorificBefore(t, s)) {
            f.add("honorific");
            f.begin("honorific&").str(pat).end();
        }
        f.begin("p1&").num(pat.length()).ch('&').str(p1).end();
        f.begin("n1&").num(pat.length()).ch('&').str(n1).end();
        String place = opensSentence ? "open" : "inside";
        if (words == 1) {
            f.begin("single&").num(option).str(pat).ch('&').str(place).end();
        }
        if (verbAfter(t, e)) {
            // "Jožef Szász was discharged", "María García llamó": a name is the subject of a verb far more often than a heading is
            f.begin("verb&").str(place).ch('&').num(Math.min(words, 3)).end();
            f.begin("verb&").str(pat).end();
        }
        // German capitalises every noun, so an unlisted capitalised word there is much less likely a name
        String language = t.language();
        f.begin("lang&").str(language).ch('&').str(pat).end();
        f.begin("lang&").str(language).ch('&').str(place).ch('&').num(Math.min(words, 3)).end();
        f.begin("lang&").str(language).str("&p1=").str(p1).end();
        if (words == 1) {
            f.begin("lang&").str(language).str("&n1=").str(n1).end();
        }
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
        return VERBS.contains(k) || n >= 4 && (k.endsWith("ed") || k.endsWith("ł") || k.endsWith("ła"));
    }

    /** Frequent verbs that follow a subject, per language (written for Gatehouse). */
    private static final java.util.Set<String> VERBS = java.util.Set.of(("is was has had will would can could did does said says "
            + "called calls came comes went left arrived wants needs asked reports reported denies presents wrote "
            + "ist hat war wurde wird kommt kam ruft rief sagt sagte möchte kann hatte "
            + "a est était sera va dit vient "
            + "es está ha fue llamó llegó dijo tiene vino "
            + "è era sarà viene "
            + "heeft belde komt wordt "
            + "jest był była ma przyjdzie "
            + "je byl byla má volal volala přijde přišel přišla "
            + "é foi ligou tem "
            + "är har var ringde kommer").split(" "));

    /** One letter for how a word is listed: Given, Last, Both, Stem (inflected), Unknown, Initial, Particle. */
    static char wordClass(PersonTokens t, int i) {
        if (t.initial(i)) {
            return 'I';
        }
        int bits = t.lexicon[i];
        if ((bits & PersonTokens.PARTICLE) != 0 && t.lowerCase(i)) {
            return 'P';
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

    /** "Xx", "XX", "x", "Xx-Xx", "X'Xx": the case pattern with repeats collapsed, at most 6 characters. */
    static String shape(PersonTokens t, int i) {
        List<String> one = new ArrayList<>(1);
        shape(PersonFeatureKeys.collecting(one).begin(""), t, i).end();
        return one.get(0);
    }

    private static PersonFeatureKeys shape(PersonFeatureKeys f, PersonTokens t, int i) {
        int written = 0;
        char previous = 0;
        for (int j = t.start[i]; j < t.end[i] && written < 6; j++) {
            char c = t.text.charAt(j);
            char s = Character.isUpperCase(c) ? 'X' : Character.isLetter(c) ? 'x' : c == '\u2019' ? '\'' : c;
            if (s != previous) {
                f.ch(s);
                written++;
                previous = s;
            }
        }
        return f;
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
        int i = t.punct(s - 1, '.') ? s - 2 : s - 1;
        return t.word(i) && (t.lexicon[i] & PersonTokens.HONORIFIC) != 0 && (i == s - 1 || t.adjacent(i));
    }

    /** A neighbouring token as a feature value: the word in lower case, the punctuation, or a boundary. */
    private static String context(PersonTokens t, int i) {
        if (i < 0) {
            return "<s>";
        }
        if (i >= t.size) {
            return "</s>";
        }
        if (t.kind[i] == PersonTokens.WORD && t.capitalised(i) && (t.lexicon[i] & (PersonTokens.FIRST | PersonTokens.LAST)) != 0
                && (t.lexicon[i] & (PersonTokens.COMMON | PersonTokens.NOT_NAME | PersonTokens.HONORIFIC)) == 0) {
            return "<Name>";
        }
        return t.key[i];
    }
}
