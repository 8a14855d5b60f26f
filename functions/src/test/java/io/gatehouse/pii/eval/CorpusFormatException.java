package io.gatehouse.pii.eval;

/** A corpus, mapping or option that cannot be read; the message names the file and line. */
public final class CorpusFormatException extends RuntimeException {

    public CorpusFormatException(String message) {
        super(message);
    }
}
