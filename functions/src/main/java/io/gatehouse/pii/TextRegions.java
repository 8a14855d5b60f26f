package io.gatehouse.pii;

import java.util.ArrayList;
import java.util.List;

/**
 * A long text cut at line starts into regions that can be analysed apart. Each region is read
 * through a window that reaches at least {@code margin} characters further on both sides (widened
 * to whole lines), so a detector that looks no further than the margin around what it finds sees in
 * the window everything it would see in the whole text; a finding belongs to the region its start
 * lies in, so each is kept exactly once. A text without line breaks stays one region.
 */
final class TextRegions {

    /**
     * One region {@code [start, end)} and its window {@code [windowStart, windowEnd)} around it.
     */
    record Region(int start, int end, int windowStart, int windowEnd) {

        /** Whether a finding starting at {@code position} (of the whole text) is this region's. */
        boolean owns(int position) {
            return position >= start && position < end;
        }
    }

    private TextRegions() {}

    /**
     * The regions of {@code text}, each of at least {@code size} characters (the last may be
     * shorter), in order, covering the text without gaps.
     */
    static List<Region> of(String text, int size, int margin) {
        if (size <= 0 || margin < 0) {
            throw new IllegalArgumentException("size must be positive and margin not negative");
        }
        List<Region> regions = new ArrayList<>();
        int n = text.length();
        int start = 0;
        while (start < n) {
            int end = start + size >= n ? n : lineStartFrom(text, start + size);
            regions.add(
                    new Region(
                            start,
                            end,
                            lineStartAtOrBefore(text, start - margin),
                            lineStartFrom(text, end + margin)));
            start = end;
        }
        return regions;
    }

    /** The first line start at or after {@code position}, or the text's length. */
    private static int lineStartFrom(String text, int position) {
        if (position <= 0) {
            return 0;
        }
        if (position >= text.length()) {
            return text.length();
        }
        int lineBreak = text.indexOf('\n', position - 1);
        return lineBreak < 0 ? text.length() : lineBreak + 1;
    }

    /** The last line start at or before {@code position}, or 0. */
    private static int lineStartAtOrBefore(String text, int position) {
        if (position <= 0) {
            return 0;
        }
        return text.lastIndexOf('\n', position - 1) + 1;
    }
}
