package io.gatehouse.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The detectors' candidates in a long text, found on several threads ({@link AnalysisPool}) with
 * the same result as one thread running every detector over the whole text. Detectors that look
 * only near what they find (the {@link #REGIONAL} types) run per {@link TextRegions region}, the
 * regions side by side; the others (PERSON, which weighs names against the rest of the document,
 * the place detectors, a tenant's patterns) run over the whole text, each as a task of its own,
 * beside the regions. What follows — minimum scores, overlaps, propagation, masking — runs once
 * over the merged candidates, in {@link PiiEngine}.
 */
final class LongTextCandidates {

    /** Below this, one thread is as quick: handing out the work would cost more than it saves. */
    static final int MIN_CHARS = 16_384;

    /** Regions of this size: a 100,000-character note gives eight, to share among the threads. */
    static final int REGION_CHARS = 12_500;

    /**
     * How far a regional detector may look around what it finds, at most: the widest window of
     * context words any of them reads is 40 characters ({@link ContextWords}, cue words within
     * {@link CuedIdentifier#MAX_GAP}), so this is more than ten times over. What a detector reads
     * as one value (an address, a number, a URL's path) ends at white space at the latest, and
     * windows end and begin at line breaks, so no value is cut short by a window's edge.
     */
    static final int MARGIN = 512;

    /**
     * The built-in types whose detectors decide on what lies within {@link #MARGIN} characters of a
     * candidate and carry nothing from one part of the text to another: each finds in a region's
     * window exactly what it finds there in the whole text. {@code LongTextCandidatesTest} checks
     * it for each, with regions small enough that most findings lie near an edge.
     */
    static final Set<String> REGIONAL =
            Set.of(
                    EntityType.EMAIL.name(),
                    EntityType.PHONE_NUMBER.name(),
                    EntityType.US_SSN.name(),
                    EntityType.CREDIT_CARD.name(),
                    EntityType.IBAN.name(),
                    EntityType.IP_ADDRESS.name(),
                    EntityType.DATE_TIME.name(),
                    EntityType.AGE.name(),
                    EntityType.MEDICAL_RECORD_NUMBER.name(),
                    EntityType.UK_NHS.name(),
                    EntityType.UK_NINO.name(),
                    EntityType.DE_TAX_ID.name(),
                    EntityType.FR_NIR.name(),
                    EntityType.ES_NIF.name(),
                    EntityType.IT_FISCAL_CODE.name(),
                    EntityType.NL_BSN.name(),
                    EntityType.ACCOUNT_NUMBER.name(),
                    EntityType.HEALTH_PLAN_NUMBER.name(),
                    EntityType.URL.name(),
                    EntityType.LICENSE_NUMBER.name(),
                    EntityType.VEHICLE_ID.name(),
                    EntityType.DEVICE_ID.name());

    private LongTextCandidates() {}

    /**
     * Set once the engine has analysed a text on one thread. By then the detectors' classes and
     * lexicons are initialised, so the helpers never initialise classes at the same time as the
     * caller (two threads entering a cycle of static initialisers from either end would wait for
     * each other for ever); until then, a long text is analysed on one thread too.
     */
    private static volatile boolean warmedUp;

    /** Called by the engine after it analysed a text on one thread. */
    static void warmedUp() {
        if (!warmedUp) {
            warmedUp = true;
        }
    }

    /** Whether a text is long enough to be shared out, and the engine ready to. */
    static boolean worthSharing(String text) {
        return warmedUp && AnalysisPool.HELPERS > 0 && text.length() >= MIN_CHARS;
    }

    /**
     * Each detector's candidates in the text, in the order of {@code detectors}, found with the
     * regions and margin of this class.
     */
    static List<List<Candidate>> of(TextIndex index, List<Detector> detectors) {
        return of(index, detectors, REGION_CHARS, MARGIN);
    }

    /**
     * As above with other regions and margin (tests cut small regions to put findings at edges).
     */
    static List<List<Candidate>> of(
            TextIndex index, List<Detector> detectors, int regionChars, int margin) {
        return of(index, detectors, regionChars, margin, LongTextCandidates::regional);
    }

    /** As above, with {@code regional} saying which detectors run per region. */
    static List<List<Candidate>> of(
            TextIndex index,
            List<Detector> detectors,
            int regionChars,
            int margin,
            Predicate<Detector> regionalOnes) {
        String text = index.text();
        List<TextRegions.Region> regions = TextRegions.of(text, regionChars, margin);
        boolean[] regional = new boolean[detectors.size()];
        List<Runnable> tasks = new ArrayList<>();
        List<List<Candidate>> whole = new ArrayList<>(detectors.size());
        for (int d = 0; d < detectors.size(); d++) {
            Detector detector = detectors.get(d);
            regional[d] = regions.size() > 1 && regionalOnes.test(detector);
            List<Candidate> found = new ArrayList<>();
            whole.add(found);
            if (!regional[d]) {
                tasks.add(() -> detector.detect(index, found));
            }
        }
        // the whole-text tasks (PERSON the longest) first, at the caller's end of the list, the
        // short region tasks after them, where the helpers take from
        List<List<List<Candidate>>> byRegion = new ArrayList<>(regions.size());
        // one line, or only a tenant's patterns: every detector is a whole-text task of its own
        boolean anyRegional = tasks.size() < detectors.size();
        for (TextRegions.Region region : anyRegional ? regions : List.<TextRegions.Region>of()) {
            List<List<Candidate>> found = new ArrayList<>(detectors.size());
            byRegion.add(found);
            tasks.add(() -> found.addAll(inRegion(text, region, detectors, regional)));
        }
        AnalysisPool.runAll(tasks);
        for (int d = 0; d < detectors.size(); d++) {
            if (regional[d]) {
                for (List<List<Candidate>> region : byRegion) {
                    whole.get(d).addAll(region.get(d));
                }
            }
        }
        return whole;
    }

    /** Only the built-in detectors of the listed types: a tenant's pattern may match anything. */
    private static boolean regional(Detector detector) {
        return REGIONAL.contains(detector.type())
                && BuiltInDetectors.of(EntityType.valueOf(detector.type())) == detector;
    }

    /**
     * Per detector, the candidates the regional ones find in the region's window and that start in
     * the region, in offsets of the whole text (empty for the others).
     */
    private static List<List<Candidate>> inRegion(
            String text, TextRegions.Region region, List<Detector> detectors, boolean[] regional) {
        int offset = region.windowStart();
        TextIndex window = TextIndex.of(text.substring(offset, region.windowEnd()));
        List<List<Candidate>> kept = new ArrayList<>(detectors.size());
        List<Candidate> found = new ArrayList<>();
        for (int d = 0; d < detectors.size(); d++) {
            List<Candidate> own = new ArrayList<>();
            kept.add(own);
            if (!regional[d]) {
                continue;
            }
            found.clear();
            detectors.get(d).detect(window, found);
            for (Candidate c : found) {
                if (region.owns(c.start() + offset)) {
                    own.add(
                            new Candidate(
                                    c.type(), c.start() + offset, c.end() + offset, c.score()));
                }
            }
        }
        return kept;
    }
}
