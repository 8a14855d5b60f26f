package io.gatehouse.pii;

/**
 * The product of the upper bounds of a pattern's counted repetitions ({@code {n}}, {@code {n,}},
 * {@code {n,m}}). RE2 matches in linear time, but a counted repetition is compiled by copying its
 * operand, so nested or chained counts multiply the program's size (and the time per character).
 * Bounding the product of all of them — nested or not, a deliberately simple over-estimate — bounds
 * the program. Escaped braces and braces inside character classes are not counted.
 */
final class RepetitionBounds {

    private RepetitionBounds() {}

    static long product(String pattern) {
        long product = 1;
        boolean inClass = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if (inClass) {
                inClass = c != ']';
                continue;
            }
            if (c == '[') {
                inClass = true;
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == ']') {
                    i++; // "[]...]": a leading ] belongs to the class
                }
                continue;
            }
            if (c == '{') {
                int close = pattern.indexOf('}', i);
                if (close < 0) {
                    break;
                }
                String body = pattern.substring(i + 1, close);
                if (body.matches("\\d{1,6}(,\\d{0,6})?")) {
                    String[] parts = body.split(",", -1);
                    String upper = parts.length == 2 && !parts[1].isEmpty() ? parts[1] : parts[0];
                    product = Math.multiplyExact(product, Math.max(1L, Long.parseLong(upper)));
                    if (product > Integer.MAX_VALUE) {
                        return product;
                    }
                    i = close;
                }
            }
        }
        return product;
    }
}
