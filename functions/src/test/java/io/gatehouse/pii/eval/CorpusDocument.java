package io.gatehouse.pii.eval;

import java.util.List;

/**
 * One text of an evaluation corpus with its gold spans, as the corpus labels them (before the type
 * mapping). {@code source} says where it came from ("corpus.jsonl line 12"), for error messages and
 * the details listing.
 */
public record CorpusDocument(String source, String text, List<Span> spans) {

    public CorpusDocument {
        spans = List.copyOf(spans);
    }
}
