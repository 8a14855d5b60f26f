package io.gatehouse.pii;

import java.util.List;
import java.util.Set;

/**
 * Postcodes standing apart from a street address (an address finding already covers its own, and
 * the longer finding wins an overlap). A shape alone is trusted only when it is distinctive:
 *
 * <ul>
 *   <li>UK ("SW1A 1AA", "LS6 2AB", outward and inward codes validated) and Canada ("K1A 0B1"):
 *       0.85;
 *   <li>Netherlands "1015 CJ": 0.85 before a capitalised town, else 0.6 (not "500 MG");
 *   <li>US ZIP / ZIP+4, and the 5-digit codes of DE/FR/ES/IT: 0.85 after a cue ("ZIP", "PLZ", "CP",
 *       "CAP", "code postal") or a state code ("MA 02139"), 0.8 before a known town ("75002
 *       Paris"); a bare ZIP+4 0.5; a bare five-digit number never;
 *   <li>Poland "00-590", Portugal "1100-148", Czechia/Slovakia "110 00", and four-digit codes (AT,
 *       CH, BE, DK…): 0.8 before a known town or after a cue, otherwise nothing.
 *   <li>a country prefix before the code ("D-10115", "F-75002", "CH-8001", "A-1010", "NL-1015 CJ",
 *       "PL 00-590"): 0.85;
 *   <li>Irish Eircode ("D02 X285"): 0.85 after a cue, 0.7 alone; a UK outward code alone ("LS6")
 *       only after a cue: 0.85; a ZIP before "USA": 0.85.
 * </ul>
 */
final class PostalCodeDetector implements Detector {

    static final double DISTINCT = 0.85;
    static final double CUED = 0.85;
    static final double BEFORE_TOWN = 0.8;

    private static final ContextWords CUES =
            new ContextWords(
                    24,
                    "zip",
                    "zip code",
                    "zipcode",
                    "zip:",
                    "postcode",
                    "post code",
                    "postal code",
                    "postal",
                    "plz",
                    "postleitzahl",
                    "cp",
                    "c.p.",
                    "code postal",
                    "cap",
                    "código postal",
                    "codigo postal",
                    "kod pocztowy",
                    "kod",
                    "psč",
                    "postnummer",
                    "postnr",
                    "postcode:",
                    "npa",
                    "zip/postal",
                    "codice postale",
                    "c.a.p.",
                    "eircode",
                    "postcode area",
                    "postal district",
                    "post town",
                    "c.p");

    /**
     * Words right before a number that make it a reference, a room, an amount or a count, not a
     * postcode.
     */
    private static final ContextWords NOT_CUES =
            new ContextWords(
                    14,
                    "ref",
                    "ref.",
                    "reference",
                    "order",
                    "invoice",
                    "ticket",
                    "room",
                    "no.",
                    "nr.",
                    "nr",
                    "#",
                    "case",
                    "account",
                    "acct",
                    "tel",
                    "tel.",
                    "phone",
                    "fax",
                    "id",
                    "item",
                    "booking",
                    "flight",
                    "batch",
                    "lot",
                    "serial",
                    "kunden",
                    "kundennr",
                    "rechnung",
                    "bestellung",
                    "auftrag",
                    "zimmer",
                    "raum",
                    "commande",
                    "facture",
                    "pedido",
                    "factura",
                    "zamówienie",
                    "faktura",
                    "objednávka",
                    "bestelling",
                    "factuur",
                    "€",
                    "$",
                    "£",
                    "eur",
                    "usd",
                    "gbp",
                    "chf",
                    "total",
                    "amount",
                    "sum",
                    "price",
                    "cost",
                    "paid",
                    "pay",
                    "salary",
                    "about",
                    "approximately",
                    "approx",
                    "over",
                    "nearly",
                    "almost",
                    "ca.",
                    "rund",
                    "etwa",
                    "environ",
                    "since",
                    "seit",
                    "depuis",
                    "desde",
                    "year",
                    "jahr",
                    "année",
                    "año",
                    "anno",
                    "rok",
                    "page",
                    "seite",
                    "p.",
                    "pp.",
                    "step",
                    "steps",
                    "patients",
                    "people",
                    "users",
                    "members",
                    "employees",
                    "runners",
                    "fans",
                    "visitors");

    /** Australian state and territory codes, which stand before the four-digit postcode. */
    private static final Set<String> AUSTRALIAN_STATES =
            Set.of("NSW", "VIC", "QLD", "WA", "SA", "TAS", "ACT", "NT");

    /**
     * Indian PIN codes (six digits) are taken after these or right after a listed place ("Mumbai
     * 400001"); a bare "PIN" is left out, being also a card's secret number.
     */
    private static final ContextWords PIN_CUES =
            new ContextWords(12, "pincode", "pin code", "postal index number", "pin:");

    /** "Sydney NSW 2000", "Melbourne, VIC 3000": the state code right before. */
    private static boolean australianStateBefore(String text, int i) {
        if (Chars.at(text, i - 1) != ' ') {
            return false;
        }
        int end = i - 1;
        int start = end;
        while (start > 0 && Chars.upper(text.charAt(start - 1)) && end - start < 4) {
            start--;
        }
        return end - start >= 2
                && Chars.startsToken(text, start)
                && AUSTRALIAN_STATES.contains(text.substring(start, end));
    }

    /** Upper-case pairs after four digits that are units or eras, not Dutch postcode letters. */
    private static final Set<String> NOT_DUTCH_LETTERS =
            Set.of(
                    "MG", "ML", "KG", "GB", "MB", "KB", "TB", "KM", "CM", "MM", "AM", "PM", "AD",
                    "BC", "EU", "US", "UK", "HZ", "KW", "MW", "CC", "HP", "ID", "OK", "NO", "IU",
                    "UI", "DL", "MS", "IV", "XL", "DB", "PC", "TV", "CV", "GW", "KV", "MV", "BP",
                    "HR", "CT", "MR", "ER", "OR", "IT", "VS");

    @Override
    public String type() {
        return EntityType.POSTAL_CODE.name();
    }

    @Override
    public void detect(String text, List<Candidate> out) {
        detect(TextIndex.of(text), out);
    }

    /**
     * Only the token starts at an ASCII digit or capital are visited, and only those whose second
     * character can continue a postcode: every shape here begins with two digits, or with a capital
     * followed by a capital, a digit or a hyphen ("SW1A", "K1A", "D02", "D-10115"). So the words of
     * prose and single-digit numbers cost one comparison each.
     */
    @Override
    public void detect(TextIndex index, List<Candidate> out) {
        String text = index.text();
        int next = 0;
        for (int k = 0, count = index.tokenStartCount(); k < count; k++) {
            int i = index.tokenStart(k);
            char c = index.tokenChar(k);
            if (i < next || !mayOpen(c, Chars.at(text, i + 1), Chars.at(text, i + 2))) {
                continue;
            }
            Candidate found = at(text, i);
            if (found != null) {
                out.add(found);
                next = found.end();
            } else {
                next = Math.max(Words.end(text, i), i + 1);
            }
        }
    }

    private static boolean mayOpen(char first, char second, char third) {
        if (Chars.digit(first)) {
            return Chars.digit(second);
        }
        if (first >= 'a' && first <= 'z') {
            // "m1 1ae", "sw1a 1aa": a lower-case UK code has its digit second or third
            return Chars.digit(second) || second >= 'a' && second <= 'z' && Chars.digit(third);
        }
        return Chars.upper(first) && (Chars.upper(second) || Chars.digit(second) || second == '-');
    }

    /**
     * A UK postcode as people type it after a cue: in lower case or without its space ("my postcode
     * is sw1a 1aa", "Postcode SW1A1AA"). Validated like the written form, once upper-cased and
     * spaced; never taken without the cue, since "b12ab" alone may be anything.
     */
    private static int looseUk(String text, int i) {
        int j = i;
        StringBuilder code = new StringBuilder(8);
        while (j < text.length() && code.length() < 8) {
            char c = text.charAt(j);
            if (Chars.asciiAlnum(c)) {
                code.append(Character.toUpperCase(c));
            } else if (c != ' ' || j == i || code.length() > 4) {
                break;
            }
            j++;
        }
        while (j > i && text.charAt(j - 1) == ' ') {
            j--;
        }
        if (code.length() < 5 || code.length() > 7 || !Chars.endsToken(text, j)) {
            return -1;
        }
        String spaced =
                code.substring(0, code.length() - 3) + " " + code.substring(code.length() - 3);
        return Postcodes.uk(spaced, 0) == spaced.length() ? j : -1;
    }

    private Candidate at(String text, int i) {
        if (Chars.asciiLetter(text.charAt(i)) && !Chars.upper(text.charAt(i))) {
            int loose = looseUk(text, i);
            return loose > 0 && cued(text, i) ? new Candidate(type(), i, loose, CUED) : null;
        }
        int end = Postcodes.uk(text, i);
        if (end < 0) {
            end = Postcodes.canada(text, i);
        }
        if (end > 0) {
            return new Candidate(type(), i, end, DISTINCT);
        }
        if (!Chars.digit(text.charAt(i))) {
            return lettered(text, i);
        }
        end = Postcodes.netherlands(text, i);
        if (end > 0 && !NOT_DUTCH_LETTERS.contains(text.substring(end - 2, end))) {
            return new Candidate(
                    type(), i, end, capitalisedAfter(text, end) || cued(text, i) ? DISTINCT : 0.6);
        }
        end = Postcodes.usZip(text, i);
        if (end > 0) {
            if (stateBefore(text, i) || usaAfter(text, end) || cued(text, i)) {
                return new Candidate(type(), i, end, CUED);
            }
            if (knownTownAfter(text, i, end) || knownPlaceBefore(text, i, end)) {
                return new Candidate(type(), i, end, BEFORE_TOWN);
            }
            return end - i == 10 ? new Candidate(type(), i, end, 0.5) : null;
        }
        int shaped = Postcodes.portugal(text, i);
        if (shaped < 0) {
            shaped = Postcodes.poland(text, i);
        }
        if (shaped < 0) {
            shaped = Postcodes.czech(text, i);
        }
        if (shaped > 0) {
            boolean cued = cued(text, i);
            return cued || knownTownAfter(text, i, shaped) || knownPlaceBefore(text, i, shaped)
                    ? new Candidate(type(), i, shaped, cued ? CUED : BEFORE_TOWN)
                    : null;
        }
        end = Postcodes.digits(text, i, 4);
        if (end > 0 && australianStateBefore(text, i)) {
            return new Candidate(type(), i, end, CUED); // "Sydney NSW 2000"
        }
        int pin = Postcodes.digits(text, i, 6);
        if (pin > 0 && text.charAt(i) != '0' && text.charAt(i) != '9') {
            boolean cued = PIN_CUES.before(text, i);
            return cued || knownPlaceBefore(text, i, pin)
                    ? new Candidate(type(), i, pin, cued ? CUED : BEFORE_TOWN)
                    : null;
        }
        if (end > 0 && !year(text, i)) {
            boolean cued = cued(text, i);
            if (cued || knownTownAfter(text, i, end) || knownPlaceBefore(text, i, end)) {
                return new Candidate(type(), i, end, cued ? CUED : BEFORE_TOWN);
            }
        }
        return null;
    }

    /** Country prefixes of European postcodes and the digits of each: "D-10115", "CH-8001". */
    private static int prefixedDigits(String prefix) {
        return switch (prefix) {
            case "D", "F", "I", "E", "FI", "HR" -> 5;
            case "CH", "A", "B", "L", "DK", "N", "NL", "AT", "BE", "LU" -> 4;
            default -> -1;
        };
    }

    /**
     * A code that starts with letters: a country-prefixed code, an Eircode, a UK outward code after
     * a cue.
     */
    private Candidate lettered(String text, int i) {
        int j = i;
        while (j < text.length() && Chars.upper(text.charAt(j)) && j - i < 3) {
            j++;
        }
        char separator = Chars.at(text, j);
        String prefix =
                separator == '-' || separator == ' ' && j - i == 2 ? text.substring(i, j) : "";
        if (separator == '-'
                || separator == ' '
                        && (prefix.equals("PL") || prefix.equals("NL") || prefix.equals("CZ"))) {
            int code = j + 1;
            int end = -1;
            if (prefix.equals("PL")) {
                end =
                        digitsAt(text, code, 2) && Chars.at(text, code + 2) == '-'
                                ? digitsAfterPrefix(text, code + 3, 3)
                                : -1;
            } else if (prefix.equals("CZ") || prefix.equals("SK")) {
                end =
                        digitsAt(text, code, 3) && Chars.at(text, code + 3) == ' '
                                ? digitsAfterPrefix(text, code + 4, 2)
                                : digitsAfterPrefix(text, code, 5);
            } else if (prefixedDigits(prefix) > 0) {
                if (prefix.equals("NL")
                        && Chars.at(text, code + 4) == ' '
                        && Chars.upper(Chars.at(text, code + 5))
                        && Chars.upper(Chars.at(text, code + 6))
                        && Chars.endsToken(text, code + 7)
                        && digitsAt(text, code, 4)) {
                    end = code + 7;
                } else {
                    end = digitsAfterPrefix(text, code, prefixedDigits(prefix));
                }
            }
            if (end > 0) {
                return new Candidate(type(), i, end, DISTINCT);
            }
        }
        int eircode = Postcodes.eircode(text, i);
        if (eircode > 0) {
            return new Candidate(type(), i, eircode, cued(text, i) ? CUED : 0.7);
        }
        int outward = ukOutward(text, i);
        if (outward > 0 && cued(text, i)) {
            return new Candidate(type(), i, outward, CUED);
        }
        int loose = looseUk(text, i);
        return loose > 0 && cued(text, i) ? new Candidate(type(), i, loose, CUED) : null;
    }

    /**
     * End of exactly {@code count} digits at {@code i} ending a token, or -1 (no start-of-token
     * test: a prefix is glued on).
     */
    private static int digitsAfterPrefix(String text, int i, int count) {
        return digitsAt(text, i, count) && Chars.endsToken(text, i + count) ? i + count : -1;
    }

    private static boolean digitsAt(String text, int i, int count) {
        for (int k = 0; k < count; k++) {
            if (!Chars.digit(Chars.at(text, i + k))) {
                return false;
            }
        }
        return true;
    }

    /** A UK outward code standing alone: "LS6", "SW1A", "M1", "EH10". */
    private static int ukOutward(String text, int i) {
        int j = i;
        while (Chars.upper(Chars.at(text, j)) && j - i < 2) {
            j++;
        }
        if (!Chars.digit(Chars.at(text, j))) {
            return -1;
        }
        j++;
        if (Chars.digit(Chars.at(text, j)) || Chars.upper(Chars.at(text, j))) {
            j++;
        }
        return Chars.endsToken(text, j) ? j : -1;
    }

    /** "02139 USA", "02139, USA", "02139, U.S.A.". */
    private static boolean usaAfter(String text, int end) {
        int j = end;
        if (Chars.at(text, j) == ',') {
            j++;
        }
        j = Words.skipBlanks(text, j);
        return j > end
                && (text.startsWith("USA", j)
                        || text.startsWith("U.S.A", j)
                        || text.startsWith("United States", j));
    }

    private static boolean cued(String text, int i) {
        return CUES.before(text, i);
    }

    /** "Cambridge, MA 02139", "Springfield IL 62704". */
    private static boolean stateBefore(String text, int i) {
        int j = i - 1;
        if (Chars.at(text, j) != ' ') {
            return false;
        }
        while (j > 0 && Chars.at(text, j - 1) == ' ') {
            j--;
        }
        int end = j;
        int start = end;
        while (start > 0 && Chars.upper(text.charAt(start - 1)) && end - start < 3) {
            start--;
        }
        return end - start >= 2
                && StreetAddressDetector.regionCode(text, start)
                && Words.end(text, start) == end;
    }

    private static boolean knownTownAfter(String text, int start, int end) {
        int j = Words.skipBlanks(text, end);
        if (j == end || j - end > 2) {
            return false;
        }
        int wordEnd = Words.end(text, j);
        if (!Words.capitalised(text, j, wordEnd)
                || NOT_CUES.before(text, start)
                || amount(text, end)) {
            return false;
        }
        int kind = PlaceLexicon.place(text, j, wordEnd);
        if (kind == 2) {
            return true;
        }
        // a town that is also a word or a name, then a lower-case word, is a count: "3000 Union
        // members"
        if (kind == 1) {
            return !(Chars.at(text, wordEnd) == ' '
                    && Character.isLowerCase(Chars.at(text, wordEnd + 1)));
        }
        // two- and three-word towns: "Frankfurt am Main", "Hradec Králové"
        int k = wordEnd;
        for (int words = 1;
                words < 3 && Chars.at(text, k) == ' ' && Words.startsWord(text, k + 1);
                words++) {
            k = Words.end(text, k + 1);
            if (PlaceLexicon.place(StreetAddressDetector.phrase(text, j, k)) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Austin, Texas 78705", "Springfield 62704", "Warszawa 00-950", "Wien, 1010": a code right
     * after a listed place (one or two words, perhaps a comma), ending its clause; not a count
     * ("London 10000 runners").
     */
    private static boolean knownPlaceBefore(String text, int start, int end) {
        char after = Chars.at(text, Words.skipBlanks(text, end));
        if (Character.isLetterOrDigit(after) || amount(text, end)) {
            return false;
        }
        int j = start - 1;
        if (Chars.at(text, j) != ' ') {
            return false;
        }
        if (Chars.at(text, j - 1) == ',') {
            j--;
        }
        int wordEnd = j;
        for (int words = 1; words <= 2; words++) {
            int wordStart = wordEnd;
            while (wordStart > 0
                    && Chars.wordChar(text.charAt(wordStart - 1))
                    && wordEnd - wordStart <= Words.MAX_LOOKUP) {
                wordStart--;
            }
            if (wordStart == wordEnd
                    || !Words.capitalised(text, wordStart, Words.end(text, wordStart))) {
                return false;
            }
            if (PlaceLexicon.place(text, wordStart, j) == 2) {
                return !NOT_CUES.before(text, wordStart);
            }
            wordEnd = wordStart - 1;
            if (Chars.at(text, wordEnd) != ' ') {
                return false;
            }
        }
        return false;
    }

    /** "12345 € …", "5000 EUR": an amount. */
    private static boolean amount(String text, int end) {
        int j = Words.skipBlanks(text, end);
        char c = Chars.at(text, j);
        return c == '€'
                || c == '$'
                || c == '£'
                || c == '%'
                || text.startsWith("EUR", j)
                || text.startsWith("USD", j)
                || text.startsWith("CHF", j)
                || text.startsWith("GBP", j);
    }

    private static boolean capitalisedAfter(String text, int end) {
        int j = Words.skipBlanks(text, end);
        return j > end && Words.capitalised(text, j, Words.end(text, j));
    }

    /** 1900–2099: a four-digit number that reads as a year is no postcode without a cue. */
    private static boolean year(String text, int i) {
        return (text.charAt(i) == '1' && text.charAt(i + 1) == '9')
                || (text.charAt(i) == '2' && text.charAt(i + 1) == '0');
    }
}
