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
