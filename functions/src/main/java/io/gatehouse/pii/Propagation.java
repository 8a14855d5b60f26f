package io.gatehouse.pii;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A value found once is personal data wherever it occurs: "Patient Thaddeus Okonkwo" lets the
 * detectors see a name, and a later "Okonkwo called" or "complaint of Thaddeus Okonkwo" has no cue
 * of its own. Each other whole-token occurrence of a found value becomes a candidate of the same
 * type and score (still subject to the allow-list). Bounded by
 * {@link PiiEngine#MAX_PROPAGATED_VALUES} values, one scan of the text each.
 */
final class Propagation {

    static final double DISCOUNT = 0.1;

    private Propagation() {}

    /**
     * @param direct what the detectors found in this text: an occurrence inside a direct candidate of
     *               the same type adds nothing (the detector saw more of it, "Thaddeus Delacroix"
     *               rather than a propagated "Thaddeus")
     */
    static List<Candidate> occurrences(String text, Map<String, Candidate> values, PiiPolicy policy, List<Candidate> direct) {
        Map<String, BitSet> covered = new HashMap<>();
        for (Candidate candidate : direct) {
            covered.computeIfAbsent(candidate.type(), type -> new BitSet(text.length())).set(candidate.start(), candidate.end());
        }
        List<Candidate> found = new ArrayList<>();
        for (Map.Entry<String, Candidate> entry : values.entrySet()) {
            String value = entry.getKey();
            if (value.isEmpty() || policy.allowed(value)) {
                continue;
            }
            for (int at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + value.length())) {
                int end = at + value.length();
                BitSet sameType = covered.get(entry.getValue().type());
                boolean inside = sameType != null && sameType.get(at) && sameType.get(end - 1)
                        && sameType.nextClearBit(at) >= end;
                if (!inside && !Chars.wordChar(Chars.at(text, at - 1)) && !Chars.wordChar(Chars.at(text, end))) {
                    double score = Math.max(0.01, entry.getValue().score() - DISCOUNT);
                    found.add(new Candidate(entry.getValue().type(), at, end, score));
                }
            }
        }
        return found;
    }
}
