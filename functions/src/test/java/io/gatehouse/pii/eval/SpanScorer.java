package io.gatehouse.pii.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Span-level scoring. A prediction matches a gold span of the same type when the two overlap
 * (partial overlap counts: for masking, a span that covers most of a name is a near hit, and
 * boundary disagreements between annotators are common). Precision is matched predictions over
 * predictions, recall matched gold spans over gold spans, each counted once. The type-agnostic "any
 * PII" figures ask only whether some prediction overlaps — what masking needs.
 *
 * <p>The type confusion counts, for each gold span, the types of the predictions (of any type,
 * evaluated or not) that overlap it; "missed" counts gold spans no prediction overlaps and
 * "spurious" predictions of an evaluated type that overlap no gold span.
 */
public final class SpanScorer {

    /** One miss or false positive, with the text around it. */
    public record Detail(String source, Span span, String value, String context, String note) {}

    private final List<String> types;
    private final int detailLimit;
    private final Map<String, long[]> counts = new LinkedHashMap<>();
    private final long[] any = new long[4];
    private final Map<String, Map<String, Long>> confusion = new LinkedHashMap<>();
    private final Map<String, Long> missed = new LinkedHashMap<>();
    private final Map<String, Long> spurious = new LinkedHashMap<>();
    private final Map<String, List<Detail>> misses = new LinkedHashMap<>();
    private final Map<String, List<Detail>> falsePositives = new LinkedHashMap<>();

    /**
     * {@code types}: the evaluated types, in report order; {@code detailLimit}: misses and false
     * positives kept per type.
     */
    public SpanScorer(Collection<String> types, int detailLimit) {
        this.types = List.copyOf(types);
        this.detailLimit = detailLimit;
        for (String type : this.types) {
            counts.put(type, new long[4]);
            confusion.put(type, new TreeMap<>());
            missed.put(type, 0L);
            spurious.put(type, 0L);
            misses.put(type, new ArrayList<>());
            falsePositives.put(type, new ArrayList<>());
        }
    }

    /**
     * Scores one text. {@code gold}: its gold spans of evaluated types; {@code predictions}: every
     * prediction (those of types not evaluated count only in the confusion).
     */
    public void add(String source, String text, List<Span> gold, List<Span> predictions) {
        List<Span> evaluated =
                predictions.stream().filter(p -> counts.containsKey(p.type())).toList();
        for (Span g : gold) {
            long[] c = counts.get(g.type());
            c[0]++;
            any[0]++;
            boolean sameType = false;
            boolean anyType = false;
            TreeSet<String> overlappingTypes = new TreeSet<>();
            for (Span p : predictions) {
                if (!p.overlaps(g)) {
                    continue;
                }
                overlappingTypes.add(p.type());
                if (counts.containsKey(p.type())) {
                    anyType = true;
                    sameType |= p.type().equals(g.type());
                }
            }
            if (sameType) {
                c[2]++;
            }
            if (anyType) {
                any[2]++;
            }
            if (overlappingTypes.isEmpty()) {
                missed.merge(g.type(), 1L, Long::sum);
            }
            for (String predicted : overlappingTypes) {
                confusion.get(g.type()).merge(predicted, 1L, Long::sum);
            }
            if (!sameType) {
                keep(
                        misses,
                        source,
                        text,
                        g,
                        overlappingTypes.isEmpty()
                                ? "nothing predicted here"
                                : "predicted here: " + overlappingTypes);
            }
        }
        for (Span p : evaluated) {
            long[] c = counts.get(p.type());
            c[1]++;
            any[1]++;
            boolean sameType = false;
            TreeSet<String> overlappingGold = new TreeSet<>();
            for (Span g : gold) {
                if (g.overlaps(p)) {
                    overlappingGold.add(g.type());
                    sameType |= g.type().equals(p.type());
                }
            }
            if (sameType) {
                c[3]++;
            }
            if (!overlappingGold.isEmpty()) {
                any[3]++;
            } else {
                spurious.merge(p.type(), 1L, Long::sum);
            }
            if (!sameType) {
                keep(
                        falsePositives,
                        source,
                        text,
                        p,
                        overlappingGold.isEmpty()
                                ? "no gold span here"
                                : "gold here: " + overlappingGold);
            }
        }
    }

    private void keep(
            Map<String, List<Detail>> into, String source, String text, Span span, String note) {
        List<Detail> list = into.get(span.type());
        if (list.size() < detailLimit) {
            list.add(
                    new Detail(
                            source,
                            span,
                            CorpusReader.slice(text, span.start(), span.end()),
                            context(text, span),
                            note));
        }
    }

    /**
     * Up to 40 code points either side, the span in ⟦ ⟧, line breaks shown as ⏎ so a detail stays
     * on one line.
     */
    static String context(String text, Span span) {
        int length = text.codePointCount(0, text.length());
        int from = Math.max(0, span.start() - 40);
        int to = Math.min(length, span.end() + 40);
        String shown =
                (from > 0 ? "…" : "")
                        + CorpusReader.slice(text, from, span.start())
                        + "⟦"
                        + CorpusReader.slice(text, span.start(), span.end())
                        + "⟧"
                        + CorpusReader.slice(text, span.end(), to)
                        + (to < length ? "…" : "");
        return shown.replace("\r\n", "⏎").replace('\n', '⏎').replace('\r', '⏎').replace('\t', ' ');
    }

    public List<String> types() {
        return types;
    }

    public Counts counts(String type) {
        long[] c = counts.get(type);
        return new Counts(c[0], c[1], c[2], c[3]);
    }

    /** Micro-average: the evaluated types' counts summed. */
    public Counts overall() {
        return types.stream().map(this::counts).reduce(Counts.ZERO, Counts::plus);
    }

    public Counts anyPii() {
        return new Counts(any[0], any[1], any[2], any[3]);
    }

    /**
     * Gold type → predicted type → gold spans of that type overlapped by a prediction of that type.
     */
    public Map<String, Map<String, Long>> confusion() {
        return confusion;
    }

    public long missed(String type) {
        return missed.get(type);
    }

    public long spurious(String type) {
        return spurious.get(type);
    }

    public List<Detail> misses(String type) {
        return misses.get(type);
    }

    public List<Detail> falsePositives(String type) {
        return falsePositives.get(type);
    }
}
