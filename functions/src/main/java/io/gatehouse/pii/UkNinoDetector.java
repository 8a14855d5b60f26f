package io.gatehouse.pii;

import java.util.List;
import java.util.Set;

/**
 * UK National Insurance numbers: two prefix letters, six digits and a suffix letter A to D, in
 * capitals, written together ({@code AB123456C}), spaced in pairs ({@code AB 12 34 56 C}) or with
 * the six digits as one block ({@code AB 123456 C}). The prefix follows HMRC's rules: neither
 * letter is D, F, I, Q, U or V, the second is not O, and BG, GB, NK, KN, TN, NT and ZZ are never
 * allocated. There is no check digit, but the shape is specific: 0.65 without context, 0.95 with
 * "NINO" or "national insurance" shortly before. The suffix is often left out in forms; without it
 * the number is reported only with such a word before it (0.85): two capitals and six digits alone
 * are as often a product or booking code.
 */
final class UkNinoDetector implements Detector {

    static final String TYPE = "UK_NINO";

    private static final boolean[] CAPITALS = NationalIds.starters("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    private static final ContextWords CONTEXT =
            new ContextWords(
                    40,
                    "nino",
                    "ni no",
                    "ni number",
                    "ni num",
                    "ni#",
                    "national insurance",
                    "nat ins",
                    "nat. ins",
                    "insurance no",
                    "insurance number");
    private static final Set<String> NOT_ALLOCATED =
            Set.of("BG", "GB", "NK", "KN", "TN", "NT", "ZZ");
    private static final String NEVER = "DFIQUV";
    private static final int[] SIX = {6};
    private static final int[] PAIRS = {2, 2, 2};

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void detect(String text, List<Candidate> out) {
        detect(TextIndex.of(text), out);
    }

    @Override
    public void detect(TextIndex index, List<Candidate> out) {
        if (index.digitCount() > 0) {
            NationalIds.scan(index, out, CAPITALS, this::at);
        }
    }

    private Candidate at(String text, int start) {
        char first = text.charAt(start);
        char second = Chars.at(text, start + 1);
        char third = Chars.at(text, start + 2);
        if (!Chars.upper(second) || !(Chars.digit(third) || third == ' ')) {
            return null;
        }
        if (NEVER.indexOf(first) >= 0
                || NEVER.indexOf(second) >= 0
                || second == 'O'
                || NOT_ALLOCATED.contains(text.substring(start, start + 2))) {
            return null;
        }
        boolean spaced = third == ' ';
        int digitsStart = spaced ? start + 3 : start + 2;
        int end = NationalIds.grouped(text, digitsStart, (char) 0, SIX);
        if (end < 0 && spaced) {
            end = NationalIds.grouped(text, digitsStart, ' ', PAIRS);
        }
        if (end < 0) {
            return null;
        }
        int suffixAt = Chars.at(text, end) == ' ' ? end + 1 : end;
        char suffix = Chars.at(text, suffixAt);
        if (suffix >= 'A' && suffix <= 'D' && Chars.endsToken(text, suffixAt + 1)) {
            return new Candidate(
                    TYPE, start, suffixAt + 1, CONTEXT.before(text, start) ? 0.95 : 0.65);
        }
        if (Chars.endsToken(text, end) && CONTEXT.before(text, start)) {
            return new Candidate(TYPE, start, end, 0.85);
        }
        return null;
    }
}
