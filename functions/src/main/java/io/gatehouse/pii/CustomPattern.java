package io.gatehouse.pii;

/** A tenant's own entity type, found by an RE2 pattern. */
public record CustomPattern(
        String name, String pattern, double score, Operator operator, int keepLast) {}
