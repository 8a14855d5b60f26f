package io.gatehouse.pii;

import java.util.List;

/**
 * E-mail addresses: found from each {@code @}, growing left over the local part (at most 64
 * characters) and right over the domain (at most 255), then checked: a local part that neither
 * starts nor ends with a dot, a domain of two or more non-empty labels none of which starts or ends
 * with a hyphen, a top-level label of 2 to 24 letters. Neither side crosses another {@code @}, so
 * every character is looked at a bounded number of times. Score 1.0.
 */
final class EmailDetector implements Detector {

    static final int MAX_LOCAL = 64;
    static final int MAX_DOMAIN = 255;

    @Override
    public String type() {
        return EntityType.EMAIL.name();
    }

    @Override
    public void detect(String text, List<Candidate> out) {
        int n = text.length();
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            int start = at;
            while (start > 0 && localChar(text.charAt(start - 1)) && at - start < MAX_LOCAL + 1) {
                start--;
            }
            if (start > 0 && localChar(text.charAt(start - 1))) {
                continue; // local part longer than allowed
            }
            while (start < at && (text.charAt(start) == '.' || text.charAt(start) == '-')) {
                start++;
            }
            if (start == at || text.charAt(at - 1) == '.' || at - start > MAX_LOCAL) {
                continue;
            }
            int end = at + 1;
            while (end < n && domainChar(text.charAt(end)) && end - at <= MAX_DOMAIN + 1) {
                end++;
            }
            while (end > at + 1 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
                end--;
            }
            if (end - at - 1 > MAX_DOMAIN
                    || (end < n && domainChar(text.charAt(end)) && text.charAt(end) != '.')) {
                continue;
            }
            if (validDomain(text, at + 1, end)) {
                out.add(new Candidate(type(), start, end, 1.0));
            }
        }
    }

    private static boolean localChar(char c) {
        return Chars.asciiAlnum(c)
                || c == '.'
                || c == '_'
                || c == '%'
                || c == '+'
                || c == '-'
                || c == '\'';
    }

    private static boolean domainChar(char c) {
        return Chars.asciiAlnum(c) || c == '.' || c == '-';
    }

    private static boolean validDomain(String text, int start, int end) {
        int labels = 0;
        int labelStart = start;
        for (int i = start; i <= end; i++) {
            if (i == end || text.charAt(i) == '.') {
                int length = i - labelStart;
                if (length == 0
                        || length > 63
                        || text.charAt(labelStart) == '-'
                        || text.charAt(i - 1) == '-') {
                    return false;
                }
                labels++;
                if (i == end) {
                    return labels >= 2
                            && length >= 2
                            && length <= 24
                            && allLetters(text, labelStart, i);
                }
                labelStart = i + 1;
            }
        }
        return false;
    }

    private static boolean allLetters(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Chars.asciiLetter(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
