package io.gatehouse.pii;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Vehicle identifiers.
 *
 * <ul>
 *   <li>A VIN: 17 capitals and digits without I, O or Q, a letter among the first three (the
 *       manufacturer code) and digits in the last four. North American VINs carry a check digit in
 *       position 9; a VIN that passes it scores 0.9 (1.0 after a "VIN" cue). European VINs need
 *       not, so one that fails is reported only after a cue, at 0.85.
 *   <li>A licence plate, only after a cue ("plate", "reg", "Kennzeichen", "immatriculation",
 *       "matrícula", "targa", "kenteken"…): up to four groups of capitals and digits joined by one
 *       space or hyphen, 4 to 8 characters holding both letters and digits — the shapes of UK
 *       ({@code AB12 CDE}), German ({@code B-MW 1234}), French ({@code AB-123-CD}), Spanish ({@code
 *       1234 BCD}), Dutch and US plates alike. Score 0.8; 0.75 after a word for a vehicle ("car
 *       AB12 CDE", "Fahrzeug M-AB 123"). Without a cue, a plate is just a short code.
 * </ul>
 */
final class VehicleIdDetector implements Detector {

    private static final String TYPE = EntityType.VEHICLE_ID.name();

    /**
     * Words for a vehicle in the served languages: cues of their own, and part of both cue lists.
     */
    private static final String[] VEHICLE_NOUNS = {
        "vehicle",
        "car",
        "truck",
        "motorbike",
        "motorcycle",
        "Fahrzeug",
        "Auto",
        "PKW",
        "Wagen",
        "véhicule",
        "voiture",
        "vehículo",
        "coche",
        "veicolo",
        "voertuig",
        "pojazd",
        "samochód",
        "vozidlo",
        "auto"
    };

    private static final CuedIdentifier.Cues VIN_CUES =
            new CuedIdentifier.Cues(
                    withVehicleNouns(
                            "VIN",
                            "VIN#",
                            "VIN no",
                            "VIN-Nr",
                            "vehicle identification number",
                            "vehicle id",
                            "chassis",
                            "chassis no",
                            "chassis number",
                            "Fahrgestellnummer",
                            "Fahrzeug-Identifizierungsnummer",
                            "FIN",
                            "numéro de châssis",
                            "numéro VIN",
                            "número de bastidor",
                            "bastidor",
                            "numero di telaio",
                            "telaio",
                            "chassisnummer",
                            "numer nadwozia",
                            "VIN kód",
                            "číslo karoserie"));

    private static final CuedIdentifier.Cues PLATE_CUES =
            new CuedIdentifier.Cues(
                    withVehicleNouns(
                            "plate",
                            "plates",
                            "license plate",
                            "licence plate",
                            "number plate",
                            "plate number",
                            "plate no",
                            "reg",
                            "reg.",
                            "reg no",
                            "registration",
                            "registration number",
                            "registration plate",
                            "vehicle registration",
                            "Kennzeichen",
                            "Kfz-Kennzeichen",
                            "amtliches Kennzeichen",
                            "Nummernschild",
                            "immatriculation",
                            "plaque",
                            "plaque d'immatriculation",
                            "matrícula",
                            "matricula",
                            "targa",
                            "kenteken",
                            "nummerbord",
                            "tablica rejestracyjna",
                            "numer rejestracyjny",
                            "nr rej",
                            "SPZ",
                            "RZ",
                            "registrační značka",
                            "tag number"));

    /**
     * Words for a vehicle: a plate-shaped code right after one is a plate, a little less surely
     * than after "plate".
     */
    private static final CuedIdentifier.Cues VEHICLE_WORDS = new CuedIdentifier.Cues(VEHICLE_NOUNS);

    private static final Set<String> PLATE_FILLERS =
            Set.of(
                    "no", "nr", "number", "num", "is", "was", "of", "the", "plate", "de", "du",
                    "van", "di", "del", "ist", "lautet", "est", "es", "è", "n", "nº", "n°");

    private static final boolean[] VIN_STARTERS =
            NationalIds.starters("0123456789ABCDEFGHJKLMNPRSTUVWXYZ");
    private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};

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
        String text = index.text();
        NationalIds.scan(index, out, VIN_STARTERS, this::vin);
        PLATE_CUES.forEachCue(
                index,
                (cueStart, cueEnd) -> {
                    int start = plateStart(text, cueEnd);
                    int end = start < 0 ? -1 : plateEnd(text, start);
                    if (end < 0) {
                        return cueEnd;
                    }
                    boolean vehicleWord = VEHICLE_WORDS.endAt(text, cueStart) == cueEnd;
                    out.add(new Candidate(TYPE, start, end, vehicleWord ? 0.75 : 0.8));
                    return end;
                });
    }

    private Candidate vin(String text, int start) {
        int end = start + 17;
        if (end > text.length() || !NationalIds.standsAlone(text, start, end, false)) {
            return null;
        }
        int letters = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == 'I' || c == 'O' || c == 'Q' || !(Chars.upper(c) || Chars.digit(c))) {
                return null;
            }
            if (Chars.upper(c)) {
                letters++;
            }
        }
        boolean cued = VIN_CUES.before(text, start, 50);
        boolean shaped =
                (Chars.upper(text.charAt(start))
                                || Chars.upper(text.charAt(start + 1))
                                || Chars.upper(text.charAt(start + 2)))
                        && Chars.digitCount(text, end - 4, end) == 4;
        if (letters == 0 || (!shaped && !cued)) {
            return null;
        }
        if (checkDigitValid(text, start)) {
            return new Candidate(TYPE, start, end, cued ? 1.0 : 0.9);
        }
        return cued ? new Candidate(TYPE, start, end, 0.85) : null;
    }

    /**
     * ISO 3779 / 49 CFR 565: the transliterated, weighted sum modulo 11 (10 written X) in position
     * 9.
     */
    static boolean checkDigitValid(String text, int start) {
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += value(text.charAt(start + k)) * WEIGHTS[k];
        }
        int check = sum % 11;
        char expected = check == 10 ? 'X' : (char) ('0' + check);
        return text.charAt(start + 8) == expected;
    }

    private static int value(char c) {
        if (Chars.digit(c)) {
            return c - '0';
        }
        return switch (c) {
            case 'A', 'J' -> 1;
            case 'B', 'K', 'S' -> 2;
            case 'C', 'L', 'T' -> 3;
            case 'D', 'M', 'U' -> 4;
            case 'E', 'N', 'V' -> 5;
            case 'F', 'W' -> 6;
            case 'G', 'P', 'X' -> 7;
            case 'H', 'Y' -> 8;
            default -> 9; // R, Z
        };
    }

    /** Past punctuation and lower-case filler words to the first capital or digit; -1 otherwise. */
    private static int plateStart(String text, int cueEnd) {
        int limit = Math.min(text.length(), cueEnd + CuedIdentifier.MAX_GAP);
        int i = cueEnd;
        while (i < limit) {
            char c = text.charAt(i);
            if (c == ' '
                    || c == ':'
                    || c == '#'
                    || c == '.'
                    || c == '='
                    || c == '-'
                    || c == '('
                    || c == '"'
                    || c == '\''
                    || c == '\t'
                    || c == '\u00a0') {
                i++;
            } else if (plateLetter(c) || Chars.digit(c)) {
                return i;
            } else if (Character.isLowerCase(c)) {
                int wordEnd = i;
                while (wordEnd < text.length()
                        && (Character.isLetter(text.charAt(wordEnd))
                                || text.charAt(wordEnd) == '°')) {
                    wordEnd++;
                }
                if (!PLATE_FILLERS.contains(text.substring(i, wordEnd))) {
                    return -1;
                }
                i = wordEnd;
            } else {
                return -1;
            }
        }
        return -1;
    }

    /** A capital letter, including the Ä Ö Ü of German district codes. */
    private static boolean plateLetter(char c) {
        return c < 128 ? Chars.upper(c) : Character.isUpperCase(c);
    }

    /** The end of a plate at {@code start}, or -1: see the class comment. */
    static int plateEnd(String text, int start) {
        int i = start;
        int chars = 0;
        int letters = 0;
        int groups = 0;
        int end = -1;
        while (groups < 4) {
            int groupStart = i;
            int groupLetters = 0;
            while (plateLetter(Chars.at(text, i)) || Chars.digit(Chars.at(text, i))) {
                groupLetters += plateLetter(text.charAt(i)) ? 1 : 0;
                i++;
            }
            int length = i - groupStart;
            if (length == 0
                    || length > 7
                    || chars + length > 8
                    || Chars.wordChar(Chars.at(text, i))) {
                break;
            }
            chars += length;
            letters += groupLetters;
            groups++;
            end = i;
            char sep = Chars.at(text, i);
            if ((sep == ' ' || sep == '-' || sep == '·')
                    && (plateLetter(Chars.at(text, i + 1)) || Chars.digit(Chars.at(text, i + 1)))) {
                i++;
            } else {
                break;
            }
        }
        if (end < 0
                || chars < 4
                || letters == 0
                || letters == chars
                || !Chars.endsToken(text, end)) {
            return -1;
        }
        return end;
    }

    private static String[] withVehicleNouns(String... own) {
        String[] all = Arrays.copyOf(own, own.length + VEHICLE_NOUNS.length);
        System.arraycopy(VEHICLE_NOUNS, 0, all, own.length, VEHICLE_NOUNS.length);
        return all;
    }
}
