package io.gatehouse.pii;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * International bank account numbers: a country code, two check digits and the country's BBAN,
 * written together or in groups of four separated by single spaces, of exactly the length that
 * country uses, passing the ISO 13616 mod-97 check. Score 1.0. Countries outside the length table
 * are not reported (a wrong length is the commonest false positive of a plain pattern).
 */
final class IbanDetector implements Detector {

    /** IBAN lengths per country (SWIFT IBAN registry), for the countries most likely to appear. */
    static final Map<String, Integer> LENGTHS =
            Map.ofEntries(
                    Map.entry("AD", 24),
                    Map.entry("AE", 23),
                    Map.entry("AT", 20),
                    Map.entry("BE", 16),
                    Map.entry("BG", 22),
                    Map.entry("BH", 22),
                    Map.entry("BR", 29),
                    Map.entry("CH", 21),
                    Map.entry("CY", 28),
                    Map.entry("CZ", 24),
                    Map.entry("DE", 22),
                    Map.entry("DK", 18),
                    Map.entry("EE", 20),
                    Map.entry("ES", 24),
                    Map.entry("FI", 18),
                    Map.entry("FO", 18),
                    Map.entry("FR", 27),
                    Map.entry("GB", 22),
                    Map.entry("GI", 23),
                    Map.entry("GL", 18),
                    Map.entry("GR", 27),
                    Map.entry("HR", 21),
                    Map.entry("HU", 28),
                    Map.entry("IE", 22),
                    Map.entry("IL", 23),
                    Map.entry("IS", 26),
                    Map.entry("IT", 27),
                    Map.entry("JO", 30),
                    Map.entry("KW", 30),
                    Map.entry("KZ", 20),
                    Map.entry("LB", 28),
                    Map.entry("LI", 21),
                    Map.entry("LT", 20),
                    Map.entry("LU", 20),
                    Map.entry("LV", 21),
                    Map.entry("MC", 27),
                    Map.entry("MT", 31),
                    Map.entry("MU", 30),
                    Map.entry("NL", 18),
                    Map.entry("NO", 15),
                    Map.entry("PK", 24),
                    Map.entry("PL", 28),
                    Map.entry("PT", 25),
                    Map.entry("QA", 29),
                    Map.entry("RO", 24),
                    Map.entry("RS", 22),
                    Map.entry("SA", 24),
                    Map.entry("SE", 24),
                    Map.entry("SI", 19),
                    Map.entry("SK", 24),
                    Map.entry("SM", 27),
                    Map.entry("TN", 24),
                    Map.entry("TR", 26),
                    Map.entry("UA", 29),
                    Map.entry("VA", 22));

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    @Override
    public String type() {
        return EntityType.IBAN.name();
    }

    @Override
    public void detect(String text, List<Candidate> out) {
        detect(TextIndex.of(text), out);
    }

    /** An IBAN starts at a capital that starts a token: one of the index's token starts. */
    @Override
    public void detect(TextIndex index, List<Candidate> out) {
        String text = index.text();
        int n = text.length();
        int resumeAt = 0;
        for (int k = 0, count = index.digitCount() < 2 ? 0 : index.tokenStartCount();
                k < count;
                k++) {
            int i = index.tokenStart(k);
            if (i < resumeAt || !Chars.upper(index.tokenChar(k)) || i + 4 > n) {
                continue;
            }
            if (!Chars.upper(text.charAt(i + 1))
                    || !Chars.digit(text.charAt(i + 2))
                    || !Chars.digit(text.charAt(i + 3))) {
                continue;
            }
            Integer length = LENGTHS.get(text.substring(i, i + 2));
            if (length == null) {
                continue;
            }
            int end = scan(text, i, length);
            if (end > i) {
                out.add(new Candidate(type(), i, end, 1.0));
                resumeAt = end;
            }
        }
    }

    /** The end of an IBAN of {@code length} characters at {@code start}, or {@code start}. */
    private static int scan(String text, int start, int length) {
        StringBuilder iban = new StringBuilder(length);
        int i = start;
        boolean spaced = Chars.at(text, start + 4) == ' ';
        while (iban.length() < length && i < text.length()) {
            char c = text.charAt(i);
            if (Chars.digit(c) || Chars.upper(c)) {
                iban.append(c);
                i++;
            } else if (spaced
                    && c == ' '
                    && iban.length() % 4 == 0
                    && Chars.asciiAlnum(Chars.at(text, i + 1))) {
                i++;
            } else {
                return start;
            }
        }
        if (iban.length() != length
                || !Chars.endsToken(text, i)
                || (spaced
                        && Chars.at(text, i) == ' '
                        && Chars.asciiAlnum(Chars.at(text, i + 1))
                        && groupContinues(text, i + 1))) {
            return start;
        }
        return mod97(iban) == 1 ? i : start;
    }

    /**
     * A further group of capitals or digits right after: the number is longer than this country's.
     */
    private static boolean groupContinues(String text, int i) {
        int run = 0;
        while (Chars.digit(Chars.at(text, i + run)) || Chars.upper(Chars.at(text, i + run))) {
            run++;
        }
        return run > 0
                && run <= 4
                && Chars.digitCount(text, i, i + run) > 0
                && !Chars.wordChar(Chars.at(text, i + run));
    }

    static int mod97(CharSequence iban) {
        String rearranged = iban.subSequence(4, iban.length()).toString() + iban.subSequence(0, 4);
        StringBuilder numeric = new StringBuilder(rearranged.length() * 2);
        for (char c : rearranged.toCharArray()) {
            if (Chars.digit(c)) {
                numeric.append(c);
            } else {
                numeric.append(c - 'A' + 10);
            }
        }
        return new BigInteger(numeric.toString()).mod(NINETY_SEVEN).intValue();
    }
}
