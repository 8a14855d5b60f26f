package io.gatehouse.pii;

import java.util.List;

/**
 * Telephone numbers: a token of digits with single separators ({@code space - . ( )}), optionally
 * led by {@code +}. What counts:
 * <ul>
 *   <li>international, {@code +} and 8 to 15 digits: score 0.8;</li>
 *   <li>North American, 10 digits (or 11 led by 1), area code and exchange not starting with 0 or 1,
 *       written with separators: 0.7;</li>
 *   <li>national with a trunk 0 and separators, 10 or 11 digits ({@code 020 7946 0958}): 0.6;</li>
 *   <li>the same 10 or 11 digits with no separator at all: 0.35 (more often an order or account
 *       number).</li>
 * </ul>
 * "phone", "tel", "mobile", "call", "fax"… shortly before add 0.2 (at most 1.0), so bare digits are
 * reported under the default minimum score only with such a word before them.
 */
final class PhoneDetector implements Detector {

    private static final ContextWords CONTEXT = new ContextWords(32,
            "phone", "tel", "tel.", "telephone", "mobile", "cell", "call", "fax", "contact", "reach me", "ph", "mob");
    private static final int MAX_DIGITS = 15;

    @Override
    public String type() {
        return EntityType.PHONE.name();
    }

    @Override
    public void detect(String text, List<Candidate> out) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            boolean opener = (c == '+' || c == '(') && Chars.digit(Chars.at(text, i + 1)) && !Chars.wordChar(Chars.at(text, i - 1));
            if (!(opener || (Chars.digit(c) && Chars.startsToken(text, i)))) {
                i++;
                continue;
            }
            int end = scanEnd(text, i);
            if (end < 0) {
                i = Math.max(-end, i + 1); // an over-long run: skipped whole
                continue;
            }
            Candidate found = end > i ? judge(text, i, end) : null;
            if (found != null) {
                out.add(found);
            }
            i = Math.max(end, i + 1);
        }
    }

    /**
     * Where the run of digits and single separators that starts at {@code start} ends; minus the
     * end of the whole run when it holds more digits than any phone number (or an unclosed paren).
     */
    private static int scanEnd(String text, int start) {
        int n = text.length();
        int i = text.charAt(start) == '+' ? start + 1 : start;
        int lastDigitEnd = start;
        int digits = 0;
        boolean openParen = false;
        while (i < n && digits <= MAX_DIGITS) {
            char c = text.charAt(i);
            if (Chars.digit(c)) {
                digits++;
                i++;
                lastDigitEnd = i;
            } else if (c == '(' && !openParen && Chars.digit(Chars.at(text, i + 1))) {
                openParen = true;
                i++;
            } else if (c == ')' && openParen) {
                openParen = false;
                i++;
                lastDigitEnd = i;
                if (Chars.at(text, i) == ' ' || Chars.at(text, i) == '-') {
                    if (!Chars.digit(Chars.at(text, i + 1))) {
                        break;
                    }
                    i++;
                }
            } else if ((c == ' ' || c == '-' || c == '.') && Chars.digit(Chars.at(text, i + 1)) && Chars.digit(Chars.at(text, i - 1))) {
                i++;
            } else if (c == ' ' && Chars.at(text, i + 1) == '(' && Chars.digit(Chars.at(text, i - 1))) {
                i++;
            } else {
                break;
            }
        }
        if (digits > MAX_DIGITS || openParen) {
            // skip the whole over-long run: no phone number starts inside it
            while (i < n && (Chars.digit(text.charAt(i)) || " -.()".indexOf(text.charAt(i)) >= 0)) {
                i++;
            }
            return -i;
        }
        return lastDigitEnd;
    }

    private Candidate judge(String text, int start, int end) {
        if (!Chars.endsToken(text, end)) {
            return null;
        }
        String digits = Chars.digitsOf(text, start, end);
        int count = digits.length();
        boolean plus = text.charAt(start) == '+';
        boolean separated = count < end - start - (plus ? 1 : 0);
        double score;
        if (plus) {
            score = count >= 8 && count <= MAX_DIGITS ? 0.8 : 0;
        } else if (northAmerican(digits)) {
            score = separated ? 0.7 : 0.35;
        } else if ((count == 10 || count == 11) && digits.charAt(0) == '0' && digits.charAt(1) != '0') {
            score = separated ? 0.6 : 0.35;
        } else {
            score = 0;
        }
        if (score == 0) {
            return null;
        }
        if (CONTEXT.before(text, start)) {
            score = Math.min(1.0, score + 0.2);
        }
        return new Candidate(type(), start, end, score);
    }

    private static boolean northAmerican(String digits) {
        String national = digits.length() == 11 && digits.charAt(0) == '1' ? digits.substring(1) : digits;
        return national.length() == 10 && national.charAt(0) >= '2' && national.charAt(3) >= '2';
    }
}
