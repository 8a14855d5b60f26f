package io.gatehouse.pii;

import io.gatehouse.testing.BenchmarkResults;
import java.io.IOException;
import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link PiiMaskingBenchmark} (one fork, one thread) and writes a Markdown table of MB/s per
 * core for Gatehouse and the naive baseline, and their ratio, to {@code target/benchmarks/}.
 */
public final class PiiMaskingBenchmarkRun {

    static final long SEED = 424242L;

    public static void main(String[] args) throws RunnerException, IOException {
        String text = PiiMaskingBenchmark.text();
        int bytes = PiiMaskingBenchmark.utf8Bytes(text);
        Options options = new OptionsBuilder()
                .include(PiiMaskingBenchmark.class.getName())
                .forks(1)
                .threads(1)
                .warmupIterations(6)
                .warmupTime(TimeValue.seconds(3))
                .measurementIterations(6)
                .measurementTime(TimeValue.seconds(3))
                .build();
        Collection<RunResult> results = new Runner(options).run();
        RunResult baseline = BenchmarkResults.resultOf(results, "baselineNaiveRegex");
        RunResult gatehouse = BenchmarkResults.resultOf(results, "gatehouseEngine");
        double baselineMbs = baseline.getPrimaryResult().getScore() * bytes / 1e6;
        double gatehouseMbs = gatehouse.getPrimaryResult().getScore() * bytes / 1e6;
        String report = String.format(Locale.ROOT, """
                Text: %,d characters, %,d bytes UTF-8 (generated clinical/CRM notes, seed %d); default policy; 1 thread.

                | variant | ops/s | ± (99.9%%) | MB/s per core |
                |---|---|---|---|
                | baseline: one java.util.regex per type, applied in turn | %.1f | %.1f | %.1f |
                | Gatehouse: hand-written scanners, one engine pass | %.1f | %.1f | %.1f |

                Gatehouse / baseline: %.1f×
                """, text.length(), bytes, SEED,
                baseline.getPrimaryResult().getScore(), baseline.getPrimaryResult().getScoreError(), baselineMbs,
                gatehouse.getPrimaryResult().getScore(), gatehouse.getPrimaryResult().getScoreError(), gatehouseMbs,
                gatehouseMbs / baselineMbs);
        BenchmarkResults.publish("pii-masking.md", report);
    }
}
