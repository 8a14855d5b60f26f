package io.gatehouse.security;

import io.gatehouse.testing.BenchmarkResults;
import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link TokenVerificationBenchmark} under two JIT settings — the JVM's default, and C1 only
 * ({@code -XX:TieredStopAtLevel=1}), a stand-in for a worker whose JIT is held back — and writes a
 * Markdown table of both variants and their ratio to {@code target/benchmarks/}.
 */
public final class TokenVerificationBenchmarkRun {

    public static void main(String[] args) throws RunnerException, IOException {
        Map<String, String[]> profiles = new LinkedHashMap<>();
        profiles.put("default JIT", new String[] {});
        profiles.put("C1 only (-XX:TieredStopAtLevel=1)", new String[] {"-XX:TieredStopAtLevel=1"});

        StringBuilder report =
                new StringBuilder()
                        .append(
                                "| JIT | baseline: verify every time (µs/op) | Gatehouse: verify once, then cache (µs/op) | speed-up |\n")
                        .append("|---|---|---|---|\n");
        for (var profile : profiles.entrySet()) {
            Options options =
                    new OptionsBuilder()
                            .include(TokenVerificationBenchmark.class.getName())
                            .forks(1)
                            .jvmArgsAppend(profile.getValue())
                            .warmupIterations(3)
                            .warmupTime(TimeValue.seconds(1))
                            .measurementIterations(5)
                            .measurementTime(TimeValue.seconds(1))
                            .build();
            Collection<RunResult> results = new Runner(options).run();
            double baseline = scoreOf(results, "baselineVerifyEveryTime");
            double cached = scoreOf(results, "gatehouseVerifyOnceThenCache");
            report.append(
                    String.format(
                            Locale.ROOT,
                            "| %s | %.2f | %.3f | %.0f× |%n",
                            profile.getKey(),
                            baseline,
                            cached,
                            baseline / cached));
        }
        BenchmarkResults.publish("token-verification.md", report);
    }

    private static double scoreOf(Collection<RunResult> results, String method) {
        return BenchmarkResults.resultOf(results, method).getPrimaryResult().getScore();
    }
}
