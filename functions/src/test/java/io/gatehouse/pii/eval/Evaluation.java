package io.gatehouse.pii.eval;

import io.gatehouse.pii.CustomPattern;
import io.gatehouse.pii.EntityType;
import io.gatehouse.pii.PiiEngine;
import io.gatehouse.pii.PiiPolicy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One evaluation run: maps the corpus's labels to Gatehouse types, runs the analyzer (the engine
 * with a policy) on every text and scores its predictions at span and token level.
 *
 * <p>The evaluated types are those given, or else the Gatehouse types the corpus labels at least
 * once. Predictions of other types are not scored (a corpus that does not annotate a type cannot
 * tell a right prediction of it from a wrong one); they are counted, and shown in the confusion.
 */
public final class Evaluation {

    /** What is evaluated: turns a text into predicted spans. */
    @FunctionalInterface
    public interface Analyzer {
        List<Span> analyze(String text);
    }

    private final int documents;
    private final List<String> types;
    private final Map<String, Long> corpusTypes;
    private final Map<String, Long> ignoredTypes;
    private final Map<String, Long> unmappedTypes;
    private final Map<String, Long> notEvaluatedGold;
    private final Map<String, Long> notEvaluatedPredictions;
    private final SpanScorer spans;
    private final TokenScorer tokens;

    private Evaluation(
            int documents,
            List<String> types,
            Map<String, Long> corpusTypes,
            Map<String, Long> ignoredTypes,
            Map<String, Long> unmappedTypes,
            Map<String, Long> notEvaluatedGold,
            Map<String, Long> notEvaluatedPredictions,
            SpanScorer spans,
            TokenScorer tokens) {
        this.documents = documents;
        this.types = types;
        this.corpusTypes = corpusTypes;
        this.ignoredTypes = ignoredTypes;
        this.unmappedTypes = unmappedTypes;
        this.notEvaluatedGold = notEvaluatedGold;
        this.notEvaluatedPredictions = notEvaluatedPredictions;
        this.spans = spans;
        this.tokens = tokens;
    }

    /** The engine under a policy, through its public entry point. */
    public static Analyzer engine(PiiPolicy policy) {
        return text ->
                PiiEngine.analyze(text, policy).stream()
                        .filter(f -> f.end() > f.start())
                        .map(f -> new Span(f.type(), f.start(), f.end()))
                        .toList();
    }

    /**
     * The type names Gatehouse can report under a policy: the built-in types and the policy's
     * custom patterns.
     */
    public static Set<String> gatehouseTypes(PiiPolicy policy) {
        Set<String> names = new LinkedHashSet<>();
        for (EntityType type : EntityType.values()) {
            names.add(type.name());
        }
        for (CustomPattern pattern : policy.customPatterns()) {
            names.add(pattern.name());
        }
        return names;
    }

    /**
     * @param only the Gatehouse types to evaluate, or null for those the corpus labels
     * @param detailLimit misses and false positives kept per type for {@code --details}
     */
    public static Evaluation run(
            List<CorpusDocument> corpus,
            TypeMapping mapping,
            Set<String> gatehouseTypes,
            Collection<String> only,
            Analyzer analyzer,
            int detailLimit) {
        Map<String, Long> corpusTypes = new TreeMap<>();
        Map<String, Long> ignored = new TreeMap<>();
        Map<String, Long> unmapped = new TreeMap<>();
        List<List<Span>> mapped = new ArrayList<>(corpus.size());
        Set<String> labelled = new TreeSet<>();
        for (CorpusDocument doc : corpus) {
            List<Span> gold = new ArrayList<>();
            for (Span span : doc.spans()) {
                corpusTypes.merge(span.type(), 1L, Long::sum);
                switch (mapping.outcome(span.type(), gatehouseTypes)) {
                    case IGNORED -> ignored.merge(span.type(), 1L, Long::sum);
                    case UNMAPPED -> unmapped.merge(span.type(), 1L, Long::sum);
                    case MAPPED -> {
                        String type = mapping.map(span.type(), gatehouseTypes).orElseThrow();
                        gold.add(new Span(type, span.start(), span.end()));
                        labelled.add(type);
                    }
                }
            }
            mapped.add(gold);
        }
        List<String> types = List.copyOf(only == null ? labelled : new LinkedHashSet<>(only));
        Set<String> evaluated = Set.copyOf(types);
        SpanScorer spans = new SpanScorer(types, detailLimit);
        TokenScorer tokens = new TokenScorer(types);
        Map<String, Long> notEvaluatedGold = new TreeMap<>();
        Map<String, Long> notEvaluatedPredictions = new TreeMap<>();
        for (int i = 0; i < corpus.size(); i++) {
            CorpusDocument doc = corpus.get(i);
            List<Span> gold = new ArrayList<>();
            for (Span span : mapped.get(i)) {
                if (evaluated.contains(span.type())) {
                    gold.add(span);
                } else {
                    notEvaluatedGold.merge(span.type(), 1L, Long::sum);
                }
            }
            List<Span> predictions = analyzer.analyze(doc.text());
            for (Span p : predictions) {
                if (!evaluated.contains(p.type())) {
                    notEvaluatedPredictions.merge(p.type(), 1L, Long::sum);
                }
            }
            spans.add(doc.source(), doc.text(), gold, predictions);
            tokens.add(doc.text(), gold, predictions);
        }
        return new Evaluation(
                corpus.size(),
                types,
                corpusTypes,
                ignored,
                unmapped,
                notEvaluatedGold,
                notEvaluatedPredictions,
                spans,
                tokens);
    }

    public int documents() {
        return documents;
    }

    public List<String> types() {
        return types;
    }

    /** Spans per label as the corpus wrote it, before mapping. */
    public Map<String, Long> corpusTypes() {
        return corpusTypes;
    }

    /** Corpus types the mapping sends to null. */
    public Map<String, Long> ignoredTypes() {
        return ignoredTypes;
    }

    /** Corpus types neither mapped nor Gatehouse types. */
    public Map<String, Long> unmappedTypes() {
        return unmappedTypes;
    }

    /** Gold spans of Gatehouse types left out by {@code --types}. */
    public Map<String, Long> notEvaluatedGold() {
        return notEvaluatedGold;
    }

    /** Predictions of types not evaluated. */
    public Map<String, Long> notEvaluatedPredictions() {
        return notEvaluatedPredictions;
    }

    public SpanScorer spans() {
        return spans;
    }

    public TokenScorer tokens() {
        return tokens;
    }
}
