package io.gatehouse.pii;

import java.util.List;

/**
 * Spanish personal tax numbers: the DNI (eight digits and a control letter, {@code 12345678Z}, also
 * {@code 12345678-Z} and {@code 12.345.678-Z}) and the NIE of foreign residents (X, Y or Z, seven
 * digits and a control letter, {@code X1234567L}, also with hyphens {@code X-1234567-L}), standing
 * alone as a token. The control letter is TRWAGMYFPDXBNJZSQVHLCKE[number mod 23], with the NIE's X,
 * Y, Z counted as 0, 1, 2; it may be written in lower case. Scores: digits glued to a correct
 * control letter are a specific shape (one random letter in 23 passes): 0.7 without context, 0.95
 * with "DNI", "NIF", "NIE" or "documento nacional de identidad" shortly before.
 */
final class EsNifDetector implements Detector {

    static final String TYPE = "ES_NIF";

    private static final boolean[] DIGITS_AND_XYZ = NationalIds.starters("0123456789XYZ");
    private static final ContextWords CONTEXT =
            new ContextWords(
                    40,
                    "dni",
                    "nif",
                    "nie",
                    "d.n.i.",
                    "n.i.f.",
                    "n.i.e.",
                    "documento nacional de identidad",
                    "documento de identidad",
                    "número de identidad",
                    "numero de identidad",
                    "identificación fiscal",
                    "identificacion fiscal",
                    "número de identificación",
                    "numero de identificacion",
                    "tax id",
                    "tin");
    private static final String LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
    private static final int[] DNI = {8};
    private static final int[] DNI_DOTTED = {2, 3, 3};
    private static final int[] NIE = {7};

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
            NationalIds.scan(index, out, DIGITS_AND_XYZ, this::at);
        }
    }

    private Candidate at(String text, int start) {
        char first = text.charAt(start);
        int digitsStart = start;
        int value = 0;
        int end;
        if (Chars.digit(first)) {
            end = NationalIds.grouped(text, start, (char) 0, DNI);
            if (end < 0) {
                end = NationalIds.grouped(text, start, '.', DNI_DOTTED);
            }
        } else {
            value = first - 'X'; // X, Y, Z lead the number as 0, 1, 2
            digitsStart = Chars.at(text, start + 1) == '-' ? start + 2 : start + 1;
            end = NationalIds.grouped(text, digitsStart, (char) 0, NIE);
        }
        if (end < 0) {
            return null;
        }
        for (int i = digitsStart; i < end; i++) {
            char c = text.charAt(i);
            if (c != '.') {
                value = value * 10 + (c - '0');
            }
        }
        int letterAt = Chars.at(text, end) == '-' ? end + 1 : end;
        char letter = Chars.at(text, letterAt);
        if (letter >= 'a' && letter <= 'z') {
            letter = (char) (letter - 'a' + 'A');
        }
        if (letter != LETTERS.charAt(value % 23) || !Chars.endsToken(text, letterAt + 1)) {
            return null;
        }
        double score = CONTEXT.before(text, start) ? 0.95 : 0.7;
        return new Candidate(TYPE, start, letterAt + 1, score);
    }
}
