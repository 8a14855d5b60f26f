package io.gatehouse.pii;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Detection and masking, one engine for the API and the command line. Detectors of the policy's
 * enabled types run over the text; findings under their type's minimum score or on the allow-list
 * are dropped; every other occurrence of a value found is found too ({@link Propagation}); overlaps
 * are resolved ({@link Overlaps}); offsets are reported in code points ({@link Finding}). Stateless
 * and thread-safe. A long text's detectors run on the calling thread and a few shared helper
 * threads ({@link LongTextCandidates}, {@link AnalysisPool}), with the same findings as on one.
 */
public final class PiiEngine {

    private PiiEngine() {}

    /**
     * Distinct found values carried to their other occurrences; a bound, so propagation stays
     * linear.
     */
    static final int MAX_PROPAGATED_VALUES = 64;

    /** The findings a policy reports in a text, ordered by start. */
    public static List<Finding> analyze(String text, PiiPolicy policy) {
        return analyses(List.of(text), policy).get(0).findings();
    }

    /**
     * The text masked by the policy. {@code key} is asked for only when a finding's operator is
     * {@code hash}, so a policy without it needs no key.
     */
    public static MaskResult mask(String text, PiiPolicy policy, Supplier<PseudonymKey> key) {
        return maskTogether(List.of(text), policy, key).get(0);
    }

    /**
     * The same, on the calling thread alone when {@code mayShare} is false: what one core does (the
     * benchmark's per-core figure, and the reference the shared analysis is checked against).
     */
    static MaskResult mask(
            String text, PiiPolicy policy, Supplier<PseudonymKey> key, boolean mayShare) {
        return maskTogether(List.of(text), policy, key, mayShare).get(0);
    }

    /**
     * Masks several texts of one request together (a reasoning request's text and purpose): a value
     * found in one of them is masked wherever it occurs in any of them, so a name recognised in
     * "Patient Thaddeus Okonkwo" is masked in "complaint of Thaddeus Okonkwo" too.
     */
    public static List<MaskResult> maskTogether(
            List<String> texts, PiiPolicy policy, Supplier<PseudonymKey> key) {
        return maskTogether(texts, policy, key, true);
    }

    private static List<MaskResult> maskTogether(
            List<String> texts, PiiPolicy policy, Supplier<PseudonymKey> key, boolean mayShare) {
        List<Analysis> analyses = analyses(texts, policy, mayShare);
        PseudonymKey[] pseudonyms = new PseudonymKey[1];
        List<MaskResult> results = new ArrayList<>(texts.size());
        for (Analysis analysis : analyses) {
            results.add(
                    masked(
                            analysis,
                            policy,
                            () -> {
                                if (pseudonyms[0] == null) {
                                    pseudonyms[0] = key.get();
                                }
                                return pseudonyms[0];
                            }));
        }
        return results;
    }

    private static MaskResult masked(
            Analysis analysis, PiiPolicy policy, Supplier<PseudonymKey> key) {
        String text = analysis.text();
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
                case HASH -> masked.append(key.get().pseudonym(found.type(), value));
                case GENERALIZE -> masked.append(SafeHarbor.generalize(found.type(), value));
                case KEEP -> masked.append(value);
            }
            copied = found.end();
            counts.merge(found.type(), 1, Integer::sum);
        }
        masked.append(text, copied, text.length());
        return new MaskResult(masked.toString(), analysis.findings(), policy.version(), counts);
    }

    static List<Analysis> analyses(List<String> texts, PiiPolicy policy) {
        return analyses(texts, policy, true);
    }

    /**
     * @param mayShare whether a long text's detectors may run on the {@link AnalysisPool} beside
     *     the calling thread ({@link LongTextCandidates}); the findings are the same either way
     */
    static List<Analysis> analyses(List<String> texts, PiiPolicy policy, boolean mayShare) {
        List<List<Candidate>> candidates = new ArrayList<>(texts.size());
        List<TextIndex> indexes = new ArrayList<>(texts.size());
        Map<String, Candidate> foundValues = new LinkedHashMap<>();
        List<Candidate> firstResolution = List.of();
        for (String text : texts) {
            TextIndex index = TextIndex.of(text);
            indexes.add(index);
            List<Candidate> own = candidates(index, policy, mayShare);
            candidates.add(own);
            firstResolution = Overlaps.resolve(own);
            for (Candidate kept : firstResolution) {
                remember(foundValues, text, kept);
            }
        }
        List<Analysis> analyses = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            List<Candidate> propagated =
                    Propagation.occurrences(indexes.get(i), foundValues, policy, candidates.get(i));
            List<Candidate> kept;
            if (propagated.isEmpty() && texts.size() == 1) {
                kept = firstResolution;
            } else {
                List<Candidate> all = new ArrayList<>(candidates.get(i));
                all.addAll(propagated);
                kept = Overlaps.resolve(all);
            }
            analyses.add(analysis(text, kept, policy));
        }
        return analyses;
    }

    /**
     * Values found, by text: each PERSON's words of four letters or more count on their own too.
     */
    private static void remember(Map<String, Candidate> values, String text, Candidate found) {
        if (values.size() >= MAX_PROPAGATED_VALUES) {
            return;
        }
        String value = text.substring(found.start(), found.end());
        if (shortNumber(value)) {
            return; // an age "45" or a year "1985" found once says nothing about "45 mg" or "page
            // 1985"
        }
        values.putIfAbsent(value, found);
        if (found.type().equals(EntityType.PERSON.name())) {
            for (String part : value.split("[ ,.]+")) {
                if (part.length() >= 4
                        && !NameLexicon.notName(part)
                        && values.size() < MAX_PROPAGATED_VALUES) {
                    values.putIfAbsent(part, found);
                }
            }
        }
    }

    private static boolean shortNumber(String value) {
        return value.length() < 5 && Chars.digitCount(value, 0, value.length()) == value.length();
    }

    private static List<Candidate> candidates(TextIndex index, PiiPolicy policy, boolean mayShare) {
        List<Detector> detectors = policy.detectors();
        List<Candidate> candidates = new ArrayList<>();
        if (mayShare && LongTextCandidates.worthSharing(index.text())) {
            List<List<Candidate>> found = LongTextCandidates.of(index, detectors);
            for (int d = 0; d < detectors.size(); d++) {
                accept(index.text(), policy, detectors.get(d), found.get(d), candidates);
            }
            return candidates;
        }
        List<Candidate> found = new ArrayList<>();
        for (Detector detector : detectors) {
            found.clear();
            detector.detect(index, found);
            accept(index.text(), policy, detector, found, candidates);
        }
        LongTextCandidates.warmedUp();
        return candidates;
    }

    /** Adds the detector's candidates that reach their type's minimum score and are not allowed. */
    private static void accept(
            String text,
            PiiPolicy policy,
            Detector detector,
            List<Candidate> found,
            List<Candidate> candidates) {
        double minScore = policy.rules().get(detector.type()).minScore();
        for (Candidate candidate : found) {
            if (candidate.score() >= minScore
                    && (policy.allowList().isEmpty()
                            || !policy.allowed(
                                    text.substring(candidate.start(), candidate.end())))) {
                candidates.add(candidate);
            }
        }
    }

    private static Analysis analysis(String text, List<Candidate> kept, PiiPolicy policy) {
        CodePoints offsets = CodePoints.of(text);
        List<Finding> findings = new ArrayList<>(kept.size());
        for (Candidate candidate : kept) {
            findings.add(
                    new Finding(
                            candidate.type(),
                            offsets.at(candidate.start()),
                            offsets.at(candidate.end()),
                            Math.round(candidate.score() * 100) / 100.0));
        }
        return new Analysis(text, kept, findings, policy.version());
    }

    /**
     * Every code point but the last {@code keep} becomes {@code *}; nothing stays if the value is
     * not longer.
     */
    static String maskKeepingLast(String value, int keep) {
        int length = value.codePointCount(0, value.length());
        if (length <= keep) {
            return "*".repeat(length);
        }
        int keptFrom = value.offsetByCodePoints(0, length - keep);
        return "*".repeat(length - keep) + value.substring(keptFrom);
    }
}
