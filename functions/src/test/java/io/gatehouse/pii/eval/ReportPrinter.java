package io.gatehouse.pii.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Prints an {@link Evaluation} as Markdown tables (they paste into docs and pull requests as they
 * are).
 */
public final class ReportPrinter {

    static final String OVERALL = "overall (micro)";
    static final String ANY = "any PII (type-agnostic)";

    private ReportPrinter() {}

    public static String report(Evaluation evaluation, int details) {
        StringBuilder out = new StringBuilder();
        notes(out, evaluation);
        spanTable(out, evaluation.spans());
        tokenTable(out, evaluation.tokens());
        confusion(out, evaluation);
        if (details > 0) {
            details(out, evaluation.spans());
        }
        return out.toString();
    }

    private static void notes(StringBuilder out, Evaluation e) {
        out.append(
                String.format(
                        Locale.ROOT,
                        "documents: %d; gold spans by corpus label: %s%n",
                        e.documents(),
                        counts(e.corpusTypes())));
        out.append("evaluated types: ")
                .append(e.types().isEmpty() ? "none" : String.join(", ", e.types()))
                .append('\n');
        if (!e.ignoredTypes().isEmpty()) {
            out.append("ignored (mapped to null): ").append(counts(e.ignoredTypes())).append('\n');
        }
        if (!e.unmappedTypes().isEmpty()) {
            out.append("unmapped (not Gatehouse types, ignored; map them with --mapping): ")
                    .append(counts(e.unmappedTypes()))
                    .append('\n');
        }
        if (!e.notEvaluatedGold().isEmpty()) {
            out.append("gold spans of types left out by --types: ")
                    .append(counts(e.notEvaluatedGold()))
                    .append('\n');
        }
        if (!e.notEvaluatedPredictions().isEmpty()) {
            out.append("predictions of types not evaluated (not scored; see the confusion): ")
                    .append(counts(e.notEvaluatedPredictions()))
                    .append('\n');
        }
        out.append('\n');
    }

    private static void spanTable(StringBuilder out, SpanScorer spans) {
        out.append(
                "Span level (a prediction matches a gold span of its type when they overlap):\n\n");
        out.append(
                "| type | gold | predicted | gold found | predictions right | precision | recall | F2 |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String type : spans.types()) {
            spanRow(out, type, spans.counts(type));
        }
        spanRow(out, OVERALL, spans.overall());
        spanRow(out, ANY, spans.anyPii());
        out.append('\n');
    }

    private static void spanRow(StringBuilder out, String label, Counts c) {
        out.append(
                String.format(
                        Locale.ROOT,
                        "| %s | %d | %d | %d | %d | %s | %s | %s |%n",
                        label,
                        c.gold(),
                        c.predicted(),
                        c.goldFound(),
                        c.predictedRight(),
                        ratio(c.precision()),
                        ratio(c.recall()),
                        ratio(c.f2())));
    }

    private static void tokenTable(StringBuilder out, TokenScorer tokens) {
        out.append(
                "Token level (tokens split at whitespace and punctuation; each token's gold type against its predicted type):\n\n");
        out.append("| type | gold tokens | predicted tokens | both | precision | recall | F2 |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (String type : tokens.types()) {
            tokenRow(out, type, tokens.counts(type));
        }
        tokenRow(out, OVERALL, tokens.overall());
        tokenRow(out, ANY, tokens.anyPii());
        out.append('\n');
    }

    private static void tokenRow(StringBuilder out, String label, Counts c) {
        out.append(
                String.format(
                        Locale.ROOT,
                        "| %s | %d | %d | %d | %s | %s | %s |%n",
                        label,
                        c.gold(),
                        c.predicted(),
                        c.goldFound(),
                        ratio(c.precision()),
                        ratio(c.recall()),
                        ratio(c.f2())));
    }

    private static void confusion(StringBuilder out, Evaluation e) {
        SpanScorer spans = e.spans();
        Set<String> columns = new LinkedHashSet<>(spans.types());
        spans.confusion().values().forEach(row -> columns.addAll(row.keySet()));
        out.append(
                "Type confusion (gold spans of the row type overlapped by a prediction of the column type;"
                        + " missed: overlapped by no prediction; spurious: predictions of the row type overlapping no gold span):\n\n");
        out.append("| gold \\ predicted |");
        columns.forEach(c -> out.append(' ').append(c).append(" |"));
        out.append(" missed | spurious |\n|---|");
        out.append("---:|".repeat(columns.size() + 2)).append('\n');
        for (String type : spans.types()) {
            out.append("| ").append(type).append(" |");
            Map<String, Long> row = spans.confusion().get(type);
            for (String column : columns) {
                out.append(' ').append(row.getOrDefault(column, 0L)).append(" |");
            }
            out.append(' ')
                    .append(spans.missed(type))
                    .append(" | ")
                    .append(spans.spurious(type))
                    .append(" |\n");
        }
        out.append('\n');
    }

    private static void details(StringBuilder out, SpanScorer spans) {
        for (String type : spans.types()) {
            List<SpanScorer.Detail> missed = spans.misses(type);
            List<SpanScorer.Detail> wrong = spans.falsePositives(type);
            if (missed.isEmpty() && wrong.isEmpty()) {
                continue;
            }
            out.append("### ").append(type).append('\n');
            detailLines(out, "missed", missed);
            detailLines(out, "false positive", wrong);
            out.append('\n');
        }
    }

    private static void detailLines(
            StringBuilder out, String kind, List<SpanScorer.Detail> details) {
        for (SpanScorer.Detail d : details) {
            out.append(
                    String.format(
                            Locale.ROOT,
                            "- %s %s [%d,%d) \"%s\" (%s): %s%n",
                            kind,
                            d.source(),
                            d.span().start(),
                            d.span().end(),
                            d.value(),
                            d.note(),
                            d.context()));
        }
    }

    static String ratio(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String counts(Map<String, Long> counts) {
        if (counts.isEmpty()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((type, n) -> parts.add(type + " " + n));
        return parts.stream().collect(Collectors.joining(", "));
    }
}
