package io.gatehouse.pii.eval;

import io.gatehouse.pii.PiiPolicy;
import java.util.List;
import java.util.Map;

/**
 * {@code ./gatehouse pii-eval [documents] [seed]}: generates the labelled corpus and prints
 * precision, recall and F2 per entity type for the default policy (docs/pii.md).
 */
public final class PiiEvaluationCommand {

    public static final int DEFAULT_DOCUMENTS = 2_000;
    public static final long DEFAULT_SEED = 20261122L;

    private PiiEvaluationCommand() {}

    public static void main(String[] args) {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_DOCUMENTS;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : DEFAULT_SEED;
        List<LabelledText> corpus = new CorpusGenerator(seed).generate(documents);
        long labels = corpus.stream().mapToLong(doc -> doc.labels().size()).sum();
        Map<String, Evaluation.Score> scores = Evaluation.run(corpus, PiiPolicy.defaultPolicy());
        System.out.printf("Gatehouse PII evaluation: %d generated documents (seed %d), %d labelled entities, default policy, strict span match%n%n",
                documents, seed, labels);
        System.out.print(Evaluation.table(scores));
    }
}
