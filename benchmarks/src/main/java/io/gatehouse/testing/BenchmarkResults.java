package io.gatehouse.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import org.openjdk.jmh.results.RunResult;

/**
 * What the benchmark runners share: finding one benchmark's result, and writing the report under
 * target/benchmarks.
 */
public final class BenchmarkResults {

    private BenchmarkResults() {}

    /** The result of the benchmark method named {@code method}. */
    public static RunResult resultOf(Collection<RunResult> results, String method) {
        return results.stream()
                .filter(result -> result.getParams().getBenchmark().endsWith("." + method))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no result for " + method));
    }

    /** Prints the report and writes it to {@code target/benchmarks/<fileName>}. */
    public static void publish(String fileName, CharSequence report) throws IOException {
        Path out = Path.of("target", "benchmarks", fileName);
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
        System.out.println("written to " + out);
    }
}
