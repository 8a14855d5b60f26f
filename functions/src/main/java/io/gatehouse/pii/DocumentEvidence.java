package io.gatehouse.pii;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the rest of a text says about a span the PERSON model alone found too weak: a word that is
 * part of a confidently found full name elsewhere ("Kowalczyk said…" after "Anna Kowalczyk" or "Dr.
 * Kowalczyk"), or a span whose words make up an e-mail address's local part in the same text
 * ({@code john.smith@}, {@code jsmith@}, {@code smith.j@}). Writers repeat a person's name within a
 * document, and an address of that form is a name, so either lifts the span to a modest score above
 * 0.5.
 */
final class DocumentEvidence {

    /** The score given to a span backed by a full name elsewhere in the text. */
    static final double NAMED_ELSEWHERE = 0.7;

    /** The score given to a span that an e-mail local part spells out. */
    static final double IN_EMAIL = 0.75;

    private static final double CONFIDENT = 0.8;

    private final Set<String> nameWords;

    /** The local parts without their separators ("john.smith" → "johnsmith"). */
    private final Set<String> joinedLocals = new HashSet<>();

    /** The separated parts of the local parts that have two or more ("john", "smith"). */
    private final Set<String> localWords = new HashSet<>();

    /**
     * The local parts are indexed once, so each span costs a few set lookups whatever the number of
     * addresses: a text of many addresses and many weak spans stays linear.
     */
    private DocumentEvidence(Set<String> nameWords, List<String> localParts) {
        this.nameWords = nameWords;
        for (String local : localParts) {
            joinedLocals.add(joined(local));
            List<String> parts = parts(local);
            if (parts.size() >= 2) {
                localWords.addAll(parts);
            }
        }
    }

    /**
     * The evidence of {@code t} given the chosen span of every group and its score; null when there
     * is none.
     */
    static DocumentEvidence of(PersonTokens t, int[][] chosen, double[] score) {
        Set<String> words = new HashSet<>();
        for (int g = 0; g < chosen.length; g++) {
            if (chosen[g] == null || score[g] < CONFIDENT) {
                continue;
            }
            int names = 0;
            for (int i = chosen[g][0]; i < chosen[g][1]; i++) {
                if (nameWord(t, i)) {
                    names++;
                }
            }
            // a full name, or one word behind a title ("Dr Oyelaran"): its words name the same
            // person elsewhere
            if (names >= 2
                    || names == 1
                            && chosen[g][1] - chosen[g][0] == 1
                            && PersonFeatures.honorificBefore(t, chosen[g][0])) {
                for (int i = chosen[g][0]; i < chosen[g][1]; i++) {
                    if (nameWord(t, i)) {
                        words.add(t.key[i]);
                    }
                }
            }
        }
        List<String> locals = localParts(t.text);
        return words.isEmpty() && locals.isEmpty() ? null : new DocumentEvidence(words, locals);
    }

    /** A capitalised word of at least three letters that no list has as an ordinary word. */
    private static boolean nameWord(PersonTokens t, int i) {
        return t.word(i)
                && t.capitalised(i)
                && !t.initial(i)
                && t.end[i] - t.start[i] >= 3
                && (t.lexicon[i]
                                & (PersonTokens.COMMON
                                        | PersonTokens.NOT_NAME
                                        | PersonTokens.HONORIFIC))
                        == 0;
    }

    /**
     * The lower-case local parts of the e-mail addresses of the text: one indexOf pass over '@'.
     */
    static List<String> localParts(String text) {
        List<String> parts = new ArrayList<>();
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            int from = at;
            while (from > 0 && at - from < 64 && localChar(text.charAt(from - 1))) {
                from--;
            }
            if (at - from >= 3
                    && at + 1 < text.length()
                    && Character.isLetterOrDigit(text.charAt(at + 1))) {
                parts.add(NameLexicon.key(text.substring(from, at)).toLowerCase(Locale.ROOT));
            }
        }
        return parts;
    }

    private static boolean localChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-';
    }

    /** The score the rest of the text lends to tokens {@code [s, e)}, 0 when it lends none. */
    double support(PersonTokens t, int s, int e) {
        int first = -1;
        int last = -1;
        boolean allNamed = true;
        int words = 0;
        for (int i = s; i < e; i++) {
            if (!t.word(i) || t.lowerCase(i) || t.initial(i)) {
                continue;
            }
            if (!nameWord(t, i)) {
                return 0;
            }
            words++;
            first = first < 0 ? i : first;
            last = i;
            allNamed &= nameWords.contains(t.key[i]);
        }
        if (words == 0) {
            return 0;
        }
        if (spelled(t.key[first], t.key[last], words)) {
            return IN_EMAIL;
        }
        return allNamed ? NAMED_ELSEWHERE : 0;
    }

    /**
     * Whether an address's local part is made of the span's names: "first.last", "firstlast",
     * "f.last", "flast", "last.first" for a full name; for a single word, a separated part of a
     * local part with two or more parts ("smith" in "john.smith").
     */
    private boolean spelled(String first, String last, int words) {
        if (words >= 2) {
            return joinedLocals.contains(first + last)
                    || joinedLocals.contains(last + first)
                    || joinedLocals.contains(first.charAt(0) + last)
                    || joinedLocals.contains(last + first.charAt(0));
        }
        return first.length() >= 3 && localWords.contains(first);
    }

    private static String joined(String local) {
        StringBuilder joined = new StringBuilder(local.length());
        for (int i = 0; i < local.length(); i++) {
            char c = local.charAt(i);
            if (!separator(c)) {
                joined.append(c);
            }
        }
        return joined.toString();
    }

    private static List<String> parts(String local) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= local.length(); i++) {
            if (i == local.length() || separator(local.charAt(i))) {
                parts.add(local.substring(from, i));
                from = i + 1;
            }
        }
        return parts;
    }

    private static boolean separator(char c) {
        return c == '.' || c == '_' || c == '-';
    }
}
