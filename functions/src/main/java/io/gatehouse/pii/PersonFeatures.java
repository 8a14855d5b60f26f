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
        boolean inverted = option == INVERTED;
        List<String> f = new ArrayList<>(48);
        f.add("bias");
        f.add("opt=" + option);
        StringBuilder pattern = new StringBuilder(8);
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
                pattern.append('P');
                continue;
            }
            words++;
            if (firstWord < 0) {
                firstWord = i;
            }
            lastWord = i;
            pattern.append(cls);
            boolean common = (t.lexicon[i] & (PersonTokens.COMMON | PersonTokens.NOT_NAME)) != 0;
            if (common) {
                pattern.append('c');
            }
            if (t.lowerCase(i)) {
                lower = true;
            }
            String shape = shape(t, i);
            f.add("shape=" + shape);
            if (cls == 'U' || common) {
                f.add("w=" + t.key[i]);
            }
            if (hasDiacritic(t, i)) {
                f.add("diacritic");
            }
        }
        String pat = pattern.toString();
        f.add("pat=" + pat + (inverted ? ",inv" : ""));
        f.add("opt&pat=" + option + pat);
        f.add("n=" + Math.min(words, 4));
        if (lower) {
            f.add("lower");
        }
        String lastKey = t.key[lastWord];
        String firstKey = t.key[firstWord];
        f.add("first=" + wordClass(t, firstWord) + shape(t, firstWord));
        f.add("last=" + wordClass(t, lastWord) + shape(t, lastWord));
        if (lastKey.length() >= 4) {
            f.add("suf3=" + lastKey.substring(lastKey.length() - 3));
        }
        if (lastKey.length() >= 3) {
            f.add("suf2=" + lastKey.substring(lastKey.length() - 2));
        }
        if (words > 1 && firstKey.length() >= 3) {
            f.add("fsuf2=" + firstKey.substring(firstKey.length() - 2));
        }
        f.add("len=" + Math.min(lastKey.length(), 12) / 3);

        String p1 = context(t, s - 1);
        String p2 = context(t, s - 2);
        String n1 = context(t, e);
        String n2 = context(t, e + 1);
        f.add("p1=" + p1);
        f.add("p2=" + p2);
        f.add("n1=" + n1);
        if (t.word(e + 1)) {
            // the second word after: a word only (a full stop there said little and outweighed the first word)
            f.add("n2=" + n2);
        }
        f.add("n1shape=" + (t.word(e) ? shape(t, e) : n1));
        f.add("p1shape=" + (t.word(s - 1) ? shape(t, s - 1) : p1));
        for (int i = Math.max(0, s - 4); i < s - 2; i++) {
            f.add("ctx=" + context(t, i));
        }
        boolean opensSentence = s == 0 || t.lineStart[s] || t.punct(s - 1, '.') && !honorificBefore(t, s)
                || t.punct(s - 1, '!') || t.punct(s - 1, '?');
        if (opensSentence) {
            f.add("opens&" + pat);
        }
        if (t.lineStart[s]) {
            f.add("line&" + pat + "&" + n1);
        }
        if (honorificBefore(t, s)) {
            f.add("honorific");
            f.add("honorific&" + pat);
        }
        f.add("p1&" + pat.length() + "&" + p1);
        f.add("n1&" + pat.length() + "&" + n1);
        if (words == 1) {
            f.add("single&" + option + pat + "&" + (opensSentence ? "open" : "inside"));
        }
        // German capitalises every noun, so an unlisted capitalised word there is much less likely a name
        String language = t.language();
        f.add("lang&" + language + "&" + pat);
        f.add("lang&" + language + "&" + (opensSentence ? "open" : "inside") + "&" + Math.min(words, 3));
        f.add("lang&" + language + "&p1=" + p1);
        if (words == 1) {
            f.add("lang&" + language + "&n1=" + n1);
        }
        return f;
    }

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
        StringBuilder b = new StringBuilder(6);
        char previous = 0;
        for (int j = t.start[i]; j < t.end[i] && b.length() < 6; j++) {
            char c = t.text.charAt(j);
            char s = Character.isUpperCase(c) ? 'X' : Character.isLetter(c) ? 'x' : c == '\u2019' ? '\'' : c;
            if (s != previous) {
                b.append(s);
                previous = s;
            }
        }
        return b.toString();
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
