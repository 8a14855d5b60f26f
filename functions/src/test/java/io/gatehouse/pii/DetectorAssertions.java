package io.gatehouse.pii;

import java.util.ArrayList;
import java.util.List;

/**
 * What the identifier detector tests ask of a detector: the values it reports, and their scores.
 */
final class DetectorAssertions {

    private DetectorAssertions() {}

    /** The text of every candidate at or above the default minimum score, in order. */
    static List<String> reported(Detector detector, String text) {
        return candidates(detector, text).stream()
                .filter(c -> c.score() >= PiiPolicy.DEFAULT_MIN_SCORE)
                .map(c -> text.substring(c.start(), c.end()))
                .toList();
    }

    /** The text of every candidate, whatever its score. */
    static List<String> found(Detector detector, String text) {
        return candidates(detector, text).stream()
                .map(c -> text.substring(c.start(), c.end()))
                .toList();
    }

    static List<Candidate> candidates(Detector detector, String text) {
        List<Candidate> out = new ArrayList<>();
        detector.detect(text, out);
        return out;
    }

    /** The score of the only candidate in {@code text}. */
    static double score(Detector detector, String text) {
        List<Candidate> out = candidates(detector, text);
        if (out.size() != 1) {
            throw new AssertionError("expected one candidate in '" + text + "', got " + out);
        }
        return out.get(0).score();
    }

    /** Runs the detector over a text of about 1 MB and returns the elapsed milliseconds. */
    static long millisOver(Detector detector, String text, List<Candidate> out) {
        long start = System.nanoTime();
        detector.detect(text, out);
        return (System.nanoTime() - start) / 1_000_000;
    }

    static String megabyteOf(String unit) {
        return unit.repeat(1_000_000 / unit.length());
    }
}
