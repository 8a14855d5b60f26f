package io.gatehouse.pii;

/**
 * A detector's raw finding, in UTF-16 offsets of the Java string (how detectors scan); the analyzer
 * turns the ones it keeps into code-point {@link Finding}s.
 */
record Candidate(String type, int start, int end, double score) {

    int length() {
        return end - start;
    }

    boolean overlaps(Candidate other) {
        return start < other.end && other.start < end;
    }
}
