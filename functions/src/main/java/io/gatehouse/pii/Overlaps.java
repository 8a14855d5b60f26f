package io.gatehouse.pii;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where findings overlap, one wins, the same way every time: the higher score; at equal scores the
 * longer span; then the earlier start; then the type name in alphabetical order. Winners are taken
 * greedily in that order, and a candidate that overlaps any winner is dropped.
 */
final class Overlaps {

    static final Comparator<Candidate> PRECEDENCE = Comparator.comparingDouble(Candidate::score).reversed()
            .thenComparing(Comparator.comparingInt(Candidate::length).reversed())
            .thenComparingInt(Candidate::start)
            .thenComparing(Candidate::type);

    private Overlaps() {}

    /** The winners, ordered by start. */
    static List<Candidate> resolve(List<Candidate> candidates) {
        List<Candidate> ranked = new ArrayList<>(candidates);
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
