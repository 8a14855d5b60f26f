package io.gatehouse.pii;

/**
 * One piece of personal data found in a text.
 *
 * <p><b>Offsets are Unicode code points</b>, not bytes and not UTF-16 units: {@code start} is the
 * index of the first code point, {@code end} the index after the last (exclusive). For text with no
 * character outside the Basic Multilingual Plane (no emoji, no rare CJK) this equals Java's and
 * JavaScript's string index; after an emoji, a UTF-16 index is one larger per emoji before it.
 * Python's {@code str} indexes code points, so {@code text[start:end]} works as it is.
 *
 * @param type a built-in {@link EntityType} name or a tenant's custom pattern name
 * @param score confidence from 0 to 1 (docs/pii.md explains each detector's scores)
 */
public record Finding(String type, int start, int end, double score) {}
