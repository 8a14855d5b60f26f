package io.gatehouse.pii;

import java.util.List;

/**
 * Finds one entity type in a text. Implementations are stateless and thread-safe, and must run in
 * time linear in the text whatever it holds: they are hand-written scanners that look at each
 * character a bounded number of times, never backtracking regular expressions.
 */
interface Detector {

    String type();

    void detect(String text, List<Candidate> out);

    /**
     * The same, with the positions the engine has already found in the text: built-in detectors
     * visit only those rather than every character. A detector that does not use them (a tenant's
     * pattern) needs nothing more than {@link #detect(String, List)}.
     */
    default void detect(TextIndex index, List<Candidate> out) {
        detect(index.text(), out);
    }
}
