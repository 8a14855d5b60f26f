package io.gatehouse.pii;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where findings overlap, one wins, the same way every time.
 *
 * <ol>
 *   <li>A candidate lying wholly inside a longer one scored at least {@value #CONFIDENT_CONTAINER}
 *       gives way to it: the street named after a person in "12 avenue Victor Hugo, 75016 Paris",
 *       the town and postcode of that address, the town in "www.berlin.de" are parts of one
 *       finding, and masking the whole keeps the parts from being taken one by one, or the address
 *       from being lost to the name inside it.
 *   <li>Then the higher score; at equal scores the longer span; then the earlier start; then the
 *       type name in alphabetical order. Winners are taken greedily in that order, and a candidate
 *       that overlaps any winner is dropped.
 * </ol>
 */
final class Overlaps {

    /** Written out rather than chained: it is called n log n times for each text. */
    static final Comparator<Candidate> PRECEDENCE =
            (a, b) -> {
                int order = Double.compare(b.score(), a.score());
                if (order == 0) {
                    order = Integer.compare(b.length(), a.length());
                }
                if (order == 0) {
                    order = Integer.compare(a.start(), b.start());
                }
                return order != 0 ? order : a.type().compareTo(b.type());
            };

    /** The score from which a candidate absorbs the candidates inside it. */
    static final double CONFIDENT_CONTAINER = 0.7;

    /** Outer spans first: by start, then the longer first, then by precedence. */
    static final Comparator<Candidate> OUTER_FIRST =
            (a, b) -> {
                int order = Integer.compare(a.start(), b.start());
                if (order == 0) {
                    order = Integer.compare(b.end(), a.end());
                }
                return order != 0 ? order : PRECEDENCE.compare(a, b);
            };

    private Overlaps() {}

    /** The winners, ordered by start. */
    static List<Candidate> resolve(List<Candidate> candidates) {
        List<Candidate> ranked = CandidateOrder.byPrecedence(withoutContained(candidates));
        int reach = 0;
        boolean empty = false;
        for (Candidate candidate : ranked) {
            reach = Math.max(reach, candidate.end());
            empty |= candidate.length() <= 0 || candidate.start() < 0;
        }
        return empty || reach >= CandidateOrder.PACKED_LIMIT
                ? greedyByNeighbours(ranked)
                : greedyByCoverage(ranked, reach);
    }

    /**
     * The greedy choice with the positions already won marked in a bit set: a candidate that is not
     * empty clashes with a winner exactly when one of its positions is marked. Winners are not
     * empty either, so marking them costs the text's length at most, and each test the candidate's.
     */
    private static List<Candidate> greedyByCoverage(List<Candidate> ranked, int reach) {
        long[] covered = new long[(reach >>> 6) + 1];
        List<Candidate> winners = new ArrayList<>(ranked.size());
        for (Candidate candidate : ranked) {
            if (!anySet(covered, candidate.start(), candidate.end())) {
                set(covered, candidate.start(), candidate.end());
                winners.add(candidate);
            }
        }
        return CandidateOrder.byStart(winners);
    }

    private static boolean anySet(long[] bits, int from, int to) {
        for (int i = from; i < to; ) {
            int word = i >>> 6;
            int upTo = Math.min(to, (word + 1) << 6);
            if ((bits[word] & mask(i, upTo)) != 0) {
                return true;
            }
            i = upTo;
        }
        return false;
    }

    private static void set(long[] bits, int from, int to) {
        for (int i = from; i < to; ) {
            int word = i >>> 6;
            int upTo = Math.min(to, (word + 1) << 6);
            bits[word] |= mask(i, upTo);
            i = upTo;
        }
    }

    /** The bits of positions [from, to) within the 64 of one word (to - from between 1 and 64). */
    private static long mask(int from, int to) {
        int high = to - (from & ~63);
        return (-1L << (from & 63)) & (high == 64 ? -1L : (1L << high) - 1);
    }

    /**
     * The greedy choice as first written, for candidates that include an empty one (no detector
     * makes any).
     */
    private static List<Candidate> greedyByNeighbours(List<Candidate> ranked) {
        // Winners never overlap, so kept sorted by start, a new candidate meets at most its
        // neighbours: a binary search keeps this O(n log n) even for many candidates.
        List<Candidate> winners = new ArrayList<>();
        for (Candidate candidate : ranked) {
            int at = insertionPoint(winners, candidate.start());
            boolean clashes =
                    (at > 0 && winners.get(at - 1).overlaps(candidate))
                            || (at < winners.size() && winners.get(at).overlaps(candidate));
            if (!clashes) {
                winners.add(at, candidate);
            }
        }
        return winners;
    }

    /**
     * The candidates that lie inside no confident, strictly longer one. One sweep in start order: a
     * candidate ending no later than the furthest-reaching confident candidate seen so far lies
     * inside it, since that one started no later.
     */
    private static List<Candidate> withoutContained(List<Candidate> candidates) {
        List<Candidate> byStart = CandidateOrder.byStartThenLongest(candidates, OUTER_FIRST);
        List<Candidate> kept = new ArrayList<>(byStart.size());
        Candidate container = null;
        for (Candidate candidate : byStart) {
            boolean inside =
                    container != null
                            && candidate.end() <= container.end()
                            && candidate.length() < container.length();
            if (!inside) {
                kept.add(candidate);
            }
            if (candidate.score() >= CONFIDENT_CONTAINER
                    && (container == null || candidate.end() > container.end())) {
                container = candidate;
            }
        }
        return kept;
    }

    private static int insertionPoint(List<Candidate> sorted, int start) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted.get(mid).start() < start) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
