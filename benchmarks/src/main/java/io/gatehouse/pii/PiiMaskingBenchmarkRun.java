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
 * Runs {@link PiiMaskingBenchmark} (one fork, one JMH thread) and writes a Markdown report to
 * {@code target/benchmarks/}: MB/s on long notes on one core and with the engine's helper threads,
 * and the median µs per sentence, for Gatehouse and the naive baseline and their ratios, and the
 * heap the loaded engine holds.
 */
public final class PiiMaskingBenchmarkRun {

    public static void main(String[] args) throws RunnerException, IOException {
        // first, before anything loads the detectors' lexicons and model
        long engineHeap = loadedEngineHeap();
        List<String> documents = BenchmarkTexts.documents();
        String text = BenchmarkTexts.longNote(documents);
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
        double baselineMbs = mbPerSecond(results, "longNoteBaselineNaiveRegex", bytes);
        double gatehouseMbs = mbPerSecond(results, "longNoteGatehouse", bytes);
        double sharedBaselineMbs = mbPerSecond(results, "longNoteBaselineNaiveRegexShared", bytes);
        double sharedGatehouseMbs = mbPerSecond(results, "longNoteGatehouseShared", bytes);
        double baselineMedian =
                median(BenchmarkResults.resultOf(results, "sentenceBaselineNaiveRegex"));
        double gatehouseMedian = median(BenchmarkResults.resultOf(results, "sentenceGatehouse"));
        double meanSentence = sentences.stream().mapToInt(String::length).average().orElse(0);
        int threads = AnalysisPool.HELPERS + 1;
        String report =
                String.format(
                        Locale.ROOT,
                        """
                Default policy (every built-in detector on); JMH 1 thread; Java %s; %d cores.
                Long note: %,d characters, %,d bytes UTF-8 (generated clinical/CRM notes, seed %d).
                Sentences: %d of 90–130 characters (mean %.0f), cut from the same notes.

                | variant | long note, MB/s on 1 core | long note, MB/s on up to %d threads | sentence, median µs |
                |---|---|---|---|
                | baseline: one java.util.regex per type, applied in turn (7 types) | %.1f | %.1f | %.2f |
                | Gatehouse: every detector, one engine pass (%d types) | %.1f | %.1f | %.2f |

                Up to %d threads: the calling thread and the engine's %d helper(s); the baseline's note cut
                in %d parts masked side by side on the same pool.
                Gatehouse / baseline: %.2f× the throughput on 1 core, %.2f× on up to %d threads,
                %.2f× the median time per sentence.
                Heap held by the loaded engine (lexicons, model, detectors), measured before the run: %.1f MB.
                """,
                        Runtime.version(),
                        Runtime.getRuntime().availableProcessors(),
                        text.length(),
                        bytes,
                        BenchmarkTexts.SEED,
                        sentences.size(),
                        meanSentence,
                        threads,
                        baselineMbs,
                        sharedBaselineMbs,
                        baselineMedian,
                        EntityType.values().length,
                        gatehouseMbs,
                        sharedGatehouseMbs,
                        gatehouseMedian,
                        threads,
                        AnalysisPool.HELPERS,
                        PiiMaskingBenchmark.parts(text, threads).length,
                        gatehouseMbs / baselineMbs,
                        sharedGatehouseMbs / sharedBaselineMbs,
                        threads,
                        gatehouseMedian / baselineMedian,
                        engineHeap / 1e6);
        BenchmarkResults.publish("pii-masking.md", report);
    }

    private static double mbPerSecond(Collection<RunResult> results, String benchmark, int bytes) {
        return BenchmarkResults.resultOf(results, benchmark).getPrimaryResult().getScore()
                * bytes
                / 1e6;
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
