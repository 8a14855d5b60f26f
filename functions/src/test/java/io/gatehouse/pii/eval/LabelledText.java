package io.gatehouse.pii.eval;

import java.util.List;

/**
 * One document of the evaluation corpus and the entities in it (code point offsets, end exclusive).
 */
public record LabelledText(String text, List<Label> labels) {

    public record Label(String type, int start, int end) {}
}
