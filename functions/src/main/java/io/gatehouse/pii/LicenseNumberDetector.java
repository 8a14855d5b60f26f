package io.gatehouse.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Certificate and licence numbers: driving licences, professional registrations, prescriber IDs.
 *
 * <ul>
 *   <li>After a licence cue ("licence", "DL", "driver's license", "Führerschein", "permis de
 *       conduire", "GMC", "certificate no"…): an identifier of 5–20 letters and digits with at
 *       least 4 digits, 0.8, 0.9 when the label names a number ("licence no"); at least 0.85 when
 *       it has the letters-then-digits shape most US states and EU countries use.
 *   <li>A UK driving licence number: 16 characters, surname, the birth date coded with a month that
 *       is 01–12 or 51–62, initials; 0.85, 0.95 after a cue.
 *   <li>A US National Provider Identifier: 10 digits starting 1 or 2, valid under Luhn with the
 *       80840 prefix; 0.95 after "NPI", else 0.55 (one ten-digit number in fifty passes).
 *   <li>A DEA registration: a registrant-type letter, a letter (or 9) and 7 digits whose last is
 *       the check digit; 0.95 after "DEA", else 0.7.
 * </ul>
 */
final class LicenseNumberDetector implements Detector {

    private static final String TYPE = EntityType.LICENSE_NUMBER.name();

    private static final String[] CUES = {
        "licence",
        "license",
        "licence no",
        "license no",
        "licence number",
        "license number",
        "lic",
        "lic no",
        "lic #",
        "DL",
        "DL#",
        "DL no",
        "driver's license",
        "drivers license",
        "driver license",
        "driver's licence",
        "driving licence",
        "driving license",
        "driver licence",
        "state license",
        "medical licence",
        "medical license",
        "professional licence",
        "certificate no",
        "certificate number",
        "cert no",
        "certificate",
        "registration no",
        "registration number",
        "reg no",
        "GMC",
        "GMC no",
        "GMC number",
        "NMC",
        "NMC pin",
        "HCPC",
        "AHPRA",
        "NPI",
        "NPI#",
        "DEA",
        "DEA#",
        "DEA no",
        "DEA number",
        "Führerschein",
        "Führerscheinnummer",
        "Führerschein-Nr",
        "Approbation",
        "LANR",
        "Arztnummer",
        "permis de conduire",
        "numéro de permis",
        "permis",
        "RPPS",
        "ADELI",
        "carnet de conducir",
        "permiso de conducir",
        "licencia",
        "número de colegiado",
        "colegiado",
        "patente",
        "patente di guida",
        "numero di iscrizione",
        "rijbewijs",
        "rijbewijsnummer",
        "BIG-nummer",
        "BIG",
        "prawo jazdy",
        "numer prawa jazdy",
        "numer prawa wykonywania zawodu",
        "řidičský průkaz",
        "číslo řidičského průkazu"
    };

    private static final CuedIdentifier CUED = new CuedIdentifier(TYPE, 0.8, 4, CUES);
    private static final CuedIdentifier.Cues LICENCE_CUES = new CuedIdentifier.Cues(CUES);
    private static final CuedIdentifier.Cues NPI_CUES =
            new CuedIdentifier.Cues(
                    "NPI",
                    "NPI#",
                    "NPI no",
                    "NPI number",
                    "national provider identifier",
                    "provider id",
                    "prescriber");
    private static final CuedIdentifier.Cues DEA_CUES =
            new CuedIdentifier.Cues(
                    "DEA", "DEA#", "DEA no", "DEA number", "DEA registration", "prescriber");

    /** Letters then digits (then at most a letter or two): the common shape of licence numbers. */
    private static final Pattern LETTERS_THEN_DIGITS =
            Pattern.compile("[A-Z]{0,3}[0-9]{5,14}[A-Z]{0,2}");

    private static final boolean[] STARTERS =
            NationalIds.starters("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    private static final String DEA_REGISTRANTS = "ABCDEFGHJKLMPRSTUX";

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
        if (index.digitCount() == 0) {
            return; // every licence number holds digits
        }
        String text = index.text();
        int from = out.size();
        NationalIds.scan(index, out, STARTERS, this::formatted);
        List<Candidate> cued = new ArrayList<>();
        CUED.detect(index, cued);
        for (int k = 0; k < cued.size(); k++) {
            Candidate c = cued.get(k);
            if (LETTERS_THEN_DIGITS.matcher(compact(text, c.start(), c.end())).matches()) {
                cued.set(k, new Candidate(TYPE, c.start(), c.end(), Math.max(c.score(), 0.85)));
            }
        }
        CuedIdentifier.addUnlessFoundBetter(cued, out, from);
    }

    private Candidate formatted(String text, int start) {
        if (Chars.digit(text.charAt(start))) {
            return npi(text, start);
        }
        Candidate uk = ukDrivingLicence(text, start);
        return uk != null ? uk : dea(text, start);
    }

    private static Candidate npi(String text, int start) {
        int end = NationalIds.grouped(text, start, (char) 0, new int[] {10});
        char first = text.charAt(start);
        if (end < 0
                || (first != '1' && first != '2')
                || !NationalIds.standsAlone(text, start, end, false)
                || NationalIds.oneRepeatedChar(text, start + 1, end)
                || !CreditCardDetector.luhn("80840" + text.substring(start, end))) {
            return null;
        }
        return new Candidate(TYPE, start, end, NPI_CUES.before(text, start, 30) ? 0.95 : 0.55);
    }

    /**
     * SSSSS D MM DD D II C CC: five surname letters (padded with 9), the decade digit, the month
     * (plus 50 for women), the day, the year digit, two initials (9 padded), a digit, two check
     * characters.
     */
    private static Candidate ukDrivingLicence(String text, int start) {
        int end = start + 16;
        if (end > text.length() || !NationalIds.standsAlone(text, start, end, false)) {
            return null;
        }
        for (int k = 0; k < 16; k++) {
            char c = text.charAt(start + k);
            boolean ok =
                    switch (k) {
                        case 0 -> Chars.upper(c);
                        case 1, 2, 3, 4, 11, 12 -> Chars.upper(c) || c == '9';
                        case 5, 6, 7, 8, 9, 10, 13 -> Chars.digit(c);
                        default -> Chars.upper(c) || Chars.digit(c);
                    };
            if (!ok) {
                return null;
            }
        }
        int month = Integer.parseInt(text.substring(start + 6, start + 8));
        int day = Integer.parseInt(text.substring(start + 8, start + 10));
        boolean validMonth = (month >= 1 && month <= 12) || (month >= 51 && month <= 62);
        if (!validMonth || day < 1 || day > 31) {
            return null;
        }
        return new Candidate(TYPE, start, end, LICENCE_CUES.before(text, start, 40) ? 0.95 : 0.85);
    }

    private static Candidate dea(String text, int start) {
        int end = start + 9;
        char type = text.charAt(start);
        char second = Chars.at(text, start + 1);
        if (DEA_REGISTRANTS.indexOf(type) < 0
                || !(Chars.upper(second) || second == '9')
                || NationalIds.grouped(text, start + 2, (char) 0, new int[] {7}) != end
                || !NationalIds.standsAlone(text, start, end, false)) {
            return null;
        }
        int[] d = new int[7];
        for (int k = 0; k < 7; k++) {
            d[k] = text.charAt(start + 2 + k) - '0';
        }
        int check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10;
        if (check != d[6]) {
            return null;
        }
        return new Candidate(TYPE, start, end, DEA_CUES.before(text, start, 30) ? 0.95 : 0.7);
    }

    private static String compact(String text, int start, int end) {
        StringBuilder s = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            if (Chars.asciiAlnum(text.charAt(i))) {
                s.append(Character.toUpperCase(text.charAt(i)));
            }
        }
        return s.toString();
    }
}
