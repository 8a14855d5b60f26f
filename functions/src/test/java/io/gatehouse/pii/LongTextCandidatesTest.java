package io.gatehouse.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Shared out over regions and threads, the analysis finds exactly what one thread finds over the
 * whole text.
 */
class LongTextCandidatesTest {

    /** Cue on one line, value on the next: with one line per region, each pair spans an edge. */
    private static final String ACROSS_LINES =
            """
            MRN:
            00482913
            Patient phone
            (555) 010-2334
            Date of birth:
            03/04/1987
            Age:
            45
            Card number
            4111 1111 1111 1111
            Account no.
            12345678
            Health plan ID
            XYZ123456789
            Driver's licence
            D1234567
            VIN
            1HGCM82633A004352
            Serial number
            SN-4G7Y-22K9
            NHS number
            943 476 5919
            e-mail
            jane.doe@example.com
            see https://example.org/path?q=1 and 10.0.0.1
            SSN
            123-45-6789
            """;

    private static String longNote;
    private static String mixed;

    @BeforeAll
    static void texts() {
        longNote = BenchmarkTexts.longNote(BenchmarkTexts.documents());
        StringBuilder text = new StringBuilder();
        String[] lines = longNote.substring(0, 10_000).split("\n");
        for (int i = 0; i < lines.length; i++) {
            text.append(lines[i]).append('\n');
            if (i % 3 == 0) {
                text.append(ACROSS_LINES);
            }
        }
        mixed = text.toString();
    }

    @Test
    void eachRegionalDetectorFindsRegionByRegionWhatItFindsInTheWholeText() {
        TextIndex index = TextIndex.of(mixed);
        int regions = TextRegions.of(mixed, 1, LongTextCandidates.MARGIN).size();
        assertThat(regions)
                .isGreaterThan(500); // every line is a region: every cue/value pair an edge
        int found = 0;
        for (String type : LongTextCandidates.REGIONAL) {
            Detector detector = BuiltInDetectors.of(EntityType.valueOf(type));
            List<Candidate> whole = new ArrayList<>();
            detector.detect(index, whole);
            List<Candidate> shared =
                    LongTextCandidates.of(index, List.of(detector), 1, LongTextCandidates.MARGIN)
                            .get(0);
            assertThat(sorted(shared)).as(type).isEqualTo(sorted(whole));
            found += whole.size();
        }
        assertThat(found).isGreaterThan(500);
    }

    @Test
    void theOtherDetectorsRunOverTheWholeTextBesideTheRegions() {
        PiiPolicy policy = PiiPolicy.defaultPolicy();
        TextIndex index = TextIndex.of(mixed);
        List<List<Candidate>> shared =
                LongTextCandidates.of(index, policy.detectors(), 1, LongTextCandidates.MARGIN);
        assertThat(shared).hasSameSizeAs(policy.detectors());
        for (int d = 0; d < shared.size(); d++) {
            List<Candidate> whole = new ArrayList<>();
            policy.detectors().get(d).detect(index, whole);
            assertThat(sorted(shared.get(d)))
                    .as(policy.detectors().get(d).type())
                    .isEqualTo(sorted(whole));
        }
    }

    @Test
    void theEngineSharingOutALongNoteReportsAndMasksWhatOneThreadDoes() {
        PiiPolicy policy = PiiPolicy.defaultPolicy();
        // the note on one line: one region, so every detector is a whole-text task of its own
        for (String text : List.of(longNote, longNote.replace('\n', ' '), mixed)) {
            MaskResult oneThread = PiiEngine.mask(text, policy, () -> null, false);
            // warmed up by the analysis just made, the engine shares out a long text
            assertThat(LongTextCandidates.worthSharing(text) || AnalysisPool.HELPERS == 0).isTrue();
            MaskResult shared = PiiEngine.mask(text, policy, () -> null, true);
            assertThat(oneThread.findings()).hasSizeGreaterThan(400);
            assertThat(shared.findings()).isEqualTo(oneThread.findings());
            assertThat(shared.masked()).isEqualTo(oneThread.masked());
        }
    }

    /**
     * A detector that looks back across lines: each digit is found when "code" was written within
     * the 60 characters before it.
     */
    private static final Detector LOOKS_BACK =
            new Detector() {
                @Override
                public String type() {
                    return "TEST";
                }

                @Override
                public void detect(String text, List<Candidate> out) {
                    for (int i = 0; i < text.length(); i++) {
                        if (Character.isDigit(text.charAt(i))
                                && text.substring(Math.max(0, i - 60), i).contains("code")) {
                            out.add(new Candidate("TEST", i, i + 1, 1.0));
                        }
                    }
                }
            };

    @Test
    void aMarginAsWideAsADetectorLooksKeepsItsFindingsAndANarrowerOneLosesThem() {
        String text = "code\nnothing here\n7 and 8\nplain\n9\n".repeat(50);
        TextIndex index = TextIndex.of(text);
        List<Candidate> whole = new ArrayList<>();
        LOOKS_BACK.detect(index, whole);
        List<Candidate> wideEnough =
                LongTextCandidates.of(index, List.of(LOOKS_BACK), 1, 64, d -> true).get(0);
        List<Candidate> tooNarrow =
                LongTextCandidates.of(index, List.of(LOOKS_BACK), 1, 0, d -> true).get(0);
        assertThat(whole).hasSize(150);
        assertThat(sorted(wideEnough)).isEqualTo(sorted(whole));
        assertThat(tooNarrow).isEmpty(); // no line holds both the cue and a digit
    }

    private static List<Candidate> sorted(List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(
                Comparator.comparingInt(Candidate::start)
                        .thenComparingInt(Candidate::end)
                        .thenComparing(Candidate::type)
                        .thenComparingDouble(Candidate::score));
        return sorted;
    }
}
