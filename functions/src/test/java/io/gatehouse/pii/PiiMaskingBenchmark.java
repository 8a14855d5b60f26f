package io.gatehouse.pii;

import io.gatehouse.pii.eval.CorpusGenerator;
import io.gatehouse.pii.eval.LabelledText;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Masking throughput on mixed clinical/CRM-like text (the evaluation corpus's documents joined
 * into one text of about 100,000 characters, the API's limit per request) with the default
 * policy, one thread: Gatehouse's engine against {@link NaiveRegexMasker}, measured in the same
 * run. {@link PiiMaskingBenchmarkRun} turns operations per second into MB/s per core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PiiMaskingBenchmark {

    static final int TARGET_CHARS = PolicyLimits.MAX_TEXT_CHARS;

    String text;
    PiiPolicy policy;

    @Setup
    public void prepare() {
        text = text();
        policy = PiiPolicy.defaultPolicy();
    }

    static String text() {
        List<LabelledText> docs = new CorpusGenerator(PiiMaskingBenchmarkRun.SEED).generate(2_000);
        String joined = docs.stream().map(LabelledText::text).collect(Collectors.joining("\n"));
        int end = Math.min(joined.length(), TARGET_CHARS);
        return joined.substring(0, joined.lastIndexOf('\n', end));
    }

    static int utf8Bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    @Benchmark
    public String baselineNaiveRegex() {
        return NaiveRegexMasker.mask(text);
    }

    @Benchmark
    public MaskResult gatehouseEngine() {
        return PiiEngine.mask(text, policy, () -> null);
    }
}
