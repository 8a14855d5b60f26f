package io.gatehouse.pii.eval;

import io.gatehouse.pii.EntityType;
import io.gatehouse.pii.Finding;
import io.gatehouse.pii.PiiEngine;
import io.gatehouse.pii.PiiPolicy;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Precision, recall and F2 per entity type of the PII engine on a labelled corpus. A finding
 * counts as correct only when its type, start and end all equal a label's (strict matching): a
 * span one character too long or too short is both a false positive and a false negative.
 */
public final class Evaluation {

    /** Counts for one type. */
    public record Score(String type, int truePositives, int falsePositives, int falseNegatives) {

        public double precision() {
            int predicted = truePositives + falsePositives;
            return predicted == 0 ? 1.0 : (double) truePositives / predicted;
        }

        public double recall() {
            int actual = truePositives + falseNegatives;
            return actual == 0 ? 1.0 : (double) truePositives / actual;
        }

        /** F-beta with beta 2: recall weighs four times as much as precision (missing PII costs more). */
        public double f2() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 5 * p * r / (4 * p + r);
        }

        public int support() {
            return truePositives + falseNegatives;
        }
    }

    private Evaluation() {}

    public static Map<String, Score> run(List<LabelledText> corpus, PiiPolicy policy) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (EntityType type : EntityType.values()) {
            counts.put(type.name(), new int[3]);
        }
        for (LabelledText doc : corpus) {
            Set<LabelledText.Label> expected = new HashSet<>(doc.labels());
            for (Finding finding : PiiEngine.analyze(doc.text(), policy)) {
                LabelledText.Label asLabel = new LabelledText.Label(finding.type(), finding.start(), finding.end());
                int[] c = counts.computeIfAbsent(finding.type(), t -> new int[3]);
                if (expected.remove(asLabel)) {
                    c[0]++;
                } else {
                    c[1]++;
                }
            }
            for (LabelledText.Label missed : expected) {
                counts.computeIfAbsent(missed.type(), t -> new int[3])[2]++;
            }
        }
        Map<String, Score> scores = new LinkedHashMap<>();
        counts.forEach((type, c) -> scores.put(type, new Score(type, c[0], c[1], c[2])));
        return scores;
    }

    public static String table(Map<String, Score> scores) {
        StringBuilder out = new StringBuilder("| type | support | TP | FP | FN | precision | recall | F2 |\n|---|---|---|---|---|---|---|---|\n");
        for (Score s : scores.values()) {
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %.3f | %.3f | %.3f |%n", s.type(), s.support(),
                    s.truePositives(), s.falsePositives(), s.falseNegatives(), s.precision(), s.recall(), s.f2()));
        }
        return out.toString();
    }
}
