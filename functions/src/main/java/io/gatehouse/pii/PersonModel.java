package io.gatehouse.pii;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The PERSON detector's learned part: a logistic-regression model over {@link PersonFeatures},
 * trained by the test-tree tool {@code PersonModelTrainer} on generated sentences and shipped as
 * the text resource {@value #RESOURCE} (one {@code feature<TAB>weight} per line). Its output is a
 * probability: 0.5 or more means "a name".
 *
 * <p>The weights sit in an open-addressing table keyed by the 64-bit hash of the feature's text
 * ({@link PersonFeatureKeys#hash}), so the detector looks features up without building strings.
 */
final class PersonModel {

    static final String RESOURCE = "person-model-v5.txt";
    static final PersonModel SHIPPED = load(RESOURCE);

    /**
     * One long per slot, so a lookup touches one cache line: the upper 32 bits hold a fingerprint
     * of the key hash (never 0; 0 marks an empty slot), the lower 32 the float weight. The slot
     * comes from other bits of the hash than the fingerprint, so two keys that share slot and
     * fingerprint need 64 equal bits of the mixed hash.
     */
    private final long[] table;

    private final int mask;
    private final int size;

    PersonModel(Map<String, Float> weights) {
        // at most three quarters full: half the memory of a half-full table (1 MB for model v5),
        // so more of it stays in cache beside the other detectors' data, and linear probing
        // still finds a key (or its absence) within a cache line or two
        int capacity = Integer.highestOneBit(Math.max(4, weights.size() * 4 / 3)) << 1;
        if (capacity / 2 >= weights.size() * 4 / 3) {
            capacity /= 2;
        }
        table = new long[capacity];
        mask = capacity - 1;
        size = weights.size();
        new java.util.TreeMap<>(weights)
                .forEach((feature, w) -> put(PersonFeatureKeys.hash(feature), w));
    }

    private static long mix(long key) {
        long x = key ^ (key >>> 33);
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        x *= 0xc4ceb9fe1a85ec53L;
        return x ^ (x >>> 33);
    }

    private static long fingerprint(long mixed) {
        long f = mixed >>> 32;
        return (f == 0 ? 1 : f) << 32;
    }

    private void put(long key, float w) {
        long mixed = mix(key);
        long print = fingerprint(mixed);
        int slot = (int) mixed & mask;
        while (table[slot] != 0 && (table[slot] & 0xFFFFFFFF00000000L) != print) {
            slot = (slot + 1) & mask;
        }
        float sum = table[slot] == 0 ? w : Float.intBitsToFloat((int) table[slot]) + w;
        table[slot] = print | (Float.floatToRawIntBits(sum) & 0xFFFFFFFFL);
    }

    /** The weight of the feature with this key hash, 0 when the model has none. */
    float weight(long key) {
        long mixed = mix(key);
        long print = fingerprint(mixed);
        int slot = (int) mixed & mask;
        for (long entry = table[slot]; entry != 0; entry = table[slot]) {
            if ((entry & 0xFFFFFFFF00000000L) == print) {
                return Float.intBitsToFloat((int) entry);
            }
            slot = (slot + 1) & mask;
        }
        return 0;
    }

    int size() {
        return size;
    }

    double probability(List<String> features) {
        double z = 0;
        for (String feature : features) {
            z += weight(PersonFeatureKeys.hash(feature));
        }
        return sigmoid(z);
    }

    /**
     * The probability that tokens {@code [s, e)} of {@code t}, a span of kind {@code option}, are a
     * name.
     */
    double probability(PersonTokens t, int s, int e, int option, PersonFeatureKeys keys) {
        keys.reset();
        PersonFeatures.emit(t, s, e, option, keys);
        return sigmoid(keys.z());
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    static PersonModel load(String resource) {
        Map<String, Float> weights = new HashMap<>();
        try (InputStream in = PersonModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader =
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.lastIndexOf('\t');
                weights.put(line.substring(0, tab), Float.parseFloat(line.substring(tab + 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PersonModel(weights);
    }
}
