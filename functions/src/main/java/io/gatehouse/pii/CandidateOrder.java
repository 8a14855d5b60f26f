package io.gatehouse.pii;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sorts {@link Overlaps} makes of a text's candidates, done on packed primitive keys: a text
 * has thousands of candidates, and sorting records with a comparator cost more than the rest of the
 * resolution. Each sort gives the order its comparator would (lists too large for the keys are
 * sorted with the comparator itself).
 */
final class CandidateOrder {

    /** Offsets, lengths and counts below this fit the keys: 21 bits each. */
    static final int PACKED_LIMIT = 1 << 21;

    private static final int MAX_RANKED_SCORES = 1 << 15;
    private static final int MAX_RANKED_TYPES = 1 << 6;

    private CandidateOrder() {}

    /**
     * The candidates in {@link Overlaps#OUTER_FIRST} order, but for the order among candidates of
     * one span, which changes nothing: the sweep treats them alike, and {@link Overlaps#PRECEDENCE}
     * orders them afterwards. Sorted as packed primitive keys (start, then end descending, then
     * position in the list), which costs a fraction of sorting records with a comparator.
     */
    static List<Candidate> byStartThenLongest(
            List<Candidate> candidates, Comparator<Candidate> outerFirst) {
        int count = candidates.size();
        boolean packable = count < PACKED_LIMIT;
        for (int k = 0; k < count && packable; k++) {
            Candidate c = candidates.get(k);
            packable =
                    c.start() >= 0
                            && c.end() >= 0
                            && c.start() < PACKED_LIMIT
                            && c.end() < PACKED_LIMIT;
        }
        if (!packable) {
            List<Candidate> sorted = new ArrayList<>(candidates);
            sorted.sort(outerFirst);
            return sorted;
        }
        long[] keys = new long[count];
        for (int k = 0; k < count; k++) {
            Candidate c = candidates.get(k);
            keys[k] = ((long) c.start() << 42) | ((long) (PACKED_LIMIT - 1 - c.end()) << 21) | k;
        }
        Arrays.sort(keys);
        List<Candidate> sorted = new ArrayList<>(count);
        for (long key : keys) {
            sorted.add(candidates.get((int) (key & (PACKED_LIMIT - 1))));
        }
        return sorted;
    }

    /**
     * The candidates sorted by {@link Overlaps#PRECEDENCE}, as packed primitive keys: the score's
     * rank among the distinct scores, the length (longest first), the start and the type's
     * alphabetical rank. Those four fix a candidate (its end is start + length), so each is rebuilt
     * from its key: equal keys are equal candidates. Lists the keys cannot hold are sorted with the
     * comparator.
     */
    static List<Candidate> byPrecedence(List<Candidate> candidates) {
        int count = candidates.size();
        double[] scores = new double[count];
        Set<String> typeNames = new HashSet<>();
        boolean packable = true;
        String lastType = null;
        for (int k = 0; k < count; k++) {
            Candidate c = candidates.get(k);
            scores[k] = c.score();
            if (c.type()
                    != lastType) { // candidates come in runs of one type, mostly the same string
                typeNames.add(c.type());
                lastType = c.type();
            }
            packable &=
                    c.start() >= 0
                            && c.length() >= 0
                            && c.start() < PACKED_LIMIT
                            && c.length() < PACKED_LIMIT;
        }
        double[] distinct = distinctAscending(scores);
        if (!packable
                || distinct.length > MAX_RANKED_SCORES
                || typeNames.size() > MAX_RANKED_TYPES) {
            List<Candidate> sorted = new ArrayList<>(candidates);
            sorted.sort(Overlaps.PRECEDENCE);
            return sorted;
        }
        String[] types = typeNames.toArray(String[]::new);
        Arrays.sort(types);
        Map<String, Integer> typeRank = new HashMap<>();
        for (int t = 0; t < types.length; t++) {
            typeRank.put(types[t], t);
        }
        long[] keys = new long[count];
        String rankedType = null;
        int rank = 0;
        for (int k = 0; k < count; k++) {
            Candidate c = candidates.get(k);
            if (c.type() != rankedType) {
                rankedType = c.type();
                rank = typeRank.get(rankedType);
            }
            long scoreRank = distinct.length - 1 - Arrays.binarySearch(distinct, c.score());
            keys[k] =
                    scoreRank << 48
                            | (long) (PACKED_LIMIT - 1 - c.length()) << 27
                            | (long) c.start() << 6
                            | rank;
        }
        Arrays.sort(keys);
        List<Candidate> sorted = new ArrayList<>(count);
        for (long key : keys) {
            int start = (int) (key >>> 6) & (PACKED_LIMIT - 1);
            int length = PACKED_LIMIT - 1 - ((int) (key >>> 27) & (PACKED_LIMIT - 1));
            sorted.add(
                    new Candidate(
                            types[(int) key & 63],
                            start,
                            start + length,
                            distinct[distinct.length - 1 - (int) (key >>> 48)]));
        }
        return sorted;
    }

    /** The distinct values in {@link Double#compare} order. */
    private static double[] distinctAscending(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int distinct = 0;
        for (int k = 0; k < sorted.length; k++) {
            if (k == 0 || Double.compare(sorted[k], sorted[distinct - 1]) != 0) {
                sorted[distinct++] = sorted[k];
            }
        }
        return Arrays.copyOf(sorted, distinct);
    }

    /** Winners (disjoint, not empty, starts below {@link #PACKED_LIMIT}) by start. */
    static List<Candidate> byStart(List<Candidate> winners) {
        int count = winners.size();
        long[] keys = new long[count];
        for (int k = 0; k < count; k++) {
            keys[k] = (long) winners.get(k).start() << 21 | k;
        }
        Arrays.sort(keys);
        List<Candidate> sorted = new ArrayList<>(count);
        for (long key : keys) {
            sorted.add(winners.get((int) (key & (PACKED_LIMIT - 1))));
        }
        return sorted;
    }
}
