package io.gatehouse.pii;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Masking speed with the default policy (every built-in detector on), Gatehouse's engine against
 * {@link NaiveRegexMasker} measured in the same run:
 *
 * <ul>
 *   <li>long notes: the generated clinical/CRM documents joined into one text of about 100,000
 *       characters (the API's limit per request), as throughput; {@link PiiMaskingBenchmarkRun}
 *       turns it into MB/s: on one core, and shared with the engine's helper threads ({@link
 *       AnalysisPool}), each against the baseline given the same threads;
 *   <li>sentences: one sentence of about 100 characters per operation, cycling through a fixed set,
 *       sampled so the run can report the median time per sentence.
 * </ul>
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PiiMaskingBenchmark {

    static final int SENTENCES = 1_000;

    String text;

    /** The long note cut at line starts into one part per thread the engine may use. */
    String[] textParts;

    String[] sentences;
    int next;
    PiiPolicy policy;

    @Setup
    public void prepare() {
        List<String> documents = BenchmarkTexts.documents();
        text = BenchmarkTexts.longNote(documents);
        textParts = parts(text, AnalysisPool.HELPERS + 1);
        sentences = sentences(documents).toArray(String[]::new);
        policy = PiiPolicy.defaultPolicy();
    }

    /**
     * Texts of 90 to 130 characters (about 100 on average): the documents' sentences, a short one
     * joined with the next as a writer would, cut at full stops.
     */
    static List<String> sentences(List<String> documents) {
        List<String> found = new ArrayList<>(SENTENCES);
        for (String document : documents) {
            StringBuilder sentence = new StringBuilder();
            for (String part : document.split("(?<=[.!?])\\s+")) {
                sentence.append(sentence.isEmpty() ? "" : " ").append(part);
                if (sentence.length() >= 90) {
                    if (sentence.length() <= 130 && found.size() < SENTENCES) {
                        found.add(sentence.toString());
                    }
                    sentence.setLength(0);
                }
            }
        }
        return found;
    }

    static String[] parts(String text, int count) {
        return TextRegions.of(text, text.length() / count + 1, 0).stream()
                .map(region -> text.substring(region.start(), region.end()))
                .toArray(String[]::new);
    }

    static int utf8Bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private String nextSentence() {
        String sentence = sentences[next];
        next = next + 1 == sentences.length ? 0 : next + 1;
        return sentence;
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    public String longNoteBaselineNaiveRegex() {
        return NaiveRegexMasker.mask(text);
    }

    /**
     * The baseline given the same threads as the engine: each part of the note masked on its own,
     * side by side on the engine's pool.
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    public String[] longNoteBaselineNaiveRegexShared() {
        String[] masked = new String[textParts.length];
        List<Runnable> tasks = new ArrayList<>(textParts.length);
        for (int i = 0; i < textParts.length; i++) {
            int part = i;
            tasks.add(() -> masked[part] = NaiveRegexMasker.mask(textParts[part]));
        }
        AnalysisPool.runAll(tasks);
        return masked;
    }

    /** One core: the engine kept to the calling thread. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    public MaskResult longNoteGatehouse() {
        return PiiEngine.mask(text, policy, () -> null, false);
    }

    /** As the API runs it: a long note's detectors shared with the engine's helper threads. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    public MaskResult longNoteGatehouseShared() {
        return PiiEngine.mask(text, policy, () -> null);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public String sentenceBaselineNaiveRegex() {
        return NaiveRegexMasker.mask(nextSentence());
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public MaskResult sentenceGatehouse() {
        return PiiEngine.mask(nextSentence(), policy, () -> null);
    }
}
