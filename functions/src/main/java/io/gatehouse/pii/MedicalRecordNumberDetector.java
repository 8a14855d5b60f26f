package io.gatehouse.pii;

import java.util.List;

/**
 * Medical record numbers. They have no format of their own (every hospital system numbers
 * differently), so only context finds them: a label — "MRN", "medical record number", "patient
 * ID", "chart number", "hospital number"… — followed, after at most a few characters of
 * punctuation ({@code : # - = .} and spaces, or "is"/"no."), by an identifier of 5 to 20 letters,
 * digits and hyphens holding at least 5 digits ("MRN" may also be glued to the digits: {@code MRN00482913}).
 * Score 0.9 after "MRN", 0.85 after the other labels.
 * An identifier with no label before it is not found.
 */
final class MedicalRecordNumberDetector implements Detector {

    private static final String[] STRONG = {"mrn", "medical record number", "medical record no", "medical record #",
            "medical record", "med rec no", "med. rec. no"};
    private static final String[] LABELS = {"patient id", "patient no", "patient number", "patient #", "chart number",
            "chart no", "chart #", "hospital number", "hospital no", "health record number", "record number", "emr id",
            "ehr id"};
    private static final int MAX_GAP = 8;

    @Override
    public String type() {
        return EntityType.MEDICAL_RECORD_NUMBER.name();
    }

    @Override
    public void detect(String text, List<Candidate> out) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!Chars.asciiLetter(c) || Chars.wordChar(Chars.at(text, i - 1))) {
                continue;
            }
            char lower = Character.toLowerCase(c);
            if (lower != 'm' && lower != 'p' && lower != 'c' && lower != 'h' && lower != 'r' && lower != 'e') {
                continue;
            }
            int labelEnd = labelEnd(text, i, STRONG);
            if (labelEnd < 0 && text.regionMatches(true, i, "mrn", 0, 3) && Chars.digit(Chars.at(text, i + 3))) {
                labelEnd = i + 3; // "MRN00482913": the label glued to the number
            }
            double score = 0.9;
            if (labelEnd < 0) {
                labelEnd = labelEnd(text, i, LABELS);
                score = 0.85;
            }
            if (labelEnd < 0) {
                continue;
            }
            Candidate found = identifierAfter(text, labelEnd, score);
            if (found != null) {
                out.add(found);
                i = found.end() - 1;
            }
        }
    }

    /** The end of the longest label at {@code start} (whole words only), or -1. */
    private static int labelEnd(String text, int start, String[] labels) {
        int best = -1;
        char first = Character.toLowerCase(text.charAt(start));
        for (String label : labels) {
            if (label.charAt(0) != first) {
                continue;
            }
            int end = start + label.length();
            if (text.regionMatches(true, start, label, 0, label.length())
                    && (!Chars.wordChar(label.charAt(label.length() - 1)) || !Chars.wordChar(Chars.at(text, end)))) {
                best = Math.max(best, end);
            }
        }
        return best;
    }

    private Candidate identifierAfter(String text, int labelEnd, double score) {
        int i = labelEnd;
        int gapEnd = labelEnd + MAX_GAP;
        while (i < gapEnd && i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ' || c == ':' || c == '#' || c == '-' || c == '=' || c == '.' || c == '\t') {
                i++;
            } else if (text.regionMatches(true, i, "is ", 0, 3) || text.regionMatches(true, i, "no ", 0, 3)) {
                i += 3;
            } else {
                break;
            }
        }
        int start = i;
        int end = start;
        while (end < text.length() && (Chars.asciiAlnum(text.charAt(end)) || (text.charAt(end) == '-'
                && Chars.asciiAlnum(Chars.at(text, end + 1)))) && end - start <= 20) {
            end++;
        }
        int length = end - start;
        if (length < 5 || length > 20 || Chars.wordChar(Chars.at(text, end)) || Chars.digitCount(text, start, end) < 5) {
            return null;
        }
        return new Candidate(type(), start, end, score);
    }
}
