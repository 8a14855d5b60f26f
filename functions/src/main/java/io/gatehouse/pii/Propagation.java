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
 * type and score (still subject to the allow-list). Bounded by {@link
 * PiiEngine#MAX_PROPAGATED_VALUES} values and one scan of the text for all of them.
 */
final class Propagation {

    static final double DISCOUNT = 0.1;

    private Propagation() {}

    /**
     * @param direct what the detectors found in this text: an occurrence inside a direct candidate
     *     of the same type adds nothing (the detector saw more of it, "Thaddeus Delacroix" rather
     *     than a propagated "Thaddeus")
     */
    static List<Candidate> occurrences(
            String text, Map<String, Candidate> values, PiiPolicy policy, List<Candidate> direct) {
        return occurrences(TextIndex.of(text), values, policy, direct);
    }

    /**
     * As above. A value occurs where the character before is no word character; when every value
     * begins with a word character or an opener, those places are the index's starts, and only they
     * are tried.
     */
    static List<Candidate> occurrences(
            TextIndex index,
            Map<String, Candidate> values,
            PiiPolicy policy,
            List<Candidate> direct) {
        String text = index.text();
        // only the types of found values are asked about: a text's thousands of candidates of
        // other types need no marking
        Map<String, BitSet> covered = new HashMap<>();
        for (Candidate value : values.values()) {
            covered.computeIfAbsent(value.type(), type -> new BitSet(text.length()));
        }
        for (Candidate candidate : direct) {
            BitSet sameType = covered.get(candidate.type());
            if (sameType != null) {
                sameType.set(candidate.start(), candidate.end());
            }
        }
        // One pass over the text, trying at each position only the values that begin with its
        // character.
        Map<Character, List<Map.Entry<String, Candidate>>> byFirstChar = new HashMap<>();
        boolean[] firstChars = new boolean[128];
        boolean otherFirstChars = false;
        boolean allIndexed = true;
        for (Map.Entry<String, Candidate> entry : values.entrySet()) {
            if (!entry.getKey().isEmpty() && !policy.allowed(entry.getKey())) {
                char first = entry.getKey().charAt(0);
                allIndexed &= Chars.wordChar(first) || TextIndex.opener(first);
                byFirstChar.computeIfAbsent(first, c -> new ArrayList<>()).add(entry);
                if (first < 128) {
                    firstChars[first] = true;
                } else {
                    otherFirstChars = true;
                }
            }
        }
        List<Candidate> found = new ArrayList<>();
        if (byFirstChar.isEmpty()) {
            return found;
        }
        int positions = allIndexed ? index.startCount() : text.length();
        for (int p = 0; p < positions; p++) {
            int at = allIndexed ? index.start(p) : p;
            char c = text.charAt(at);
            if ((c < 128 ? !firstChars[c] : !otherFirstChars)
                    || Chars.wordChar(Chars.at(text, at - 1))) {
                continue;
            }
            List<Map.Entry<String, Candidate>> startingHere = byFirstChar.get(c);
            if (startingHere == null) {
                continue;
            }
            for (Map.Entry<String, Candidate> entry : startingHere) {
                String value = entry.getKey();
                int end = at + value.length();
                // the characters after the first and after the value settle most tries before a
                // comparison
                if (end > text.length()
                        || value.length() > 1 && text.charAt(at + 1) != value.charAt(1)
                        || Chars.wordChar(Chars.at(text, end))
                        || !text.startsWith(value, at)) {
                    continue;
                }
                BitSet sameType = covered.get(entry.getValue().type());
                boolean inside =
                        sameType != null && sameType.get(at) && sameType.nextClearBit(at) >= end;
                if (!inside) {
                    double score = Math.max(0.01, entry.getValue().score() - DISCOUNT);
                    found.add(new Candidate(entry.getValue().type(), at, end, score));
                }
            }
        }
        return found;
    }
}
