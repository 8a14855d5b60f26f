package io.gatehouse.pii;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where findings overlap, one wins, the same way every time.
 * <ol>
 *   <li>A candidate lying wholly inside a longer one scored at least {@value #CONFIDENT_CONTAINER}
 *       gives way to it: the street named after a person in "12 avenue Victor Hugo, 75016 Paris",
 *       the town and postcode of that address, the town in "www.berlin.de" are parts of one
 *       finding, and masking the whole keeps the parts from being taken one by one, or the
 *       address from being lost to the name inside it.</li>
 *   <li>Then the higher score; at equal scores the longer span; then the earlier start; then the
 *       type name in alphabetical order. Winners are taken greedily in that order, and a candidate
 *       that overlaps any winner is dropped.</li>
 * </ol>
 */
final class Overlaps {

    /** Written out rather than chained: it is called n log n times for each text. */
    static final Comparator<Candidate> PRECEDENCE = (a, b) -> {
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
    private static final Comparator<Candidate> OUTER_FIRST = (a, b) -> {
        int order = Integer.compare(a.start(), b.start());
        if (order == 0) {
            order = Integer.compare(b.end(), a.end());
        }
        return order != 0 ? order : PRECEDENCE.compare(a, b);
    };

    private Overlaps() {}

    /** The winners, ordered by start. */
    static List<Candidate> resolve(List<Candidate> candidates) {
        List<Candidate> ranked = withoutContained(candidates);
        ranked.sort(PRECEDENCE);
        // Winners never overlap, so kept sorted by start, a new candidate meets at most its
        // neighbours: a binary search keeps this O(n log n) even for many candidates.
        List<Candidate> winners = new ArrayList<>();
        for (Candidate candidate : ranked) {
            int at = insertionPoint(winners, candidate.start());
            boolean clashes = (at > 0 && winners.get(at - 1).overlaps(candidate))
                    || (at < winners.size() && winners.get(at).overlaps(candidate));
            if (!clashes) {
                winners.add(at, candidate);
            }
        }
        return winners;
    }

    /**
     * The candidates that lie inside no confident, strictly longer one. One sweep in start order:
     * a candidate ending no later than the furthest-reaching confident candidate seen so far lies
     * inside it, since that one started no later.
     */
    private static List<Candidate> withoutContained(List<Candidate> candidates) {
        List<Candidate> byStart = new ArrayList<>(candidates);
        byStart.sort(OUTER_FIRST);
        List<Candidate> kept = new ArrayList<>(byStart.size());
        Candidate container = null;
        for (Candidate candidate : byStart) {
            boolean inside = container != null && candidate.end() <= container.end()
                    && candidate.length() < container.length();
            if (!inside) {
                kept.add(candidate);
            }
            if (candidate.score() >= CONFIDENT_CONTAINER && (container == null || candidate.end() > container.end())) {
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
