package io.gatehouse.pii.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Token-level scoring: the text is cut into tokens at whitespace, punctuation and symbols (a token
 * is a run of letters, digits and combining marks), each token gets the gold type and the predicted
 * type of the span that covers most of it (or none), and per type precision is tokens predicted and
 * labelled that type over tokens predicted that type, recall the same over tokens labelled that
 * type. It weighs long entities (addresses) by their length, which span level does not, and shows
 * partial coverage that span overlap calls a hit.
 */
public final class TokenScorer {

    private final List<String> types;
    private final Map<String, long[]> counts = new LinkedHashMap<>();
    private final long[] any = new long[3];

    public TokenScorer(Collection<String> types) {
        this.types = List.copyOf(types);
        for (String type : this.types) {
            counts.put(type, new long[3]);
        }
    }

    /**
     * Token boundaries of a text, as code point offsets: {@code [start0, end0, start1, end1, ...]}.
     */
    static int[] tokens(String text) {
        List<Integer> bounds = new ArrayList<>();
        int index = 0;
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean inToken = Character.isLetterOrDigit(cp) || isMark(cp);
            if (inToken && start < 0) {
                start = index;
            } else if (!inToken && start >= 0) {
                bounds.add(start);
                bounds.add(index);
                start = -1;
            }
            i += Character.charCount(cp);
            index++;
        }
        if (start >= 0) {
            bounds.add(start);
            bounds.add(index);
        }
        return bounds.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** {@code gold} and {@code predictions}: spans of evaluated types only. */
    public void add(String text, List<Span> gold, List<Span> predictions) {
        int[] tokens = tokens(text);
        String[] goldTypes = label(tokens, gold);
        String[] predictedTypes =
                label(
                        tokens,
                        predictions.stream().filter(p -> counts.containsKey(p.type())).toList());
        for (int t = 0; t < goldTypes.length; t++) {
            String g = goldTypes[t];
            String p = predictedTypes[t];
            if (g != null) {
                counts.get(g)[0]++;
                any[0]++;
            }
            if (p != null) {
                counts.get(p)[1]++;
                any[1]++;
            }
            if (g != null && g.equals(p)) {
                counts.get(g)[2]++;
            }
            if (g != null && p != null) {
                any[2]++;
            }
        }
    }

    /** Per token, the type of the span overlapping it most (the earlier span on a tie), or null. */
    static String[] label(int[] tokens, List<Span> spans) {
        int count = tokens.length / 2;
        String[] types = new String[count];
        int[] best = new int[count];
        List<Span> ordered = new ArrayList<>(spans);
        ordered.sort(
                java.util.Comparator.comparingInt(Span::start)
                        .thenComparingInt(Span::end)
                        .thenComparing(Span::type));
        for (Span span : ordered) {
            // first token ending after the span's start: binary search over token ends
            int lo = 0;
            int hi = count;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tokens[2 * mid + 1] <= span.start()) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            for (int t = lo; t < count && tokens[2 * t] < span.end(); t++) {
                int overlap = span.overlap(tokens[2 * t], tokens[2 * t + 1]);
                if (overlap > best[t]) {
                    best[t] = overlap;
                    types[t] = span.type();
                }
            }
        }
        return types;
    }

    public List<String> types() {
        return types;
    }

    public Counts counts(String type) {
        long[] c = counts.get(type);
        return new Counts(c[0], c[1], c[2], c[2]);
    }

    public Counts overall() {
        return types.stream().map(this::counts).reduce(Counts.ZERO, Counts::plus);
    }

    public Counts anyPii() {
        return new Counts(any[0], any[1], any[2], any[2]);
    }
}
