package io.gatehouse.pii.eval;

/**
 * A labelled or predicted stretch of text: {@code start} and {@code end} are Unicode code point
 * offsets, end exclusive (Python {@code str} slicing, the offsets Gatehouse findings use).
 */
public record Span(String type, int start, int end) {

    public Span {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException(
                    "a span needs 0 <= start < end, not " + start + ".." + end);
        }
    }

    boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    int overlap(int tokenStart, int tokenEnd) {
        return Math.max(0, Math.min(end, tokenEnd) - Math.max(start, tokenStart));
    }
}
