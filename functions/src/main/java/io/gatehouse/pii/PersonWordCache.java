package io.gatehouse.pii;

/**
 * What {@link PersonTokens} learns about a word as written — its lookup key, its lexicon bits and
 * the language it votes for — remembered across texts. Building a key costs a substring, a
 * lower-casing and a normalisation check, and classifying an unlisted capitalised word tries a
 * score of case endings; texts repeat the same few thousand words, so a hit costs one hash over the
 * word's characters and one comparison instead.
 *
 * <p>Direct-mapped and lock-free: a slot holds an immutable {@link Entry} (final fields, so any
 * thread that reads the reference sees a complete entry); two threads writing the same slot only
 * make one of them recompute the word next time. The size is fixed, so resident memory is bounded
 * whatever the texts.
 */
final class PersonWordCache {

    /**
     * A word as written and what it is: {@code flags} are {@link PersonTokens}' case flags, {@code
     * vote} an index into {@link PersonTokens#LANGUAGES}, or -1; {@code keyHash} and {@code
     * keyPower} let feature keys append the key without hashing its letters ({@link
     * PersonFeatureKeys#key}), and {@code shape} is the word's case shape with its hash.
     */
    record Entry(
            String written,
            String key,
            int bits,
            byte flags,
            int vote,
            long keyHash,
            long keyPower,
            PersonFeatureKeys.Piece shape) {
        Entry(String written, String key, int bits, byte flags, int vote) {
            this(
                    written,
                    key,
                    bits,
                    flags,
                    vote,
                    PersonFeatureKeys.wordHash(key),
                    PersonFeatureKeys.power(key.length()),
                    PersonFeatureKeys.Piece.of(
                            PersonFeatures.shapeOf(written, 0, written.length())));
        }
    }

    private static final int SLOTS = 1 << 15;

    /** Longer words are rare, and are computed each time rather than crowd out the cache. */
    static final int MAX_LENGTH = 24;

    private final Entry[] slots = new Entry[SLOTS];

    /**
     * The entry cached for {@code text[from, to)}, or null; {@code hash} is {@link #hash} of that
     * range.
     */
    Entry get(String text, int from, int to, int hash) {
        Entry e = slots[hash & (SLOTS - 1)];
        if (e == null
                || e.written.length() != to - from
                || !text.regionMatches(from, e.written, 0, to - from)) {
            return null;
        }
        return e;
    }

    void put(int hash, Entry entry) {
        slots[hash & (SLOTS - 1)] = entry;
    }

    /**
     * A well-spread hash of the characters {@code text[from, to)}, with no allocation: two
     * characters per multiplication, since every word of every text passes here and the
     * multiplications form one chain.
     */
    static int hash(String text, int from, int to) {
        int h = 0x9E3779B9 + to - from;
        int i = from;
        for (; i + 1 < to; i += 2) {
            h = (h ^ (text.charAt(i) << 16 | text.charAt(i + 1))) * 0x01000193;
        }
        if (i < to) {
            h = (h ^ text.charAt(i)) * 0x01000193;
        }
        return h ^ (h >>> 15);
    }
}
