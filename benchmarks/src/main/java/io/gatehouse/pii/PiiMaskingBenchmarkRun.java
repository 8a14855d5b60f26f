package io.gatehouse.pii;

import io.gatehouse.testing.BenchmarkResults;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link PiiMaskingBenchmark} (one fork, one thread) and writes a Markdown report to {@code
 * target/benchmarks/}: MB/s per core on long notes and the median µs per sentence, for Gatehouse
 * and the naive baseline and their ratios, and the heap the loaded engine holds.
 */
public final class PiiMaskingBenchmarkRun {

    static final long SEED = 424242L;

    public static void main(String[] args) throws RunnerException, IOException {
        // first, before anything loads the detectors' lexicons and model
        long engineHeap = loadedEngineHeap();
        List<String> documents = PiiMaskingBenchmark.documents();
        String text = PiiMaskingBenchmark.longNote(documents);
        List<String> sentences = PiiMaskingBenchmark.sentences(documents);
        int bytes = PiiMaskingBenchmark.utf8Bytes(text);
        Options options =
                new OptionsBuilder()
                        .include(PiiMaskingBenchmark.class.getName())
                        .forks(1)
                        .threads(1)
                        .warmupIterations(4)
                        .warmupTime(TimeValue.seconds(3))
                        .measurementIterations(5)
                        .measurementTime(TimeValue.seconds(3))
                        .build();
        Collection<RunResult> results = new Runner(options).run();
        double baselineMbs =
                BenchmarkResults.resultOf(results, "longNoteBaselineNaiveRegex")
                                .getPrimaryResult()
                                .getScore()
                        * bytes
                        / 1e6;
        double gatehouseMbs =
                BenchmarkResults.resultOf(results, "longNoteGatehouse")
                                .getPrimaryResult()
                                .getScore()
                        * bytes
                        / 1e6;
        double baselineMedian =
                median(BenchmarkResults.resultOf(results, "sentenceBaselineNaiveRegex"));
        double gatehouseMedian = median(BenchmarkResults.resultOf(results, "sentenceGatehouse"));
        double meanSentence = sentences.stream().mapToInt(String::length).average().orElse(0);
        String report =
                String.format(
                        Locale.ROOT,
                        """
                Default policy (every built-in detector on); 1 thread; Java %s.
                Long note: %,d characters, %,d bytes UTF-8 (generated clinical/CRM notes, seed %d).
                Sentences: %d of 90–130 characters (mean %.0f), cut from the same notes.

                | variant | long note, MB/s per core | sentence, median µs |
                |---|---|---|
                | baseline: one java.util.regex per type, applied in turn (7 types) | %.1f | %.2f |
                | Gatehouse: every detector, one engine pass (%d types) | %.1f | %.2f |

                Gatehouse / baseline: %.2f× the throughput, %.2f× the median time per sentence.
                Heap held by the loaded engine (lexicons, model, detectors), measured before the run: %.1f MB.
                """,
                        Runtime.version(),
                        text.length(),
                        bytes,
                        SEED,
                        sentences.size(),
                        meanSentence,
                        baselineMbs,
                        baselineMedian,
                        EntityType.values().length,
                        gatehouseMbs,
                        gatehouseMedian,
                        gatehouseMbs / baselineMbs,
                        gatehouseMedian / baselineMedian,
                        engineHeap / 1e6);
        BenchmarkResults.publish("pii-masking.md", report);
    }

    private static double median(RunResult result) {
        return result.getPrimaryResult().getStatistics().getPercentile(50);
    }

    /** Used heap after a full collection, before and after the engine first masks a text. */
    private static long loadedEngineHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = settledHeap(memory);
        PiiEngine.mask(
                "Warm-up: Ada Lovelace, 10 Downing Street, London, 03/04/1987, +44 20 7946 0000.",
                PiiPolicy.defaultPolicy(),
                () -> null);
        return settledHeap(memory) - before;
    }

    private static long settledHeap(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
