package io.gatehouse.pii;

import java.util.List;

/**
 * Builds the PERSON model's feature keys a character at a time, so scoring a span allocates no
 * strings: each key is a 64-bit polynomial hash over its UTF-16 characters ({@code h = h * B + c}
 * from a fixed offset), the same hash {@link #hash(CharSequence)} gives the written key when the
 * model file is read. A polynomial hash can append a whole word from its precomputed hash and power
 * of B ({@link #key}); the tokens' keys are hashed once per distinct word, not once per feature.
 * The model table mixes the hash before use. In training (a list to collect into is given) the
 * key's text is built as well, because the trainer indexes and writes features by name.
 */
final class PersonFeatureKeys {

    private static final long OFFSET = 0xcbf29ce484222325L;

    /** The base B of the polynomial: odd, so multiplying by it loses no bits. */
    static final long PRIME = 0x100000001b3L;

    private final PersonModel model;
    private final List<String> names;
    private final StringBuilder text;
    private long h;

    /** Scratch for the span's word-class pattern ("FL", "FPL"), reused from span to span. */
    final StringBuilder pattern = new StringBuilder(8);

    private double z;

    private PersonFeatureKeys(PersonModel model, List<String> names) {
        this.model = model;
        this.names = names;
        this.text = names == null ? null : new StringBuilder(32);
    }

    /** Sums the weights of the keys in {@code model}: the detector's mode. */
    static PersonFeatureKeys scoring(PersonModel model) {
        return new PersonFeatureKeys(model, null);
    }

    /** Writes each key's text into {@code names}: the trainer's mode. */
    static PersonFeatureKeys collecting(List<String> names) {
        return new PersonFeatureKeys(null, names);
    }

    static long hash(CharSequence s) {
        long h = OFFSET;
        for (int i = 0; i < s.length(); i++) {
            h = h * PRIME + s.charAt(i);
        }
        return h;
    }

    /**
     * The polynomial of {@code s} alone (from 0, not the offset): what appending it adds after
     * multiplying by {@link #power}.
     */
    static long wordHash(String s) {
        long h = 0;
        for (int i = 0; i < s.length(); i++) {
            h = h * PRIME + s.charAt(i);
        }
        return h;
    }

    /** B to the power of {@code length}. */
    static long power(int length) {
        long p = 1;
        for (int i = 0; i < length; i++) {
            p *= PRIME;
        }
        return p;
    }

    /**
     * Appends token i's key from its precomputed {@link #wordHash} and {@link #power}: the same as
     * {@code str(t.key[i])}.
     */
    PersonFeatureKeys key(PersonTokens t, int i) {
        h = h * t.keyPower[i] + t.keyHash[i];
        if (text != null) {
            appendText(t.key[i]);
        }
        return this;
    }

    /**
     * A fixed text to append, with its {@link #wordHash} and {@link #power} worked out once ({@code
     * <Name>}, a word's case shape).
     */
    record Piece(String text, long hash, long power) {
        static Piece of(String text) {
            return new Piece(text, wordHash(text), PersonFeatureKeys.power(text.length()));
        }
    }

    /** The same as {@code str(piece.text())}, in two operations whatever its length. */
    PersonFeatureKeys piece(Piece piece) {
        h = h * piece.power + piece.hash;
        if (text != null) {
            appendText(piece.text);
        }
        return this;
    }

    private long patternHash;
    private long patternPower;

    /**
     * Hashes the finished {@link #pattern} once, so each of the dozen keys that name it appends it
     * in two operations ({@link #pattern()}).
     */
    void patternDone() {
        long hash = 0;
        long power = 1;
        for (int i = 0; i < pattern.length(); i++) {
            hash = hash * PRIME + pattern.charAt(i);
            power *= PRIME;
        }
        patternHash = hash;
        patternPower = power;
    }

    /** The same as {@code str(pattern)} after {@link #patternDone()}. */
    PersonFeatureKeys pattern() {
        h = h * patternPower + patternHash;
        if (text != null) {
            appendText(pattern);
        }
        return this;
    }

    /** Starts a new score (scoring mode). */
    void reset() {
        z = 0;
    }

    /** The summed weight of the keys since {@link #reset()}. */
    double z() {
        return z;
    }

    /**
     * A key's fixed leading text with the hash state after it, so scoring does not hash the same
     * letters span after span.
     */
    record Prefix(String text, long hash) {}

    static Prefix prefix(String text) {
        return new Prefix(text, hash(text));
    }

    PersonFeatureKeys begin(String prefix) {
        h = OFFSET;
        if (text != null) {
            text.setLength(0);
        }
        return str(prefix);
    }

    /** The same as {@link #begin(String)} with the prefix's hash worked out once. */
    PersonFeatureKeys begin(Prefix prefix) {
        // kept small enough for the JIT to inline at each of its many call sites; the trainer's
        // text is written by a method of its own
        h = prefix.hash;
        if (text != null) {
            restart(prefix.text);
        }
        return this;
    }

    private void restart(String prefix) {
        text.setLength(0);
        text.append(prefix);
    }

    void add(Prefix key) {
        begin(key).end();
    }

    PersonFeatureKeys str(String s) {
        return range(s, 0, s.length());
    }

    /**
     * The same as {@link #str(String)} for the reused pattern builder: two methods rather than one
     * over {@code CharSequence}, so each loop calls one {@code charAt} the JIT can inline.
     */
    PersonFeatureKeys str(StringBuilder s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            h = h * PRIME + s.charAt(i);
        }
        if (text != null) {
            text.append(s);
        }
        return this;
    }

    PersonFeatureKeys range(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            h = h * PRIME + s.charAt(i);
        }
        if (text != null) {
            text.append(s, from, to);
        }
        return this;
    }

    PersonFeatureKeys ch(char c) {
        h = h * PRIME + c;
        if (text != null) {
            appendText(c);
        }
        return this;
    }

    private void appendText(char c) {
        text.append(c);
    }

    private void appendText(CharSequence s) {
        text.append(s);
    }

    /** A small non-negative number in decimal. */
    PersonFeatureKeys num(int n) {
        if (n >= 10) {
            leadingDigits(n / 10);
        }
        return ch((char) ('0' + n % 10));
    }

    private void leadingDigits(int n) {
        if (n >= 10) {
            leadingDigits(n / 10);
        }
        ch((char) ('0' + n % 10));
    }

    /** Closes the key: adds its weight, or its text. */
    void end() {
        // small enough to be inlined at every call site (see begin)
        if (names == null) {
            z += model.weight(h);
        } else {
            collect();
        }
    }

    private void collect() {
        names.add(text.toString());
    }

    /** A whole key at once. */
    void add(String key) {
        begin(key).end();
    }
}
