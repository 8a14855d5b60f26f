package io.gatehouse.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Detection and masking, one engine for the API and the command line. Detectors of the policy's
 * enabled types run over the text; findings under their type's minimum score or on the
 * allow-list are dropped; overlaps are resolved ({@link Overlaps}); offsets are reported in code
 * points ({@link Finding}). Stateless and thread-safe.
 */
public final class PiiEngine {

    private PiiEngine() {}

    /** The findings a policy reports in a text, ordered by start. */
    public static List<Finding> analyze(String text, PiiPolicy policy) {
        return analysis(text, policy).findings();
    }

    /**
     * The text masked by the policy. {@code key} is asked for only when a finding's operator is
     * {@code hash}, so a policy without it needs no key.
     */
    public static MaskResult mask(String text, PiiPolicy policy, Supplier<PseudonymKey> key) {
        Analysis analysis = analysis(text, policy);
        PseudonymKey pseudonyms = null;
        StringBuilder masked = new StringBuilder(text.length() + 16);
        Map<String, Integer> counts = new TreeMap<>();
        int copied = 0;
        for (Candidate found : analysis.kept()) {
            masked.append(text, copied, found.start());
            String value = text.substring(found.start(), found.end());
            EntityRule rule = policy.rules().get(found.type());
            switch (rule.operator()) {
                case REDACT -> masked.append('<').append(found.type()).append('>');
                case MASK -> masked.append(maskKeepingLast(value, rule.keepLast()));
                case HASH -> {
                    if (pseudonyms == null) {
                        pseudonyms = key.get();
                    }
                    masked.append(pseudonyms.pseudonym(found.type(), value));
                }
                case KEEP -> masked.append(value);
            }
            copied = found.end();
            counts.merge(found.type(), 1, Integer::sum);
        }
        masked.append(text, copied, text.length());
        return new MaskResult(masked.toString(), analysis.findings(), policy.version(), counts);
    }

    static Analysis analysis(String text, PiiPolicy policy) {
        List<Candidate> candidates = new ArrayList<>();
        for (Detector detector : policy.detectors()) {
            List<Candidate> found = new ArrayList<>();
            detector.detect(text, found);
            double minScore = policy.rules().get(detector.type()).minScore();
            for (Candidate candidate : found) {
                if (candidate.score() >= minScore && !policy.allowed(text.substring(candidate.start(), candidate.end()))) {
                    candidates.add(candidate);
                }
            }
        }
        List<Candidate> kept = Overlaps.resolve(candidates);
        CodePoints offsets = CodePoints.of(text);
        List<Finding> findings = new ArrayList<>(kept.size());
        for (Candidate candidate : kept) {
            findings.add(new Finding(candidate.type(), offsets.at(candidate.start()), offsets.at(candidate.end()),
                    Math.round(candidate.score() * 100) / 100.0));
        }
        return new Analysis(text, kept, findings, policy.version());
    }

    /** Every code point but the last {@code keep} becomes {@code *}; nothing stays if the value is not longer. */
    static String maskKeepingLast(String value, int keep) {
        int length = value.codePointCount(0, value.length());
        if (length <= keep) {
            return "*".repeat(length);
        }
        int keptFrom = value.offsetByCodePoints(0, length - keep);
        return "*".repeat(length - keep) + value.substring(keptFrom);
    }
}
