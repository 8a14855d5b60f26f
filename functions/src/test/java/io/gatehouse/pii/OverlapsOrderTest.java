package io.gatehouse.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Overlaps} sorts on packed keys ({@link CandidateOrder}) and chooses against a bit set; on
 * random candidate sets it must give what the comparators and the neighbour search gave.
 */
class OverlapsOrderTest {

    private static final String[] TYPES = {
        "PERSON", "PHONE_NUMBER", "DATE_TIME", "AGE", "LOCATION"
    };
    private static final double[] SCORES = {0.5, 0.55, 0.7, 0.8, 0.8 + 0.1, 0.9, 0.95, 1.0};

    @Test
    void byPrecedenceIsTheComparatorsOrder() {
        Random random = new Random(3);
        for (int round = 0; round < 300; round++) {
            List<Candidate> candidates = randomCandidates(random);
            List<Candidate> expected = new ArrayList<>(candidates);
            expected.sort(Overlaps.PRECEDENCE);
            assertThat(CandidateOrder.byPrecedence(candidates)).isEqualTo(expected);
        }
    }

    @Test
    void resolutionIsTheGreedyChoiceByPrecedence() {
        Random random = new Random(5);
        for (int round = 0; round < 300; round++) {
            List<Candidate> candidates = randomCandidates(random);
            assertThat(Overlaps.resolve(candidates)).isEqualTo(reference(candidates));
        }
    }

    /**
     * The resolution written the first way: comparator sorts, then winners kept by overlap with
     * any.
     */
    private static List<Candidate> reference(List<Candidate> candidates) {
        List<Candidate> byStart = new ArrayList<>(candidates);
        byStart.sort(Overlaps.OUTER_FIRST);
        List<Candidate> kept = new ArrayList<>();
        Candidate container = null;
        for (Candidate c : byStart) {
            if (!(container != null
                    && c.end() <= container.end()
                    && c.length() < container.length())) {
                kept.add(c);
            }
            if (c.score() >= Overlaps.CONFIDENT_CONTAINER
                    && (container == null || c.end() > container.end())) {
                container = c;
            }
        }
        kept.sort(Overlaps.PRECEDENCE);
        List<Candidate> winners = new ArrayList<>();
        for (Candidate c : kept) {
            if (winners.stream().noneMatch(w -> w.overlaps(c))) {
                winners.add(c);
            }
        }
        winners.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return winners;
    }

    private static List<Candidate> randomCandidates(Random random) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0, count = random.nextInt(120); i < count; i++) {
            int start = random.nextInt(400);
            candidates.add(
                    new Candidate(
                            TYPES[random.nextInt(TYPES.length)],
                            start,
                            start + 1 + random.nextInt(30),
                            random.nextInt(4) == 0
                                    ? random.nextDouble()
                                    : SCORES[random.nextInt(SCORES.length)]));
        }
        if (!candidates.isEmpty() && random.nextBoolean()) {
            candidates.add(
                    candidates.get(random.nextInt(candidates.size()))); // the same candidate twice
        }
        return candidates;
    }
}
