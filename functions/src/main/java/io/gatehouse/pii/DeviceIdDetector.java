package io.gatehouse.pii;

import java.util.ArrayList;
import java.util.List;

/**
 * Device identifiers and serial numbers.
 *
 * <ul>
 *   <li>IMEI: 15 digits (together, or grouped 2-6-6-1) valid under Luhn; 0.95 after a cue ("IMEI",
 *       "device", "handset"…), else 0.6.
 *   <li>MAC address: six pairs of hex digits joined by one {@code :} or {@code -} throughout, or
 *       three quads joined by dots ({@code 0a1b.2c3d.4e5f}); 0.9, 0.95 after a cue. Six pairs of
 *       plain digits could be anything, 0.6.
 *   <li>UDI: a GS1 device identifier {@code (01)} and 14 digits, with the application identifiers
 *       that follow it ({@code (17)…(10)…(21)…}); 0.9.
 *   <li>UUID (8-4-4-4-12 hex): only after a device cue (UDID, IDFA, "device id"…), 0.85 — without
 *       one a UUID is a request or record id, not a device.
 *   <li>Serial numbers after a cue ("serial no", "S/N", "Seriennummer", "numéro de série",
 *       "pacemaker", "implant", "UDI"…): 5–20 letters and digits with at least 3 digits; 0.8.
 * </ul>
 */
final class DeviceIdDetector implements Detector {

    private static final String TYPE = EntityType.DEVICE_ID.name();

    private static final CuedIdentifier SERIALS =
            new CuedIdentifier(
                    TYPE,
                    0.8,
                    3,
                    "serial",
                    "serial no",
                    "serial number",
                    "serial #",
                    "serial nr",
                    "S/N",
                    "SN",
                    "S.N.",
                    "Seriennummer",
                    "Serien-Nr",
                    "Serien-Nr.",
                    "Gerätenummer",
                    "Geräte-ID",
                    "numéro de série",
                    "n° de série",
                    "no de série",
                    "número de serie",
                    "nº de serie",
                    "numero di serie",
                    "numero seriale",
                    "matricola",
                    "serienummer",
                    "numer seryjny",
                    "sériové číslo",
                    "výrobní číslo",
                    "device id",
                    "device serial",
                    "device no",
                    "device number",
                    "pacemaker",
                    "pacemaker serial",
                    "implant",
                    "implant serial",
                    "implant id",
                    "defibrillator",
                    "pump serial",
                    "UDI",
                    "UDI-DI",
                    "IMEI",
                    "MEID",
                    "ESN",
                    "asset tag",
                    "asset id",
                    "hardware id",
                    "equipment id",
                    "identifiant de l'appareil",
                    "id del dispositivo",
                    "id dispositivo",
                    "apparaat-id",
                    "insulin pump",
                    "pump",
                    "CGM",
                    "sensor",
                    "transmitter",
                    "hearing aid",
                    "cochlear implant",
                    "glucometer",
                    "neurostimulator",
                    "stimulator",
                    "Herzschrittmacher",
                    "Implantat",
                    "Insulinpumpe",
                    "Hörgerät",
                    "stimulateur cardiaque",
                    "pompe à insuline",
                    "marcapasos",
                    "bomba de insulina",
                    "pacemaker",
                    "pompa insulinica",
                    "model/serial",
                    "serial/model",
                    "numer seryjny urządzenia",
                    "rozrušník");

    private static final CuedIdentifier.Cues DEVICE_CUES =
            new CuedIdentifier.Cues(
                    "IMEI",
                    "IMEI1",
                    "IMEI2",
                    "MEID",
                    "device",
                    "device id",
                    "handset",
                    "phone",
                    "mobile",
                    "smartphone",
                    "tablet",
                    "Gerät",
                    "Handy",
                    "appareil",
                    "téléphone",
                    "dispositivo",
                    "teléfono",
                    "telefono",
                    "apparaat",
                    "urządzenie",
                    "zařízení",
                    "MAC",
                    "MAC address",
                    "MAC-Adresse",
                    "adresse MAC",
                    "dirección MAC",
                    "indirizzo MAC",
                    "hardware address",
                    "UDID",
                    "IDFA",
                    "IDFV",
                    "GAID",
                    "AAID",
                    "advertising id",
                    "android id",
                    "installation id",
                    "hardware id",
                    "serial",
                    "S/N",
                    "SN",
                    "wifi",
                    "wi-fi",
                    "bluetooth",
                    "ethernet",
                    "router",
                    "NIC");

    private static final boolean[] STARTERS = NationalIds.starters("0123456789abcdefABCDEF(");

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
        int from = out.size();
        NationalIds.scan(index, out, STARTERS, this::formatted);
        List<Candidate> serials = new ArrayList<>();
        SERIALS.detect(index, serials);
        CuedIdentifier.addUnlessFoundBetter(serials, out, from);
    }

    private Candidate formatted(String text, int start) {
        if (text.charAt(start) == '(') {
            return udi(text, start);
        }
        Candidate found = mac(text, start);
        if (found == null) {
            found = uuid(text, start);
        }
        return found != null ? found : imei(text, start);
    }

    private static Candidate imei(String text, int start) {
        int end = NationalIds.grouped(text, start, (char) 0, new int[] {15});
        if (end < 0) {
            end = NationalIds.grouped(text, start, '-', new int[] {2, 6, 6, 1});
        }
        boolean spaced = false;
        if (end < 0) {
            end = NationalIds.grouped(text, start, ' ', new int[] {2, 6, 6, 1});
            spaced = true;
        }
        if (end < 0 || !NationalIds.standsAlone(text, start, end, spaced)) {
            return null;
        }
        String digits = Chars.digitsOf(text, start, end);
        if (NationalIds.oneRepeatedChar(digits, 0, digits.length())
                || !CreditCardDetector.luhn(digits)) {
            return null;
        }
        return new Candidate(TYPE, start, end, DEVICE_CUES.before(text, start, 30) ? 0.95 : 0.6);
    }

    private static Candidate mac(String text, int start) {
        char sep = Chars.at(text, start + 2);
        int end;
        if (sep == ':' || sep == '-') {
            end = hexGroups(text, start, sep, 6, 2);
        } else {
            end = hexGroups(text, start, '.', 3, 4);
            sep = '.';
        }
        if (end < 0
                || Chars.wordChar(Chars.at(text, end))
                || (Chars.at(text, end) == sep && Chars.hex(Chars.at(text, end + 1)))
                || (Chars.at(text, start - 1) == sep && Chars.hex(Chars.at(text, start - 2)))) {
            return null;
        }
        boolean digitsOnly = Chars.digitCount(text, start, end) == 12;
        double score = digitsOnly ? 0.6 : DEVICE_CUES.before(text, start, 30) ? 0.95 : 0.9;
        return new Candidate(TYPE, start, end, score);
    }

    /**
     * The end of {@code groups} groups of {@code length} hex digits joined by {@code sep}, or -1.
     */
    private static int hexGroups(String text, int start, char sep, int groups, int length) {
        int i = start;
        for (int g = 0; g < groups; g++) {
            if (g > 0) {
                if (Chars.at(text, i) != sep) {
                    return -1;
                }
                i++;
            }
            for (int k = 0; k < length; k++, i++) {
                if (!Chars.hex(Chars.at(text, i))) {
                    return -1;
                }
            }
        }
        return i;
    }

    private static Candidate uuid(String text, int start) {
        int end = start;
        int[] lengths = {8, 4, 4, 4, 12};
        for (int g = 0; g < lengths.length; g++) {
            if (g > 0) {
                if (Chars.at(text, end) != '-') {
                    return null;
                }
                end++;
            }
            for (int k = 0; k < lengths[g]; k++, end++) {
                if (!Chars.hex(Chars.at(text, end))) {
                    return null;
                }
            }
        }
        if (!NationalIds.standsAlone(text, start, end, false)
                || !DEVICE_CUES.before(text, start, 40)) {
            return null;
        }
        return new Candidate(TYPE, start, end, 0.85);
    }

    /** GS1 UDI: (01) and a 14-digit GTIN, then any further (AI)value pairs written the same way. */
    private static Candidate udi(String text, int start) {
        if (!text.startsWith("(01)", start)
                || NationalIds.grouped(text, start + 4, (char) 0, new int[] {14}) < 0) {
            return null;
        }
        int end = start + 18;
        int pairs = 0;
        while (pairs++ < 8
                && Chars.at(text, end) == '('
                && Chars.digit(Chars.at(text, end + 1))
                && Chars.digit(Chars.at(text, end + 2))
                && Chars.at(text, end + 3) == ')'
                && Chars.asciiAlnum(Chars.at(text, end + 4))) {
            int i = end + 4;
            while (i < end + 24 && Chars.asciiAlnum(Chars.at(text, i))) {
                i++;
            }
            end = i;
        }
        return Chars.wordChar(Chars.at(text, end)) ? null : new Candidate(TYPE, start, end, 0.9);
    }
}
