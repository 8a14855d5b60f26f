package io.gatehouse.pii;

import java.util.Map;

/**
 * A word list looked up by a range of the text, with no copy: each entry is stored under a 64-bit
 * hash of its case-folded characters (open addressing), and a hit is verified character by
 * character, so a hash collision can never make a false match. The geographic detectors try every
 * capitalised word (and its next words) against lists of tens of thousands of places; lower-casing
 * a substring for each try was most of their time.
 *
 * <p>Folding is per character: {@link Character#toLowerCase(char)}, the typographic apostrophe as
 * {@code '}, and a tab or no-break space as a space, so "Frankfurt am Main", "FRANKFURT AM MAIN"
 * and "Frankfurt\u00A0am Main" find the entry "frankfurt am main". Entries are folded the same way
 * when the table is built. Each entry carries a set of bits (what kind of word it is); an entry
 * added twice keeps the union.
 */
final class FoldedLexicon {

    private static final long SEED = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private final long[] hashes;
    private final String[] keys;
    private final int[] bits;
    private final int mask;
    private final int maxLength;

    /**
     * One bit per (first, last) character pair of the entries, ASCII folded (others share bucket
     * 127): most words of a text miss a small list on this test alone, before any hashing.
     */
    private final long[] endsFilter = new long[128 * 128 / 64];

    /** {@code entries}: each word (any case) and its bits, which must not be 0. */
    FoldedLexicon(Map<String, Integer> entries) {
        int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 2 - 1)) << 1;
        hashes = new long[capacity];
        keys = new String[capacity];
        bits = new int[capacity];
        mask = capacity - 1;
        int longest = 0;
        for (Map.Entry<String, Integer> entry : entries.entrySet()) {
            String key = fold(entry.getKey());
            if (key.equals(entry.getKey())) {
                key = entry.getKey(); // share the caller's string: the lists are lower case already
            }
            if (key.isEmpty()) {
                continue;
            }
            longest = Math.max(longest, key.length());
            long hash = hash(key, 0, key.length());
            int slot = (int) (hash ^ (hash >>> 32)) & mask;
            while (keys[slot] != null && !keys[slot].equals(key)) {
                slot = (slot + 1) & mask;
            }
            hashes[slot] = hash;
            keys[slot] = key;
            bits[slot] |= entry.getValue();
            int pair = pair(key.charAt(0), key.charAt(key.length() - 1));
            endsFilter[pair >>> 6] |= 1L << pair;
        }
        maxLength = longest;
    }

    /** A plain word list: every word with the bit 1. */
    static FoldedLexicon of(java.util.Collection<String> words) {
        Map<String, Integer> entries = new java.util.HashMap<>();
        words.forEach(word -> entries.put(word, 1));
        return new FoldedLexicon(entries);
    }

    /** The bits of the entry spelled by text[start, end) (folded), or 0. */
    int bits(CharSequence text, int start, int end) {
        if (end - start > maxLength || end <= start) {
            return 0;
        }
        int pair = pair(fold(text.charAt(start)), fold(text.charAt(end - 1)));
        if ((endsFilter[pair >>> 6] & (1L << pair)) == 0) {
            return 0;
        }
        long hash = hash(text, start, end);
        int slot = (int) (hash ^ (hash >>> 32)) & mask;
        for (String key = keys[slot]; key != null; key = keys[slot]) {
            if (hashes[slot] == hash && matches(key, text, start, end)) {
                return bits[slot];
            }
            slot = (slot + 1) & mask;
        }
        return 0;
    }

    boolean contains(CharSequence text, int start, int end) {
        return bits(text, start, end) != 0;
    }

    /** The longest entry, in characters: a longer range is never looked up. */
    int maxLength() {
        return maxLength;
    }

    private static int pair(char first, char last) {
        return (first < 127 ? first : 127) << 7 | (last < 127 ? last : 127);
    }

    static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c == '\t' ? ' ' : c;
        }
        if (c == '\u2019') {
            return '\'';
        }
        if (c == '\u00A0') {
            return ' ';
        }
        return Character.toLowerCase(c);
    }

    static String fold(String word) {
        StringBuilder folded = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            folded.append(fold(word.charAt(i)));
        }
        return folded.toString();
    }

    private static long hash(CharSequence text, int start, int end) {
        long h = SEED;
        for (int i = start; i < end; i++) {
            h = (h ^ fold(text.charAt(i))) * PRIME;
        }
        return h;
    }

    private static boolean matches(String key, CharSequence text, int start, int end) {
        if (key.length() != end - start) {
            return false;
        }
        for (int k = 0; k < key.length(); k++) {
            if (key.charAt(k) != fold(text.charAt(start + k))) {
                return false;
            }
        }
        return true;
    }
}
