package io.gatehouse.pii;

import io.gatehouse.pii.eval.CorpusGenerator;
import io.gatehouse.pii.eval.LabelledText;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The generated texts that the PII benchmark measures (benchmarks module) and that the long-text
 * tests cut into regions: kept here, in the function app's test fixtures, so both read the same
 * text. Generated from the detectors' own lists, so it is a speed and regression text only, never
 * an accuracy measure.
 */
final class BenchmarkTexts {

    /** The generator's seed, fixed so every run measures the same text. */
    static final long SEED = 424242L;

    private BenchmarkTexts() {}

    /** 2,000 generated clinical/CRM documents. */
    static List<String> documents() {
        return new CorpusGenerator(SEED).generate(2_000).stream().map(LabelledText::text).toList();
    }

    /**
     * The documents joined into one note of up to the API's limit per request, cut at a line end.
     */
    static String longNote(List<String> documents) {
        String joined = documents.stream().collect(Collectors.joining("\n"));
        int end = Math.min(joined.length(), PolicyLimits.MAX_TEXT_CHARS);
        return joined.substring(0, joined.lastIndexOf('\n', end));
    }
}
