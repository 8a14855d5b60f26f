package io.gatehouse.pii;

import java.util.Arrays;

/**
 * A text cut into the tokens the PERSON detector reasons about: words (letters, with an inner
 * hyphen or apostrophe: {@code Jean-Luc}, {@code O'Brien}; a possessive {@code 's} is left out),
 * numbers, and single punctuation characters. Each word gets its lexicon class once, so features
 * and candidates only read arrays. One pass over the text; the arrays grow by doubling.
 */
final class PersonTokens {

    static final int WORD = 0;
    static final int NUMBER = 1;
    static final int PUNCT = 2;

    /** Lexicon bits of a word. */
    static final int FIRST = 1;

    static final int LAST = 2;
    static final int COMMON = 4;
    static final int PARTICLE = 8;
    static final int HONORIFIC = 16;
    static final int NOT_NAME = 32;

    /**
     * Not listed as written, but listed once a Slavic or Baltic case ending is taken off ("Nováka",
     * "Kowalskiego").
     */
    static final int STEM = 64;

    /** Case endings tried, longest first, when a word is not in the family- or given-name list. */
    private static final String[] ENDINGS = {
        "owie", "ovou", "ego", "emu", "owi", "ovi", "ové", "ową", "iem", "ym", "em", "om", "ou",
        "ie", "ej", "a", "u", "e", "é", "y", "ą", "i"
    };

    final String text;
    int size;
    int[] start;
    int[] end;
    int[] kind;
    int[] lexicon;

    /**
     * {@link #CAPITALISED}, {@link #LOWER_CASE}, {@link #ALL_CAPS} of a word; 0 for other tokens.
     */
    byte[] flags;

    /**
     * Whether a line break stands between this token and the one before it (or it opens the text).
     */
    boolean[] lineStart;

    String[] key;

    /**
     * {@link PersonFeatureKeys#wordHash} and {@link PersonFeatureKeys#power} of each token's key.
     */
    long[] keyHash;

    long[] keyPower;

    /** The character of each punctuation token; 0 for words and numbers. */
    char[] mark;

    /** The case shape of each word token ({@link PersonFeatures#shape}); null for other tokens. */
    PersonFeatureKeys.Piece[] shape;

    /**
     * The keys of the words written in lower case somewhere in the text (a capitalised word among
     * them is an ordinary word), as an open-addressing table built on first use: a plain array
     * probed by the keys' cached hash codes costs no node per word, unlike a {@code HashSet}.
     */
    private String[] lowerWords;

    /** Votes of the language cue words seen ({@link #LANGUAGES} order). */
    private final int[] languageVotes = new int[LANGUAGES.length];

    private String language;

    private PersonTokens(String text) {
        this.text = text;
        // about one token per three to four characters of prose (words, and the punctuation and
        // numbers between them): sized once, so long texts rarely copy arrays
        int capacity = Math.max(32, text.length() / 3);
        start = new int[capacity];
        end = new int[capacity];
        kind = new int[capacity];
        lexicon = new int[capacity];
        flags = new byte[capacity];
        lineStart = new boolean[capacity];
        key = new String[capacity];
        keyHash = new long[capacity];
        keyPower = new long[capacity];
        mark = new char[capacity];
        shape = new PersonFeatureKeys.Piece[capacity];
    }

    /**
     * Tokenises {@code text}; {@code hidden} (training only, else null) makes some listed words
     * look unlisted.
     */
    static PersonTokens of(String text, java.util.function.Predicate<String> hidden) {
        PersonTokens t = new PersonTokens(text);
        int n = text.length();
        int i = 0;
        boolean newline = true;
        while (i < n) {
            char c = text.charAt(i);
            if (space(c)) {
                if (c == '\n' || c == '\r') {
                    newline = true;
                }
                i++;
                continue;
            }
            int from = i;
            int kind;
            if (letter(c)) {
                i = wordEnd(text, i);
                kind = WORD;
            } else if (Chars.digit(c)) {
                while (i < n && Chars.digit(text.charAt(i))) {
                    i++;
                }
                kind = NUMBER;
            } else {
                i++;
                if (Character.isHighSurrogate(c) && i < n) {
                    i++;
                }
                kind = PUNCT;
            }
            t.add(from, i, kind, newline, hidden);
            newline = false;
        }
        return t;
    }

    /**
     * {@link Character#isWhitespace} or {@link Character#isSpaceChar}, with ASCII answered without
     * a table lookup.
     */
    private static boolean space(char c) {
        return c < 128
                ? c <= ' ' && Character.isWhitespace(c)
                : Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * {@link Character#isLetter}, with ASCII answered by arithmetic: most characters of most texts
     * are ASCII.
     */
    private static boolean letter(char c) {
        return c < 128 ? (char) ((c | 0x20) - 'a') < 26 : Character.isLetter(c);
    }

    private static int wordEnd(String text, int i) {
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (letter(c) || c >= 128 && Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
            } else if ((c == '-' || c == '\'' || c == '\u2019')
                    && i + 1 < n
                    && letter(text.charAt(i + 1))
                    && !possessive(text, i)) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /**
     * {@code 's} closing a word ("Smith's" is "Smith" and a possessive), or a contraction ("I'll",
     * "we're", "don't"): one or two lower-case letters after the apostrophe, then the word ends.
     */
    private static boolean possessive(String text, int apostrophe) {
        if (text.charAt(apostrophe) == '-') {
            return false;
        }
        char a = Chars.at(text, apostrophe + 1);
        char b = Chars.at(text, apostrophe + 2);
        if (a == 'S' && !Character.isLetter(b)) {
            return true;
        }
        return Character.isLowerCase(a)
                && (!Character.isLetter(b)
                        || Character.isLowerCase(b)
                                && !Character.isLetter(Chars.at(text, apostrophe + 3)));
    }

    private void add(
            int from,
            int to,
            int kind,
            boolean newline,
            java.util.function.Predicate<String> hidden) {
        if (size == start.length) {
            int grown = size * 2;
            start = Arrays.copyOf(start, grown);
            end = Arrays.copyOf(end, grown);
            this.kind = Arrays.copyOf(this.kind, grown);
            lexicon = Arrays.copyOf(lexicon, grown);
            flags = Arrays.copyOf(flags, grown);
            lineStart = Arrays.copyOf(lineStart, grown);
            key = Arrays.copyOf(key, grown);
            keyHash = Arrays.copyOf(keyHash, grown);
            keyPower = Arrays.copyOf(keyPower, grown);
            mark = Arrays.copyOf(mark, grown);
            shape = Arrays.copyOf(shape, grown);
        }
        start[size] = from;
        end[size] = to;
        this.kind[size] = kind;
        lineStart[size] = newline;
        if (kind != WORD) {
            String k = kind == NUMBER ? "0" : punctuation(from, to);
            mark[size] = kind == PUNCT ? text.charAt(from) : 0;
            if (kind == PUNCT
                    && mark[size] == '.'
                    && size > 0
                    && this.kind[size - 1] == WORD
                    && end[size - 1] == from
                    && from - start[size - 1] == 1
                    && Character.isUpperCase(text.charAt(from - 1))) {
                flags[size - 1] |= INITIAL;
            }
            key[size] = k;
            boolean shared = k.length() == 1 && k.charAt(0) < 128;
            keyHash[size] = shared ? k.charAt(0) : PersonFeatureKeys.wordHash(k);
            keyPower[size] = shared ? PersonFeatureKeys.PRIME : PersonFeatureKeys.power(k.length());
            lexicon[size] = 0;
            flags[size] = 0;
            size++;
            return;
        }
        PersonWordCache.Entry word = hidden == null ? cachedWord(from, to) : word(from, to, hidden);
        key[size] = word.key();
        keyHash[size] = word.keyHash();
        keyPower[size] = word.keyPower();
        shape[size] = word.shape();
        lexicon[size] = word.bits();
        flags[size] = word.flags();
        mark[size] = 0;
        if (word.vote() >= 0 && Character.isLowerCase(text.charAt(from))) {
            languageVotes[word.vote()]++;
        }
        size++;
    }

    /**
     * Words of the texts seen so far; training runs (which hide words) neither read nor fill it.
     */
    private static final PersonWordCache WORDS = new PersonWordCache();

    private PersonWordCache.Entry cachedWord(int from, int to) {
        if (to - from > PersonWordCache.MAX_LENGTH) {
            return word(from, to, null);
        }
        int hash = PersonWordCache.hash(text, from, to);
        PersonWordCache.Entry cached = WORDS.get(text, from, to, hash);
        if (cached == null) {
            cached = word(from, to, null);
            WORDS.put(hash, cached);
        }
        return cached;
    }

    private PersonWordCache.Entry word(
            int from, int to, java.util.function.Predicate<String> hidden) {
        String written = text.substring(from, to);
        String k = NameLexicon.key(written);
        boolean lower = Character.isLowerCase(text.charAt(from));
        Integer vote = lower ? LANGUAGE_CUES.get(k) : null;
        int bits = classify(k, hidden, !lower);
        byte flags = wordFlags(from, to);
        if ((flags & CAPITALISED) != 0
                && (bits & (FIRST | LAST)) != 0
                && (bits & (COMMON | NOT_NAME | HONORIFIC)) == 0) {
            flags |= NAME_CONTEXT;
        }
        return new PersonWordCache.Entry(written, k, bits, flags, vote == null ? -1 : vote);
    }

    /** One shared string per ASCII punctuation character, so a comma costs no allocation. */
    private static final String[] ASCII = new String[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = String.valueOf(c);
        }
    }

    private String punctuation(int from, int to) {
        char c = text.charAt(from);
        return to == from + 1 && c < 128 ? ASCII[c] : text.substring(from, to);
    }

    /** Lower-case words (particles aside) per line, indexed by token; filled on first use. */
    private int[] lineLower;

    /**
     * How many words of token i's line are written in lower case, not counting particles: 0 on a
     * heading, a signature or a line of names; a sentence has many.
     */
    int lowerWordsOnLine(int i) {
        if (lineLower == null) {
            lineLower = new int[size];
            int from = 0;
            int count = 0;
            for (int j = 0; j <= size; j++) {
                if (j == size || lineStart[j] && j > 0) {
                    Arrays.fill(lineLower, from, j, count);
                    from = j;
                    count = 0;
                }
                if (j < size && (flags[j] & LOWER_CASE) != 0 && (lexicon[j] & PARTICLE) == 0) {
                    count++;
                }
            }
        }
        return lineLower[i];
    }

    /** Whether token i (a word) is also written in lower case somewhere in the text. */
    boolean lowerElsewhere(int i) {
        if (lowerWords == null) {
            lowerWords = lowerWordTable();
        }
        String k = key[i];
        int mask = lowerWords.length - 1;
        for (int slot = k.hashCode() & mask; lowerWords[slot] != null; slot = (slot + 1) & mask) {
            if (lowerWords[slot].equals(k)) {
                return true;
            }
        }
        return false;
    }

    /** The keys of the lower-case words, in a table at most half full. */
    private String[] lowerWordTable() {
        int count = 0;
        for (int j = 0; j < size; j++) {
            if ((flags[j] & LOWER_CASE) != 0) {
                count++;
            }
        }
        String[] table = new String[Integer.highestOneBit(Math.max(8, count)) << 2];
        int mask = table.length - 1;
        for (int j = 0; j < size; j++) {
            if ((flags[j] & LOWER_CASE) == 0) {
                continue;
            }
            String k = key[j];
            int slot = k.hashCode() & mask;
            while (table[slot] != null && !table[slot].equals(k)) {
                slot = (slot + 1) & mask;
            }
            table[slot] = k;
        }
        return table;
    }

    /**
     * The language most of the text's lower-case function words belong to ("de", "fr", …), or "?"
     * without any: a capitalised unlisted word means something else in German (a noun) than in
     * English.
     */
    String language() {
        if (language == null) {
            int best = -1;
            for (int l = 0; l < LANGUAGES.length; l++) {
                if (languageVotes[l] > 0 && (best < 0 || languageVotes[l] > languageVotes[best])) {
                    best = l;
                }
            }
            language = best < 0 ? "?" : LANGUAGES[best];
        }
        return language;
    }

    static final String[] LANGUAGES = {"en", "de", "fr", "es", "it", "nl", "pl", "cs", "pt", "sv"};

    /** Frequent function words that mostly belong to one language (written for Gatehouse). */
    private static final java.util.Map<String, Integer> LANGUAGE_CUES =
            languageCues(
                    "the and of to is was with for on that this are have has not you will from at by be",
                    "der die das und ist nicht mit ein eine einen dem den des sich auf für wird wurde bei zum zur sind auch noch nach über",
                    "le la les et est une des du pas pour dans avec sur qui que au aux ce sont été très",
                    "el los las y es una por con para del que se al está fue muy pero como sus",
                    "il gli è di che non per una con sono della nel alla sul ha stato anche",
                    "het een en van is niet met voor op zijn dat aan bij ook wordt werd naar heeft",
                    "jest nie się na że do z w jak oraz przez dla był była są już przy",
                    "je se na že není jsou byl byla pro jako ale také při od",
                    "não uma com para os foi está são também pelo pela",
                    "och är att det som för med inte på av har till");

    private static java.util.Map<String, Integer> languageCues(String... perLanguage) {
        java.util.Map<String, Integer> cues = new java.util.HashMap<>();
        for (int l = 0; l < perLanguage.length; l++) {
            for (String w : perLanguage[l].split(" ")) {
                cues.putIfAbsent(w, l);
            }
        }
        return java.util.Map.copyOf(cues);
    }

    /**
     * The lexicon bits of key {@code k}. Case endings are only tried on a word that may be a
     * capitalised name part ({@code capital}, or a glued "al-Rashid"): an inflected form counts for
     * nothing else, and most words of a text are lower-case ones.
     */
    static int classify(String k, java.util.function.Predicate<String> hidden, boolean capital) {
        boolean hide = hidden != null && hidden.test(k);
        Integer listed = NameLexicon.BITS.get(k);
        int bits = listed == null ? 0 : listed;
        if (hide) {
            bits &= ~(FIRST | LAST);
        }
        if ((bits & (FIRST | LAST | COMMON | NOT_NAME)) == 0 && !hide) {
            bits |= compound(k, hidden);
        }
        if ((bits & (FIRST | LAST)) == 0
                && k.length() >= 4
                && !hide
                && (capital || k.indexOf('-') >= 0 || k.indexOf('\'') >= 0)) {
            for (String ending : ENDINGS) {
                if (k.length() - ending.length() >= 3 && k.endsWith(ending)) {
                    String stem = k.substring(0, k.length() - ending.length());
                    if (NameLexicon.LAST_NAMES.contains(stem)
                            || NameLexicon.FIRST_NAMES.contains(stem)
                            || NameLexicon.LAST_NAMES.contains(stem + "a")
                            || NameLexicon.LAST_NAMES.contains(stem + "á")) {
                        bits |= STEM;
                        break;
                    }
                }
            }
        }
        return bits;
    }

    /**
     * The class of a word that is not listed as written but is made of listed parts: a double name
     * ("mary-jane" is a given name, "watson-parker" a family name), or a family name behind a glued
     * particle ("al-rashid", "el-amin", "d'angelo", "o'neill", "ben-david"). Every part must be
     * listed; a part that is only a given name makes the whole a given name, else a family name.
     */
    private static int compound(String k, java.util.function.Predicate<String> hidden) {
        int bits = FIRST | LAST;
        int from = 0;
        int parts = 0;
        int n = k.length();
        for (int i = 0; i <= n; i++) {
            if (i < n && k.charAt(i) != '-' && k.charAt(i) != '\'') {
                continue;
            }
            if (i == n && parts == 0) {
                return 0;
            }
            String part = k.substring(from, i);
            from = i + 1;
            if (parts == 0 && i < n && GLUED_PARTICLES.contains(part)) {
                continue;
            }
            parts++;
            if (part.length() < 2 || hidden != null && hidden.test(part)) {
                return 0;
            }
            int own =
                    (NameLexicon.FIRST_NAMES.contains(part) ? FIRST : 0)
                            | (NameLexicon.LAST_NAMES.contains(part) ? LAST : 0);
            if (own == 0) {
                return 0;
            }
            bits &= own;
            if (bits == 0) {
                bits = LAST;
            }
        }
        return parts == 0 ? 0 : bits;
    }

    private static final java.util.Set<String> GLUED_PARTICLES =
            java.util.Set.of(
                    "al", "el", "ul", "ad", "as", "ash", "at", "az", "ben", "bin", "abu", "d", "o",
                    "l", "dell", "dall", "de", "di", "da", "van", "ibn");

    boolean word(int i) {
        return i >= 0 && i < size && kind[i] == WORD;
    }

    boolean punct(int i, char c) {
        return i >= 0 && i < size && mark[i] == c;
    }

    /** Whether nothing but spaces or tabs (no line break) separates token i from token i + 1. */
    boolean sameLineNext(int i) {
        return i + 1 < size && !lineStart[i + 1];
    }

    /** Whether tokens i and i + 1 touch ("J" and "."). */
    boolean adjacent(int i) {
        return i + 1 < size && end[i] == start[i + 1];
    }

    char first(int i) {
        return text.charAt(start[i]);
    }

    boolean capitalised(int i) {
        return word(i) && (flags[i] & CAPITALISED) != 0;
    }

    /** Flags of a word token, worked out once when it is added. */
    private static final byte CAPITALISED = 1;

    private static final byte LOWER_CASE = 2;
    private static final byte ALL_CAPS = 4;

    /**
     * A capitalised word that a name list has and no ordinary-word list: the features name such a
     * neighbour {@code <Name>} ({@link PersonFeatures}).
     */
    static final byte NAME_CONTEXT = 8;

    /** A single capital with its full stop right after it ({@link #initial}); set on the stop. */
    private static final byte INITIAL = 16;

    /**
     * The case flags of the word {@code text[from, to)}: they depend on the letters alone, so they
     * are cached with it.
     */
    private byte wordFlags(int from, int to) {
        char c = text.charAt(from);
        byte f = 0;
        if (capitalisedAsWritten(from, to)) {
            f |= CAPITALISED;
        }
        if (Character.isLowerCase(c)) {
            f |= LOWER_CASE;
        }
        if (allCapsAsWritten(from, to)) {
            f |= ALL_CAPS;
        }
        return f;
    }

    private boolean capitalisedAsWritten(int from, int to) {
        char c = text.charAt(from);
        if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
            return true;
        }
        // "al-Rashid", "d'Angelo", "bin-Laden": a lower-case particle glued to a capitalised name
        for (int j = from + 1; j < to - 1; j++) {
            char s = text.charAt(j);
            if ((s == '-' || s == '\'' || s == '\u2019')
                    && Character.isUpperCase(text.charAt(j + 1))) {
                return j - from <= 3;
            }
        }
        return false;
    }

    boolean lowerCase(int i) {
        return word(i) && (flags[i] & LOWER_CASE) != 0;
    }

    /** A single capital letter with its full stop right after it: "J." */
    boolean initial(int i) {
        return i >= 0 && i < size && (flags[i] & INITIAL) != 0;
    }

    boolean allCaps(int i) {
        return word(i) && (flags[i] & ALL_CAPS) != 0;
    }

    private boolean allCapsAsWritten(int from, int to) {
        if (to - from < 2) {
            return false;
        }
        for (int j = from; j < to; j++) {
            char c = text.charAt(j);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }
}
