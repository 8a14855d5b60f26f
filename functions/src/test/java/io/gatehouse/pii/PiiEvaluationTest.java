package io.gatehouse.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gatehouse.pii.eval.CorpusDocument;
import io.gatehouse.pii.eval.CorpusGenerator;
import io.gatehouse.pii.eval.CorpusReader;
import io.gatehouse.pii.eval.Counts;
import io.gatehouse.pii.eval.Evaluation;
import io.gatehouse.pii.eval.PiiEvaluationCommand;
import io.gatehouse.pii.eval.ReportPrinter;
import io.gatehouse.pii.eval.Span;
import io.gatehouse.pii.eval.TypeMapping;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The PII quality gates.
 *
 * <p>{@link #theIndependentCorpusIsEvaluated}: the committed independent corpus ({@value
 * PiiEvaluationCommand#DEFAULT_CORPUS}/*.jsonl), written apart from the detectors' own lists,
 * evaluated with the default policy — the honest measure. It prints the report, checks every type
 * the corpus labels is detected at all, and holds the floors of {@link #MIN_SPAN_RECALL}, {@link
 * #MIN_SPAN_PRECISION} and {@link #MIN_OVERALL_F2}. Skipped while the corpus is not committed.
 *
 * <p>{@link #structuredTypesDoNotRegressOnTheGeneratedCorpus}: the generated corpus comes from the
 * same lists and formats the detectors were written against, so it is a regression check for the
 * checksum types, not a measure of quality.
 */
class PiiEvaluationTest {

    /**
     * Floors under the figures measured on the independent corpus (docs/pii.md, "Evaluation"),
     * about 0.03 below them, for the types with at least 30 gold spans; fewer spans move too much
     * with one finding to make a fair floor. A change that lowers one fails the build.
     */
    static final Map<String, Double> MIN_SPAN_RECALL =
            Map.of(
                    "PERSON",
                    0.89,
                    "DATE_TIME",
                    0.89,
                    "PHONE_NUMBER",
                    0.96,
                    "STREET_ADDRESS",
                    0.89,
                    "LOCATION",
                    0.68,
                    "AGE",
                    0.72,
                    "EMAIL",
                    0.97,
                    "CREDIT_CARD",
                    0.97,
                    "IBAN",
                    0.97);

    static final Map<String, Double> MIN_SPAN_PRECISION =
            Map.of(
                    "PERSON",
                    0.84,
                    "DATE_TIME",
                    0.92,
                    "PHONE_NUMBER",
                    0.90,
                    "STREET_ADDRESS",
                    0.95,
                    "LOCATION",
                    0.64,
                    "AGE",
                    0.90,
                    "EMAIL",
                    0.97,
                    "CREDIT_CARD",
                    0.97,
                    "IBAN",
                    0.97);

    /** Overall span F2 over every type, and its type-agnostic form. */
    static final double MIN_OVERALL_F2 = 0.86;

    @Test
    void theIndependentCorpusIsEvaluated() {
        List<Path> files = PiiEvaluationCommand.committedCorpus();
        assumeTrue(
                !files.isEmpty(),
                "no committed independent corpus under " + PiiEvaluationCommand.DEFAULT_CORPUS);
        CorpusReader reader = new CorpusReader();
        List<CorpusDocument> corpus = new ArrayList<>();
        files.forEach(file -> corpus.addAll(reader.read(file)));
        PiiPolicy policy = PiiPolicy.defaultPolicy();
        Evaluation evaluation =
                Evaluation.run(
                        corpus,
                        TypeMapping.identity(),
                        Evaluation.gatehouseTypes(policy),
                        null,
                        Evaluation.engine(policy),
                        0);
        String report = ReportPrinter.report(evaluation, 0);
        System.out.println("PII evaluation on the independent corpus " + files + "\n" + report);

        assertThat(corpus).isNotEmpty();
        assertThat(evaluation.types()).as("the corpus labels Gatehouse types").isNotEmpty();
        for (String type : evaluation.types()) {
            Counts counts = evaluation.spans().counts(type);
            assertThat(report)
                    .contains(
                            "| "
                                    + type
                                    + " | "
                                    + counts.gold()
                                    + " | "
                                    + counts.predicted()
                                    + " | ");
            assertThat(counts.recall()).as("%s is detected at all", type).isGreaterThan(0.0);
            if (MIN_SPAN_RECALL.containsKey(type)) {
                assertThat(counts.recall())
                        .as("%s span recall", type)
                        .isGreaterThanOrEqualTo(MIN_SPAN_RECALL.get(type));
            }
            if (MIN_SPAN_PRECISION.containsKey(type)) {
                assertThat(counts.precision())
                        .as("%s span precision", type)
                        .isGreaterThanOrEqualTo(MIN_SPAN_PRECISION.get(type));
            }
        }
        assertThat(report)
                .contains(
                        "| overall (micro) |",
                        "| any PII (type-agnostic) |",
                        "Token level",
                        "Type confusion");
        assertThat(evaluation.spans().overall().f2())
                .as("overall span F2")
                .isGreaterThanOrEqualTo(MIN_OVERALL_F2);
    }

    @Test
    void structuredTypesDoNotRegressOnTheGeneratedCorpus() {
        List<CorpusDocument> corpus = new ArrayList<>();
        var generated = new CorpusGenerator(20261122L).generate(2_000);
        for (int i = 0; i < generated.size(); i++) {
            var doc = generated.get(i);
            corpus.add(
                    new CorpusDocument(
                            "generated document " + (i + 1),
                            doc.text(),
                            doc.labels().stream()
                                    .map(l -> new Span(l.type(), l.start(), l.end()))
                                    .toList()));
        }
        PiiPolicy policy = PiiPolicy.defaultPolicy();
        List<String> structured = List.of("EMAIL", "CREDIT_CARD", "US_SSN", "IBAN", "IP_ADDRESS");
        Evaluation evaluation =
                Evaluation.run(
                        corpus,
                        TypeMapping.identity(),
                        Evaluation.gatehouseTypes(policy),
                        structured,
                        Evaluation.engine(policy),
                        0);
        for (String type : structured) {
            Counts spans = evaluation.spans().counts(type);
            Counts tokens = evaluation.tokens().counts(type);
            assertThat(spans.gold()).as("the corpus holds %s", type).isGreaterThan(300);
            assertThat(spans.recall()).as("%s span recall", type).isGreaterThanOrEqualTo(0.98);
            assertThat(spans.precision())
                    .as("%s span precision", type)
                    .isGreaterThanOrEqualTo(0.95);
            // token level catches a span found with the wrong boundaries, which span overlap
            // forgives
            assertThat(tokens.recall()).as("%s token recall", type).isGreaterThanOrEqualTo(0.98);
            assertThat(tokens.precision())
                    .as("%s token precision", type)
                    .isGreaterThanOrEqualTo(0.95);
        }
    }
}
