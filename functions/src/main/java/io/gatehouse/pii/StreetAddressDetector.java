package io.gatehouse.pii;

import io.gatehouse.pii.PlaceLexicon.StreetKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Street addresses (HIPAA Safe Harbor (B)), the whole address as one finding: a flat or suite, the
 * house number, the street name with its type, and the town, region and postcode that follow on the
 * same line. What makes a street is its <em>type word</em> (street-types.txt) where each language
 * puts it, together with a house number:
 *
 * <ul>
 *   <li>number, capitalised name, type — "221B Baker Street", "1600 Pennsylvania Ave NW": 0.8 (0.75
 *       when the type is also a common word: Way, Court, Place, Park…);
 *   <li>number, type, name — "12 rue de la Paix", "3 bis avenue Victor Hugo": 0.8;
 *   <li>type, name, number — "Calle Mayor 5", "Via Roma 10", "ul. Marszałkowska 10/12": 0.8, and
 *       0.5 without the number ("Piazza Garibaldi");
 *   <li>name with a glued-on type, number — "Hauptstraße 12", "Keizersgracht 123": 0.8, and 0.45
 *       alone (Heimweg, Marktplatz are words too); a name and a separate type — "Berliner Str. 5",
 *       "Václavské náměstí 12": 0.8, or 0.5 for a full English type without a number ("Baker
 *       Street");
 *   <li>a German or Czech prepositional name and number — "Am Markt 3a", "Na Příkopě 12": 0.7;
 *   <li>a post-office box — "PO Box 123", "Postfach 1234": 0.85.
 * </ul>
 *
 * A town or postcode following the street ("…, Leeds LS6 2AB", "…, 75002 Paris", "… in 10115
 * Berlin", or alone on the next line) raises the score to 0.9 (0.86 for the weaker forms): above
 * the town's and the postcode's own scores, so the whole address wins where the findings overlap.
 * Nothing before the number is taken but a flat or suite ("Flat 3, "), so a practice or company
 * name before an address stays out. Each word starts at most one bounded look-ahead: linear time.
 */
final class StreetAddressDetector implements Detector {

    static final double TYPED = 0.8;
    static final double WEAK_TYPED = 0.75;
    static final double PREPOSITIONAL = 0.7;
    static final double WITH_PLACE = 0.9;
    static final double PO_BOX = 0.85;
    static final double NAME_ONLY = 0.5;
    static final double COMPOUND_ONLY = 0.45;
    static final double LOWER_CASE = 0.7;
    static final double WEAK_WITH_PLACE = 0.86;

    /** A name and number with no street type, then a listed town: "Wiejska 4, Warszawa". */
    static final double UNTYPED_WITH_TOWN = 0.8;

    private static final int MAX_NAME_WORDS = 5;
    private static final int MAX_PARTS = 10;

    /** The last word of a house or building name: "Rose Cottage", "Kings Court", "Ivy House". */
    private static final Set<String> BUILDING_WORDS =
            Set.of(
                    "house",
                    "cottage",
                    "court",
                    "lodge",
                    "farm",
                    "manor",
                    "mansions",
                    "building",
                    "tower",
                    "towers",
                    "hall",
                    "villa",
                    "flats",
                    "apartments",
                    "residence",
                    "residences",
                    "barn",
                    "heights",
                    "chambers",
                    "mews",
                    "buildings",
                    "grange",
                    "cottages",
                    "haus",
                    "edificio",
                    "residencial");

    /**
     * Capitalised words before a number and a comma that are no street: "Room 12, …", "Chapter 3,
     * …".
     */
    private static final Set<String> UNTYPED_NOT_STREETS =
            Set.of(
                    "room",
                    "chapter",
                    "page",
                    "seite",
                    "zimmer",
                    "bed",
                    "box",
                    "gate",
                    "platform",
                    "line",
                    "bus",
                    "flight",
                    "table",
                    "section",
                    "article",
                    "level",
                    "stage",
                    "phase",
                    "week",
                    "day",
                    "year",
                    "version",
                    "grade",
                    "step",
                    "item",
                    "no",
                    "nr",
                    "nummer",
                    "numero",
                    "número",
                    "haus",
                    "tel",
                    "fax",
                    "pokój",
                    "sala",
                    "salle",
                    "aula",
                    "cap",
                    "plz",
                    "zip",
                    "cp",
                    "ort",
                    "terminal",
                    "pier",
                    "track",
                    "formula",
                    "apollo",
                    "windows",
                    "iphone",
                    "galaxy",
                    "covid",
                    "tier",
                    "zone",
                    "wave",
                    "act",
                    "part",
                    "vol",
                    "volume",
                    "episode",
                    "season",
                    "round",
                    "match",
                    "game",
                    "sprint",
                    "release",
                    "build",
                    "patch",
                    "update",
                    "appendix",
                    "annex",
                    "anlage",
                    "figure",
                    "fig",
                    "tabelle",
                    "schedule",
                    "clause",
                    "paragraph",
                    "kapitel",
                    "chapitre",
                    "capítulo",
                    "capitolo",
                    "rozdział",
                    "kapitola",
                    "strona",
                    "strana");

    private static final int MAX_LINES = 4;

    /** Floor words of an address: "3. OG", "2e étage", "3rd floor", "EG". */
    private static final Set<String> FLOOR_WORDS =
            Set.of(
                    "og",
                    "ug",
                    "eg",
                    "dg",
                    "stock",
                    "etage",
                    "étage",
                    "floor",
                    "obergeschoss",
                    "planta",
                    "piano",
                    "piętro",
                    "patro",
                    "verdieping",
                    "hoch",
                    "hochparterre",
                    "vh",
                    "hh");

    private static final Set<String> ORDINAL_SUFFIXES =
            Set.of("st", "nd", "rd", "th", "e", "er", "re", "ème", "eme", "º", "°");

    /** Capitalised words that follow a street in prose, never as its town. */
    private static final Set<String> NOT_TOWNS =
            Set.of(
                    "tel",
                    "phone",
                    "fax",
                    "email",
                    "mobile",
                    "tél",
                    "telefon",
                    "web",
                    "open",
                    "opening",
                    "hours",
                    "parking",
                    "entrance",
                    "eingang",
                    "near",
                    "next",
                    "opposite",
                    "behind",
                    "between",
                    "ring",
                    "call",
                    "visit",
                    "contact",
                    "room",
                    "ward",
                    "floor",
                    "building",
                    "block",
                    "gate",
                    "door",
                    "level");

    /**
     * Name words that may sit inside a street name in lower case: "rue de la Paix", "Via dei
     * Mille".
     */
    private static final Set<String> PARTICLES =
            Set.of(
                    "de", "la", "le", "les", "du", "des", "del", "della", "delle", "dei", "degli",
                    "di", "da", "do", "dos", "das", "e", "y", "i", "van", "von", "der", "den",
                    "het", "am", "an", "sur", "en", "al", "el", "los", "las", "nad", "pod");

    /**
     * Types that may open a street in lower case; the others ("Via", "Route", "Place") must be
     * capitalised.
     */
    private static final Set<String> LOWER_CASE_OPENERS =
            Set.of(
                    "rue",
                    "avenue",
                    "boulevard",
                    "chemin",
                    "allée",
                    "impasse",
                    "quai",
                    "calle",
                    "avenida",
                    "avda",
                    "avda.",
                    "paseo",
                    "camino",
                    "carrer",
                    "viale",
                    "piazza",
                    "corso",
                    "vicolo",
                    "ul.",
                    "ulica",
                    "al.",
                    "aleja",
                    "aleje",
                    "plac",
                    "os.",
                    "osiedle",
                    "ulicy",
                    "ulicę",
                    "rynek",
                    "rua",
                    "travessa",
                    "praça",
                    "náměstí",
                    "nám.",
                    "třída",
                    "ulice",
                    "nábřeží");

    /** Lower-case words that make "2 one way street" a phrase rather than a street name. */
    private static final Set<String> NOT_LOWER_CASE_NAMES =
            Set.of(
                    "the",
                    "a",
                    "an",
                    "of",
                    "and",
                    "or",
                    "to",
                    "in",
                    "on",
                    "at",
                    "my",
                    "your",
                    "his",
                    "her",
                    "our",
                    "their",
                    "one",
                    "two",
                    "lane",
                    "more",
                    "other",
                    "different",
                    "busy",
                    "quiet",
                    "same",
                    "new",
                    "main",
                    "blocks",
                    "times",
                    "minutes",
                    "miles",
                    "streets",
                    "roads");

    /** English types that name a street alone after a number: "1585 Broadway". */
    private static final Set<String> NAMELESS_TYPES = Set.of("broadway");

    /**
     * German and Czech street names that begin with a preposition: "Am Markt", "Zur Linde", "Na
     * Příkopě".
     */
    private static final Set<String> PREPOSITIONS =
            Set.of("am", "im", "zum", "zur", "na", "pod", "nad");

    /**
     * Prepositions that open a street name only with an article: "An der Alster", "Auf dem Berg".
     */
    private static final Set<String> PREPOSITIONS_WITH_ARTICLE =
            Set.of("an", "auf", "unter", "hinter", "in");

    private static final Set<String> ARTICLES = Set.of("der", "dem", "den", "die", "das");
    private static final Set<String> UNITS =
            Set.of(
                    "flat",
                    "apt",
                    "apartment",
                    "unit",
                    "suite",
                    "ste",
                    "appartement",
                    "app",
                    "appt",
                    "wohnung",
                    "whg",
                    "piso",
                    "puerta",
                    "esc",
                    "bloque",
                    "floor",
                    "fl",
                    "bus",
                    "bte",
                    "lgh",
                    "byt");
    private static final Set<String> COUNTRY_CODES =
            Set.of("uk", "usa", "us", "gb", "u.s", "u.s.a", "uae", "nz");
    private static final Set<String> DIRECTIONS =
            Set.of("N", "S", "E", "W", "NE", "NW", "SE", "SW");

    /**
     * US states and territories, Canadian provinces and Australian states, as addresses abbreviate
     * them.
     */
    static final Set<String> REGION_CODES =
            Set.of(
                    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL",
                    "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT",
                    "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI",
                    "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "PR",
                    "GU", "VI", "ON", "QC", "BC", "AB", "MB", "SK", "NS", "NB", "NL", "PE", "YT",
                    "NT", "NU", "NSW", "VIC", "QLD", "TAS", "ACT");

    private static final List<String> PO_BOXES =
            List.of(
                    "p.o. box",
                    "p. o. box",
                    "po box",
                    "pobox",
                    "post office box",
                    "postfach",
                    "postbus",
                    "b.p.",
                    "bp",
                    "boîte postale",
                    "apartado de correos",
                    "apartado",
                    "apdo.",
                    "casella postale",
                    "case postale",
                    "skrytka pocztowa",
                    "box");

    /** Where a match ends and how sure it is. */
    private record Match(int start, int end, double score) {}

    @Override
    public String type() {
        return EntityType.STREET_ADDRESS.name();
    }

    @Override
    public void detect(String text, List<Candidate> out) {
        detect(TextIndex.of(text), out);
    }

    /** Visits the word starts the index holds, never every character. */
    @Override
    public void detect(TextIndex index, List<Candidate> out) {
        String text = index.text();
        int n = text.length();
        int i = 0;
        int nextDigit = -1;
        for (int k = 0, starts = index.startCount(); k < starts; k++) {
            int wordStart = index.start(k);
            if (wordStart < i || !Chars.wordChar(text.charAt(wordStart))) {
                continue;
            }
            i = wordStart;
            if (!mayOpenInLowerCase(text, i)) {
                i = Math.max(Words.end(text, i), i + 1);
                continue;
            }
            if (nextDigit < i) {
                nextDigit = i;
                while (nextDigit < n && !Chars.digit(text.charAt(nextDigit))) {
                    nextDigit++;
                }
            }
            int wordEnd = Words.end(text, i);
            Match found = at(text, i, wordEnd, nextDigit - i <= DIGIT_REACH);
            if (found != null) {
                out.add(new Candidate(type(), found.start(), found.end(), found.score()));
                i = found.end();
            } else {
                i = Math.max(wordEnd, i + 1);
            }
        }
    }

    /**
     * Whether a word may open an address although it starts in lower case. Only a unit ("apt"), a
     * PO box word ("postfach") or a type written before the name ("via", "rue", "ul.") can: every
     * other form needs a digit or a capital first. A word whose first two letters (plain ASCII)
     * begin none of those is passed over with one table look-up.
     */
    private static boolean mayOpenInLowerCase(String text, int i) {
        char first = text.charAt(i);
        char second = Chars.at(text, i + 1);
        if (first < 'a' || first > 'z' || second < 'a' || second > 'z') {
            return true;
        }
        return LOWER_CASE_OPENING_PAIRS[(first - 'a') * 26 + (second - 'a')];
    }

    private static final boolean[] LOWER_CASE_OPENING_PAIRS = lowerCaseOpeningPairs();

    private static boolean[] lowerCaseOpeningPairs() {
        List<String> words = new ArrayList<>(UNITS);
        words.addAll(PO_BOXES);
        words.addAll(PlaceLexicon.streetTypes(StreetKind.BEFORE));
        return letterPairs(words);
    }

    /**
     * How far ahead of a word a digit must stand for the forms that need a number (a unit, a
     * building name, a PO box, a house number, an untyped street): a word with none that near can
     * only open a street named without its number ("Baker Street", "Piazza Garibaldi"), which
     * spares most words of prose the look-ahead of every other form.
     */
    private static final int DIGIT_REACH = 100;

    private Match at(String text, int i, int wordEnd, boolean digitSoon) {
        Match core = null;
        if (digitSoon) {
            core = unitThenStreet(text, i, wordEnd);
            if (core == null
                    && Words.skipBlanks(text, wordEnd) == wordEnd + 1
                    && Character.isUpperCase(text.charAt(i))
                    && Character.isUpperCase(Chars.at(text, wordEnd + 1))) {
                core = buildingThenStreet(text, i, i);
            }
        }
        if (core == null) {
            core = digitSoon ? street(text, i, wordEnd) : streetWithoutNumber(text, i, wordEnd);
        }
        if (core == null && digitSoon) {
            core = townThenStreet(text, i, wordEnd);
        }
        if (core == null) {
            return digitSoon && Words.skipBlanks(text, wordEnd) > wordEnd
                    ? untypedStreet(text, i, wordEnd)
                    : null;
        }
        return continued(text, core);
    }

    /**
     * "Kraków, ul. Floriańska 3", "Madrid, Calle Mayor 5", "10115 Berlin, Hauptstraße 5": the town
     * (with its postcode) written before the street, as some countries and many forms order an
     * address. Only a listed town, then a comma, then a street with its house number.
     */
    private Match townThenStreet(String text, int i, int wordEnd) {
        int townStart = i;
        if (Chars.digit(text.charAt(i))) {
            if (Chars.at(text, wordEnd) != ' '
                    || !Character.isUpperCase(Chars.at(text, wordEnd + 1))) {
                return null;
            }
            int code = Postcodes.any(text, i);
            if (code < 0 || Chars.at(text, code) != ' ') {
                return null;
            }
            townStart = code + 1;
        } else if (!Character.isUpperCase(text.charAt(i))) {
            return null;
        }
        // the comma must come within three words: most capitalised words fail on the characters
        // alone
        int k = townStart == i ? wordEnd : Words.end(text, townStart);
        for (int words = 1; Chars.at(text, k) != ','; words++) {
            if (words == 3
                    || Chars.at(text, k) != ' '
                    || !Character.isUpperCase(Chars.at(text, k + 1))) {
                return null;
            }
            k = Words.end(text, k + 1);
        }
        if (k == townStart || PlaceLexicon.place(text, townStart, k) != 2) {
            return null;
        }
        int j = Words.skipBlanks(text, k + 1);
        if (j == k + 1 || !Words.startsWord(text, j)) {
            return null;
        }
        Match street = street(text, j);
        return street == null || street.score() < WEAK_TYPED || street.end() - j < 3
                ? null
                : new Match(i, street.end(), WITH_PLACE);
    }

    /** {@link #street} where no digit is near: only the forms that need no house number. */
    private Match streetWithoutNumber(String text, int i, int wordEnd) {
        int typeEnd = typeWithDot(text, i, wordEnd, StreetKind.BEFORE);
        if (typeEnd > 0
                && (Character.isUpperCase(text.charAt(i))
                        || Tables.LOWER_CASE_OPENERS.contains(text, i, typeEnd))) {
            Match typed = typeFirst(text, i, typeEnd);
            if (typed != null) {
                return typed;
            }
        }
        return Words.capitalised(text, i, wordEnd) ? nameFirst(text, i, wordEnd) : null;
    }

    /**
     * "Rose Cottage, 3 Church Road", "Flat 2, Rose Court, 14 High Street": a house or building name
     * (capitalised words ending in a building word) belongs to the address when a street follows
     * it.
     */
    private Match buildingThenStreet(String text, int start, int i) {
        int nameEnd = buildingName(text, i);
        if (nameEnd < 0) {
            return null;
        }
        int j = Words.skipBlanks(text, nameEnd);
        if (Chars.at(text, j) == ',') {
            j = Words.skipBlanks(text, j + 1);
        } else if (lineBreak(text, j)) {
            j = Words.skipBlanks(text, j + 1);
        }
        if (j == nameEnd || houseNumber(text, j) < 0) {
            return null;
        }
        Match street = street(text, j);
        return street == null || street.score() < WEAK_TYPED
                ? null
                : new Match(start, street.end(), street.score());
    }

    /**
     * One to three capitalised words, the last a building word: "Rose Cottage", "Kings Court", "Ivy
     * House".
     */
    private static int buildingName(String text, int i) {
        int k = i;
        for (int words = 0; words < 3 && Words.startsWord(text, k); words++) {
            int end = Words.end(text, k);
            if (!Words.capitalised(text, k, end)) {
                return -1;
            }
            if (words > 0 && end - k <= 10 && Tables.BUILDING_WORDS.contains(text, k, end)) {
                return NameLexicon.notName(Words.lower(text, i, Words.end(text, i))) ? -1 : end;
            }
            int gap = Words.skipBlanks(text, end);
            if (gap - end != 1) {
                return -1;
            }
            k = gap;
        }
        return -1;
    }

    /**
     * "Sokolská 12, 120 00 Praha 2", "Storgata 5, 0155 Oslo": a capitalised name and a house number
     * with no street type, taken only when a postcode and a town follow — the postcode proves the
     * address.
     */
    private Match untypedStreet(String text, int i, int wordEnd) {
        if (!Words.capitalised(text, i, wordEnd)) {
            return null;
        }
        int nameEnd = wordEnd;
        int k = Words.skipBlanks(text, wordEnd);
        if (k - wordEnd == 1 && Words.capitalised(text, k, Words.end(text, k))) {
            nameEnd = Words.end(text, k);
        }
        int j = Words.skipBlanks(text, nameEnd);
        int number = j > nameEnd ? houseNumber(text, j) : -1;
        if (number < 0
                || (Chars.at(text, number) != ','
                        && !(lineEnds(text, number) && number < text.length()))) {
            return null;
        }
        boolean comma = Chars.at(text, number) == ',';
        int next = Words.skipBlanks(text, comma ? number + 1 : number);
        next = Words.skipBlanks(text, lineBreak(text, next) ? next + 1 : next);
        // "Wiejska 4, Warszawa", "Husova 5, Brno": no postcode, but a listed town right after the
        // comma
        int townEnd = comma ? townAt(text, next) : -1;
        boolean knownTown =
                townEnd > 0
                        && PlaceLexicon.place(text, next, townEnd) == 2
                        && endsTheAddressOrGoesOn(text, townEnd);
        if (!knownTown
                && Postcodes.any(text, next) < 0
                && !postcodeOrRegionAfter(text, Words.end(text, next))) {
            return null;
        }
        if (notATown(text, i)
                || UNTYPED_NOT_STREETS.contains(Words.lower(text, i, wordEnd))
                || knownTown
                        && (NameLexicon.firstName(Words.lower(text, i, wordEnd))
                                || PlaceLexicon.place(text, i, nameEnd) > 0)) {
            return null;
        }
        Continuation after = continuation(text, number, false);
        if (after.end() == number || !after.postcode() && !knownTown) {
            return null;
        }
        return new Match(i, after.end(), after.postcode() ? WEAK_WITH_PLACE : UNTYPED_WITH_TOWN);
    }

    /**
     * After the town of an untyped street: the end of the line or sentence, or a comma, region or
     * postcode.
     */
    private static boolean endsTheAddressOrGoesOn(String text, int end) {
        return endsTheAddress(text, end)
                || Chars.at(text, end) == ','
                || postcodeOrRegionAfter(text, end);
    }

    /** The ASCII first letters (lower case) of the unit words, and their longest length. */
    private static final boolean[] UNIT_FIRST = new boolean[128];

    private static final int UNIT_MAX_LENGTH =
            UNITS.stream().mapToInt(String::length).max().orElse(0);

    static {
        for (String unit : UNITS) {
            if (unit.charAt(0) < 128) {
                UNIT_FIRST[unit.charAt(0)] = true;
            }
        }
    }

    /**
     * A cheap guard run at every word before the lower-case copy for {@link #UNITS}: false only
     * when the word cannot be one (too long — lower-casing never shortens — or an ASCII first
     * letter no unit starts with).
     */
    private static boolean mayBeUnit(String text, int start, int end) {
        if (end - start > UNIT_MAX_LENGTH) {
            return false;
        }
        char first = Chars.at(text, start);
        if (first >= 128 || !UNIT_FIRST[first >= 'A' && first <= 'Z' ? first + 32 : first]) {
            return first >= 128;
        }
        // two plain letters: the pair must begin a unit word ("Fl" of "Flat", not "Fr" of "Fred")
        char second = Chars.at(text, start + 1);
        char lowerFirst = first >= 'A' && first <= 'Z' ? (char) (first + 32) : first;
        char lowerSecond = second >= 'A' && second <= 'Z' ? (char) (second + 32) : second;
        return lowerFirst < 'a'
                || lowerFirst > 'z'
                || lowerSecond < 'a'
                || lowerSecond > 'z'
                || UNIT_PAIRS[(lowerFirst - 'a') * 26 + (lowerSecond - 'a')];
    }

    /** The first two letters of every unit word that has two plain ones. */
    private static final boolean[] UNIT_PAIRS = letterPairs(UNITS);

    private static boolean[] letterPairs(java.util.Collection<String> words) {
        boolean[] pairs = new boolean[26 * 26];
        for (String word : words) {
            String lower = word.toLowerCase(java.util.Locale.ROOT);
            if (lower.length() >= 2) {
                char first = lower.charAt(0);
                char second = lower.charAt(1);
                if (first >= 'a' && first <= 'z' && second >= 'a' && second <= 'z') {
                    pairs[(first - 'a') * 26 + (second - 'a')] = true;
                }
            }
        }
        return pairs;
    }

    /**
     * "Flat 3, 12 Mill Lane": the flat or suite is part of the address only when a street follows.
     */
    private Match unitThenStreet(String text, int i, int wordEnd) {
        if (!mayBeUnit(text, i, wordEnd) || !Tables.UNITS.contains(text, i, wordEnd)) {
            return null;
        }
        int j = Words.skipBlanks(text, Chars.at(text, wordEnd) == '.' ? wordEnd + 1 : wordEnd);
        if (Chars.at(text, j) == '#') {
            j++;
        }
        int idEnd = Words.end(text, j);
        if (idEnd == j || idEnd - j > 6 || Chars.digitCount(text, j, idEnd) == 0) {
            return null;
        }
        j = Words.skipBlanks(text, idEnd);
        if (Chars.at(text, j) == ',') {
            j = Words.skipBlanks(text, j + 1);
        }
        if (lineBreak(text, j)) {
            // "Flat 3\n12 Mill Lane": the unit alone on the first line of an address block
            j =
                    Words.skipBlanks(
                            text,
                            j + (text.charAt(j) == '\r' && Chars.at(text, j + 1) == '\n' ? 2 : 1));
        }
        if (j == idEnd || !Words.startsWord(text, j)) {
            return null;
        }
        Match building = buildingThenStreet(text, i, j);
        if (building != null) {
            return building;
        }
        Match street = street(text, j);
        return street == null ? null : new Match(i, street.end(), street.score());
    }

    private Match street(String text, int i) {
        return street(text, i, Words.end(text, i));
    }

    private Match street(String text, int i, int wordEnd) {
        int box = poBox(text, i);
        if (box > 0) {
            return new Match(i, box, PO_BOX);
        }
        int number = houseNumber(text, i);
        if (number > 0) {
            return numberFirst(text, i, number);
        }
        int typeEnd = typeWithDot(text, i, wordEnd, StreetKind.BEFORE);
        if (typeEnd > 0
                && (Character.isUpperCase(text.charAt(i))
                        || Tables.LOWER_CASE_OPENERS.contains(text, i, typeEnd))) {
            Match typed = typeFirst(text, i, typeEnd);
            if (typed != null) {
                return typed;
            }
        } else if (typeEnd > 0
                && Character.isLowerCase(text.charAt(i))
                && Tables.BEFORE_LOWER_CASE_STREET.endsBefore(text, i)) {
            // "abito in via Roma 15", "sulla strada Statale 12": any type in lower case after a
            // preposition that
            // introduces an address, and only with its house number ("via Zoom 3" is no street)
            Match typed = typeFirst(text, i, typeEnd);
            if (typed != null && typed.score() == TYPED) {
                return new Match(i, typed.end(), LOWER_CASE);
            }
        }
        if (Words.capitalised(text, i, wordEnd)) {
            return nameFirst(text, i, wordEnd);
        }
        return null;
    }

    /**
     * "221B Baker Street", "1600 Pennsylvania Ave NW", "12 rue de la Paix", "3 bis avenue Victor
     * Hugo".
     */
    private Match numberFirst(String text, int start, int numberEnd) {
        int j = Words.skipBlanks(text, numberEnd);
        int next = Words.end(text, j);
        if (j > numberEnd && Tables.BIS.contains(text, j, next)) {
            j = Words.skipBlanks(text, next);
        } else if (j == numberEnd + 1
                && next == j + 1
                && Chars.upper(text.charAt(j))
                && Chars.at(text, next) == ' '
                && Chars.upper(Chars.at(text, next + 1))) {
            j = next + 1; // "221 B Baker Street": the house letter written apart
        }
        if (Chars.at(text, j) == ',') {
            j = Words.skipBlanks(text, j + 1);
        }
        if (j == numberEnd || !Words.startsWord(text, j)) {
            return null;
        }
        int wordEnd = Words.end(text, j);
        int typeEnd = typeWithDot(text, j, wordEnd, StreetKind.BEFORE);
        if (typeEnd > 0) {
            int nameEnd = nameAfterType(text, typeEnd);
            if (nameEnd > 0) {
                return new Match(start, nameEnd, TYPED);
            }
        }
        if (Tables.NAMELESS_TYPES.contains(text, j, wordEnd)) {
            return new Match(start, wordEnd, TYPED);
        }
        // English: capitalised name words, the last type word among them ends the street
        int k = j;
        int words = 0;
        int lastTypeEnd = -1;
        double lastTypeScore = 0;
        int wordsBeforeType = 0;
        while (words <= MAX_NAME_WORDS && Words.startsWord(text, k)) {
            int end = Words.end(text, k);
            boolean capital =
                    Words.capitalised(text, k, end)
                            || ordinal(text, k, end)
                            || (words == 0
                                    && end - k <= 2
                                    && DIRECTIONS.contains(text.substring(k, end)))
                            // "12 MG Road": initials as the name, only before the type word
                            || (words == 0 && initialsBeforeType(text, k, end));
            boolean after = typeWithDot(text, k, end, StreetKind.AFTER) > 0;
            boolean weak = capital && PlaceLexicon.streetType(StreetKind.WEAK, text, k, end);
            if (!capital && !after) {
                break;
            }
            if ((after || weak) && words > 0) {
                lastTypeEnd = typeWithDot(text, k, end, after ? StreetKind.AFTER : StreetKind.WEAK);
                lastTypeScore = after ? TYPED : WEAK_TYPED;
                wordsBeforeType = words;
            }
            if (!capital) {
                break;
            }
            words++;
            // "St. Mary's Road", "N. Main St": a short abbreviation keeps its dot inside the name
            int afterDot = Chars.at(text, end) == '.' && end - k <= 3 ? end + 1 : end;
            int gap = Words.skipBlanks(text, afterDot);
            if (gap == afterDot || gap - afterDot > 2) {
                break;
            }
            k = gap;
        }
        if (lastTypeEnd < 0 || wordsBeforeType == 0) {
            Match lower = lowerCaseStreet(text, start, j);
            return lower != null ? lower : untypedAfterNumber(text, start, j);
        }
        return new Match(start, direction(text, lastTypeEnd), lastTypeScore);
    }

    /**
     * "250 Bishopsgate, London EC2M 4AA", "10 Hudson Yards, New York, NY 10001", "9 Kingsway,
     * Cardiff CF10 3AT": a house number and one to three capitalised words with no street type,
     * taken only when a comma and a town part ending in a postcode follow (what proves the line an
     * address: "5 Apples, London" is none, nor a list of counts).
     */
    private Match untypedAfterNumber(String text, int start, int j) {
        int nameEnd = -1;
        int k = j;
        for (int words = 0; words < 3 && Words.startsWord(text, k); words++) {
            int end = Words.end(text, k);
            if (!Words.capitalised(text, k, end)
                    || NameLexicon.commonWord(Words.lower(text, k, end))
                    || UNTYPED_NOT_STREETS.contains(Words.lower(text, k, end))) {
                return null;
            }
            nameEnd = end;
            if (Chars.at(text, end) != ' ') {
                break;
            }
            k = end + 1;
        }
        // a postcode before its town ("10115 Berlin, 75002 Paris") is not a house number
        if (nameEnd < 0
                || Chars.at(text, nameEnd) != ','
                || Chars.digitCount(text, start, j) > 4
                || PlaceLexicon.place(text, j, nameEnd) > 0
                || notATown(text, j)) {
            return null;
        }
        // the cheap test first: a town or a postcode must open what follows the comma
        int next = Words.skipBlanks(text, nameEnd + 1);
        if (townAt(text, next) < 0 && Postcodes.any(text, next) < 0) {
            return null;
        }
        Continuation after = continuation(text, nameEnd, true);
        return after.postcode() && after.place()
                ? new Match(start, after.end(), WEAK_WITH_PLACE)
                : null;
    }

    /**
     * "42 elm street", as chat writes it: one to three lower-case words and a full English type
     * word.
     */
    private static Match lowerCaseStreet(String text, int start, int j) {
        int k = j;
        for (int words = 0; words < 4 && Words.startsWord(text, k); words++) {
            int end = Words.end(text, k);
            if (words > 0
                    && end - k > 3
                    && end - k <= Words.MAX_LOOKUP
                    && PlaceLexicon.streetType(StreetKind.AFTER, text, k, end)) {
                return new Match(start, end, LOWER_CASE);
            }
            if (!lowerCaseWord(text, k, end)
                    || Tables.NOT_LOWER_CASE_NAMES.contains(text, k, end)
                    || PlaceLexicon.streetType(StreetKind.WEAK, text, k, end)) {
                return null;
            }
            int gap = Words.skipBlanks(text, end);
            if (gap - end != 1) {
                return null;
            }
            k = gap;
        }
        return null;
    }

    /**
     * Every character a lower-case letter or a digit, the first a lower-case letter (as
     * lower-casing would leave it).
     */
    private static boolean lowerCaseWord(String text, int start, int end) {
        if (end - start > Words.MAX_LOOKUP || !Character.isLowerCase(text.charAt(start))) {
            return false;
        }
        for (int k = start + 1; k < end; k++) {
            char c = text.charAt(k);
            if (Character.isUpperCase(c) || c == '\u2019') {
                return false;
            }
        }
        return true;
    }

    /**
     * "Calle Mayor 5", "Via Roma, 10", "ul. Marszałkowska 10/12", "Avda. de la Constitución 12",
     * "Piazza Garibaldi".
     */
    private Match typeFirst(String text, int start, int typeEnd) {
        int nameEnd = nameAfterType(text, typeEnd);
        if (nameEnd < 0) {
            return null;
        }
        int j = Words.skipBlanks(text, nameEnd);
        if (Chars.at(text, j) == ',') {
            j = Words.skipBlanks(text, j + 1);
        }
        int number = j > nameEnd ? markedNumber(text, j) : -1;
        if (number > 0) {
            return new Match(start, number, TYPED);
        }
        return Character.isUpperCase(text.charAt(start))
                ? new Match(start, nameEnd, NAME_ONLY)
                : null;
    }

    /**
     * "Hauptstraße 12", "Berliner Str. 5", "Václavské náměstí 12", "Baker Street", "Am Markt 3a".
     */
    private Match nameFirst(String text, int start, int wordEnd) {
        int compoundEnd = compoundEnd(text, start, wordEnd);
        if (compoundEnd > 0) {
            int number = numberAfter(text, compoundEnd);
            return number > 0
                    ? new Match(start, number, TYPED)
                    : new Match(start, compoundEnd, COMPOUND_ONLY);
        }
        if (Tables.PREPOSITIONS.contains(text, start, wordEnd)) {
            Match prepositional =
                    prepositional(text, start, wordEnd, Words.lower(text, start, wordEnd));
            if (prepositional != null) {
                return prepositional;
            }
        }
        int k = Words.skipBlanks(text, wordEnd);
        for (int words = 1; words <= 3 && k > wordEnd && Words.startsWord(text, k); words++) {
            int end = Words.end(text, k);
            String lower = Words.lower(text, k, end);
            int typeEnd = typeWithDot(text, k, end, StreetKind.AFTER);
            if (typeEnd > 0) {
                int number = numberAfter(text, typeEnd);
                if (number > 0) {
                    return new Match(start, number, TYPED);
                }
                boolean fullWord =
                        lower.length() > 4
                                && Character.isUpperCase(text.charAt(k))
                                && typeEnd == end;
                return fullWord ? new Match(start, typeEnd, NAME_ONLY) : null;
            }
            if (!Words.capitalised(text, k, end)) {
                return null;
            }
            wordEnd = end;
            k = Words.skipBlanks(text, end);
        }
        return null;
    }

    private Match prepositional(String text, int start, int wordEnd, String word) {
        int k = Words.skipBlanks(text, wordEnd);
        int end = Words.end(text, k);
        if (ARTICLES.contains(Words.lower(text, k, end))) {
            k = Words.skipBlanks(text, end);
            end = Words.end(text, k);
        } else if (PREPOSITIONS_WITH_ARTICLE.contains(word)) {
            return null;
        }
        if (k == wordEnd || !Words.capitalised(text, k, end)) {
            return null;
        }
        int number = numberAfter(text, end);
        if (number < 0) {
            int second = Words.skipBlanks(text, end);
            int secondEnd = Words.end(text, second);
            if (second > end && Words.capitalised(text, second, secondEnd)) {
                number = numberAfter(text, secondEnd);
            }
        }
        return number > 0 ? new Match(start, number, PREPOSITIONAL) : null;
    }

    /**
     * Name words after an opening type: capitalised words and lower-case particles; ends at the
     * last capitalised one.
     */
    private static int nameAfterType(String text, int typeEnd) {
        int k = Words.skipBlanks(text, typeEnd);
        if (k == typeEnd) {
            return -1;
        }
        int lastName = -1;
        for (int words = 0; words < MAX_NAME_WORDS && Words.startsWord(text, k); words++) {
            int end = Words.end(text, k);
            String lower = Words.lower(text, k, end);
            if (end - k == 1
                    && Character.isUpperCase(text.charAt(k))
                    && Chars.at(text, end) == '.'
                    && Words.skipBlanks(text, end + 1) == end + 2) {
                // an initial of the person the street is named after: "Via G. Verdi", "ul. J.
                // Słowackiego"
                k = end + 2;
                continue;
            }
            if (Words.capitalised(text, k, end)
                    || elided(text, k, end)
                    || (lastName > 0 && roman(text, k, end))) {
                lastName = end;
            } else if (!PARTICLES.contains(lower)) {
                break;
            }
            int gap = Words.skipBlanks(text, end);
            if (gap == end) {
                break;
            }
            k = gap;
        }
        return lastName;
    }

    /** "II" in "Corso Vittorio Emanuele II". */
    private static boolean roman(String text, int start, int end) {
        if (end - start > 4) {
            return false;
        }
        for (int k = start; k < end; k++) {
            if ("IVX".indexOf(text.charAt(k)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** "d'Alésia", "l'Église": an elided article glued to a capitalised name. */
    private static boolean elided(String text, int start, int end) {
        char apostrophe = Chars.at(text, start + 1);
        return (apostrophe == '\'' || apostrophe == '’')
                && Character.isLowerCase(text.charAt(start))
                && Words.capitalised(text, start + 2, end);
    }

    private static int compoundEnd(String text, int start, int wordEnd) {
        if (Chars.at(text, wordEnd) == '.'
                && PlaceLexicon.compoundStreet(text, start, wordEnd + 1)) {
            return wordEnd + 1;
        }
        return PlaceLexicon.compoundStreet(text, start, wordEnd) ? wordEnd : -1;
    }

    /** The end of a street type starting here (with its abbreviation dot), or -1. */
    private static int typeWithDot(String text, int start, int end, StreetKind kind) {
        if (end - start > Words.MAX_LOOKUP) {
            return -1;
        }
        char after = Chars.at(text, end);
        if ((after == '.' || after == '/') && PlaceLexicon.streetType(kind, text, start, end + 1)) {
            return end + 1;
        }
        if (!PlaceLexicon.streetType(kind, text, start, end)) {
            return -1;
        }
        // an abbreviation keeps its dot: "St.", "Ave."
        return after == '.' && end - start <= 4 && Chars.wordChar(Chars.at(text, start))
                ? end + 1
                : end;
    }

    /** A compass suffix after an American street type: "Pennsylvania Ave NW". */
    private static int direction(String text, int end) {
        int j = Words.skipBlanks(text, end);
        if (j == end || j - end > 1) {
            return end;
        }
        // "N.W.", "S.E."
        if (Chars.at(text, j + 1) == '.'
                && Chars.at(text, j + 3) == '.'
                && !Chars.wordChar(Chars.at(text, j + 4))
                && DIRECTIONS.contains("" + text.charAt(j) + Chars.at(text, j + 2))) {
            return j + 4;
        }
        int wordEnd = Words.end(text, j);
        if (wordEnd - j <= 2
                && Chars.at(text, wordEnd) == '.'
                && Chars.at(text, wordEnd + 1) == ','
                && DIRECTIONS.contains(text.substring(j, wordEnd))) {
            return wordEnd + 1; // "55 King St. W., Kitchener"
        }
        return wordEnd - j <= 2
                        && DIRECTIONS.contains(text.substring(j, wordEnd))
                        && Chars.at(text, wordEnd) != '.'
                        && !Chars.wordChar(Chars.at(text, wordEnd))
                ? wordEnd
                : end;
    }

    /** Two or three capitals, then one blank and an English street type: "MG Road", "JFK Blvd". */
    private static boolean initialsBeforeType(String text, int start, int end) {
        if (end - start < 2
                || end - start > 3
                || Chars.at(text, end) != ' '
                || text.startsWith("AM", start)
                || text.startsWith("PM", start)) {
            return false; // "2 PM Road trip" is a time
        }
        for (int k = start; k < end; k++) {
            if (!Chars.upper(text.charAt(k))) {
                return false;
            }
        }
        int typeEnd = Words.end(text, end + 1);
        return Words.capitalised(text, end + 1, typeEnd)
                && PlaceLexicon.streetType(StreetKind.AFTER, text, end + 1, typeEnd);
    }

    /** "5th", "42nd", "1st" in "350 5th Avenue". */
    private static boolean ordinal(String text, int start, int end) {
        int digits = 0;
        while (start + digits < end && Chars.digit(text.charAt(start + digits))) {
            digits++;
        }
        if (digits == 0 || digits > 3 || end - start - digits != 2) {
            return false;
        }
        String suffix = Words.lower(text, start + digits, end);
        return suffix.equals("st")
                || suffix.equals("nd")
                || suffix.equals("rd")
                || suffix.equals("th");
    }

    private static int numberAfter(String text, int end) {
        int j = Words.skipBlanks(text, end);
        if (Chars.at(text, j) == ',') {
            j = Words.skipBlanks(text, j + 1);
        }
        return j > end ? markedNumber(text, j) : -1;
    }

    /**
     * Words that announce the house number ("Nr. 5", "n. 10", "nº 12", "n° 3", "No. 7", "č. 4") and
     * the Spanish "s/n" (sin número, no number): how each language writes the number after the
     * street name.
     */
    private static final List<String> NUMBER_MARKERS =
            List.of(
                    "n.º", "nº", "n°", "nr.", "nr", "no.", "n.", "núm.", "num.", "nro.", "número",
                    "numero", "č.p.", "č.");

    /**
     * A house number at {@code j}, perhaps behind a number word ("Nr. 5", "nº 12"), or "s/n"; its
     * end, or -1.
     */
    private static int markedNumber(String text, int j) {
        int plain = houseNumber(text, j);
        if (plain > 0) {
            return numberTail(text, plain);
        }
        char first = Character.toLowerCase(Chars.at(text, j));
        if ((first != 'n' && first != 's' && first != 'č') || !Words.startsWord(text, j)) {
            return -1;
        }
        if (Chars.regionMatchesIgnoreCase(text, j, "s/n")
                && !Chars.wordChar(Chars.at(text, j + 3))) {
            return j + 3;
        }
        for (String marker : NUMBER_MARKERS) {
            int end = j + marker.length();
            if (Chars.regionMatchesIgnoreCase(text, j, marker)
                    && !(Chars.wordChar(marker.charAt(marker.length() - 1))
                            && Chars.wordChar(Chars.at(text, end)))) {
                int k = Words.skipBlanks(text, end);
                if (k - end > 1) {
                    return -1;
                }
                return Chars.digit(Chars.at(text, k)) ? numberAt(text, k) : -1;
            }
        }
        return -1;
    }

    /**
     * What may follow a house number after a street name, kept only where the part ends there (a
     * comma, a line end): a letter after a slash or a blank ("5/A", "12 A", "1 b") and a spaced
     * range ("12 – 14").
     */
    private static int numberTail(String text, int end) {
        char c = Chars.at(text, end);
        if (c == '/'
                && Character.isLetter(Chars.at(text, end + 1))
                && !Chars.wordChar(Chars.at(text, end + 2))) {
            return end + 2;
        }
        if (c == ' ' && Character.isLetter(Chars.at(text, end + 1)) && partEnds(text, end + 2)) {
            return end + 2;
        }
        if (c == ' '
                && (Chars.at(text, end + 1) == '-' || Chars.at(text, end + 1) == '–')
                && Chars.at(text, end + 2) == ' ') {
            int k = end + 3;
            int digits = 0;
            while (digits < 4 && Chars.digit(Chars.at(text, k + digits))) {
                digits++;
            }
            if (digits > 0
                    && digits <= 3
                    && Chars.at(text, k) != '0'
                    && partEnds(text, k + digits)) {
                return k + digits;
            }
        }
        return end;
    }

    /** A comma, a line break or the end of the text right here. */
    private static boolean partEnds(String text, int j) {
        return j >= text.length() || Chars.at(text, j) == ',' || lineBreak(text, j);
    }

    /**
     * {@link #houseNumber} at a position glued to its marker ("nº12", "Nr.5"), where no word
     * starts.
     */
    private static int numberAt(String text, int k) {
        if (Words.startsWord(text, k)) {
            return houseNumber(text, k);
        }
        // "nº12": the number is glued to the marker; check its shape alone
        if (Chars.at(text, k) == '0') {
            return -1;
        }
        int j = numberPart(text, k);
        return j < 0 || Chars.wordChar(Chars.at(text, j)) ? -1 : j;
    }

    /**
     * A house number starting here: 1–5 digits not led by 0, an optional letter ("221B", "3a"), an
     * optional second number after - or / ("10-12", "10/12"). Returns where it ends, or -1.
     */
    static int houseNumber(String text, int i) {
        if (!Chars.digit(Chars.at(text, i))
                || text.charAt(i) == '0'
                || !Words.startsWord(text, i)) {
            return -1;
        }
        int j = numberPart(text, i);
        if (j < 0) {
            return -1;
        }
        if ((Chars.at(text, j) == '-' || Chars.at(text, j) == '/')
                && Chars.digit(Chars.at(text, j + 1))) {
            int second = numberPart(text, j + 1);
            if (second < 0) {
                return -1;
            }
            j = second;
        }
        if (Chars.at(text, j) == '-' && Character.isLetter(Chars.at(text, j + 1))) {
            // Dutch and Belgian floor or letter after the number: "5-II", "12-H", "7-hs"
            int k = j + 1;
            while (k - j <= 3 && Character.isLetter(Chars.at(text, k))) {
                k++;
            }
            if (k - j <= 3 && !Chars.wordChar(Chars.at(text, k)) && Chars.at(text, k) != '-') {
                j = k;
            }
        }
        return Chars.wordChar(Chars.at(text, j))
                        || (Chars.at(text, j) == '.' && Chars.digit(Chars.at(text, j + 1)))
                ? -1
                : j;
    }

    private static int numberPart(String text, int i) {
        int j = i;
        while (Chars.digit(Chars.at(text, j)) && j - i < 6) {
            j++;
        }
        if (j - i > 5) {
            return -1;
        }
        if (Character.isLetter(Chars.at(text, j)) && !Chars.wordChar(Chars.at(text, j + 1))) {
            j++;
        }
        return j;
    }

    private static int poBox(String text, int i) {
        // every PO box form starts with one of these letters: most words are ruled out by one look
        char first = Character.toLowerCase(Chars.at(text, i));
        if (first != 'p' && first != 'b' && first != 'a' && first != 'c' && first != 's'
                || !Tables.PO_BOX_FIRST_WORDS.contains(text, i, Words.end(text, i))) {
            return -1;
        }
        for (String box : PO_BOXES) {
            int end = i + box.length();
            if (Chars.regionMatchesIgnoreCase(text, i, box)
                    && !Chars.wordChar(Chars.at(text, end))) {
                if (box.equals("box") || box.equals("bp")) {
                    // alone, only in capitals with a number: "BP 123", "Box 45" is too common
                    if (box.equals("box") || !text.startsWith("BP", i)) {
                        continue;
                    }
                }
                int j = Words.skipBlanks(text, end);
                if (j > end && Chars.digit(Chars.at(text, j))) {
                    int numberEnd = Words.end(text, j);
                    if (numberEnd - j <= 7 && Words.allDigits(text, j, numberEnd)) {
                        return pairedDigits(text, j, numberEnd);
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    /**
     * "Postfach 10 20 30": a box number written in pairs of digits, as German mail writes it; its
     * end.
     */
    private static int pairedDigits(String text, int start, int end) {
        if (end - start != 2) {
            return end;
        }
        int k = end;
        for (int pairs = 1;
                pairs < 4
                        && Chars.at(text, k) == ' '
                        && Chars.digit(Chars.at(text, k + 1))
                        && Chars.digit(Chars.at(text, k + 2))
                        && !Chars.wordChar(Chars.at(text, k + 3));
                pairs++) {
            k += 3;
        }
        return k;
    }

    /** What one part of an address after the street is, and how much it proves. */
    private enum Part {
        UNIT,
        LOOSE_UNIT,
        POSTCODE,
        TOWN,
        UNKNOWN_TOWN,
        REGION,
        COUNTRY,
        STREET
    }

    /** One part found after the street: where it ends, what it is. */
    private record Segment(int end, Part part) {}

    /** The end of the address, and whether a town, region or postcode was among its parts. */
    private record Continuation(int end, boolean place, boolean postcode) {}

    /**
     * The parts that follow the street: units and floors, building names, towns and districts,
     * postcodes (before or after the town), state codes and names, countries — separated by commas,
     * blanks, " - ", or line breaks of an address block. An unknown capitalised word is only kept
     * when something that proves the address (a postcode, a known place, a region, a country) comes
     * after it; a new line is only kept when the whole line is address parts. At most {@link
     * #MAX_PARTS} parts, each of bounded length: constant work per street.
     */
    private Match continued(String text, Match core) {
        Continuation c = continuation(text, core.end(), false);
        double score = core.score();
        if (c.place()) {
            // above a town's or a postcode's own score, so the whole address wins the overlap
            score = core.score() >= PREPOSITIONAL ? WITH_PLACE : WEAK_WITH_PLACE;
        }
        return new Match(core.start(), c.end(), score);
    }

    private Continuation continuation(String text, int from, boolean streetSeen) {
        int end = from; // what is committed
        int pos = from; // where parsing stands (may be past end over unproven parts)
        boolean place = false;
        boolean postcode = false;
        boolean street = streetSeen;
        Part previous = Part.STREET;
        int lineStart = -1; // the committed end before an open line, or -1
        boolean placeBeforeLine = false;
        boolean postcodeBeforeLine = false;
        int lines = 0;
        int unproven = 0;
        for (int step = 0; step < MAX_PARTS; step++) {
            int j = Words.skipBlanks(text, pos);
            boolean comma = separator(text, j);
            if (comma) {
                j = Words.skipBlanks(text, j + 1);
            }
            boolean connector = false;
            if (lineBreak(text, j)) {
                if (lines >= MAX_LINES) {
                    break;
                }
                // the line before ended after an address part: it is done; the next line is on
                // trial
                int k = j + (text.charAt(j) == '\r' && Chars.at(text, j + 1) == '\n' ? 2 : 1);
                j = Words.skipBlanks(text, k);
                if (lineBreak(text, j)) {
                    // one empty line inside an address block ("742 Evergreen Terrace", blank,
                    // "Springfield, IL")
                    j =
                            Words.skipBlanks(
                                    text,
                                    j
                                            + (text.charAt(j) == '\r'
                                                            && Chars.at(text, j + 1) == '\n'
                                                    ? 2
                                                    : 1));
                }
                lineStart = end;
                placeBeforeLine = place;
                postcodeBeforeLine = postcode;
                lines++;
                comma = true;
            } else if (!comma && !place && j > pos && connector(text, j)) {
                j = Words.skipBlanks(text, j + 2);
                connector = true;
            }
            if (j == pos || j >= text.length()) {
                break;
            }
            Segment segment = segment(text, j, previous, comma, street, place);
            if (connector
                    && segment != null
                    && segment.part() == Part.UNKNOWN_TOWN
                    && PlaceLexicon.place(text, j, segment.end()) > 0) {
                // "Dorpsstraat 12 te Zeist": a listed town after a connector, even one that is also
                // a word or name
                segment = new Segment(segment.end(), Part.TOWN);
            }
            if (segment == null
                    || (connector
                            && segment.part() != Part.POSTCODE
                            && !(segment.part() == Part.TOWN
                                    && PlaceLexicon.place(text, j, segment.end()) > 0))) {
                break;
            }
            pos = segment.end();
            previous = segment.part();
            switch (segment.part()) {
                case UNIT, REGION, COUNTRY, TOWN, POSTCODE, STREET -> {
                    end = pos;
                    unproven = 0;
                    place |= segment.part() != Part.UNIT && segment.part() != Part.STREET;
                    postcode |= segment.part() == Part.POSTCODE;
                    street |= segment.part() == Part.STREET;
                }
                default -> {
                    if (++unproven > 2) {
                        pos = end;
                        step = MAX_PARTS;
                    }
                }
            }
            if (lineStart >= 0 && lineEnds(text, pos)) {
                lineStart = -1; // the whole line was address parts: keep what it proved
            }
        }
        if (lineStart >= 0) {
            // the last line did not consist of address parts alone
            return new Continuation(lineStart, placeBeforeLine, postcodeBeforeLine);
        }
        return new Continuation(end, place, postcode);
    }

    /** The address part starting at {@code j}, or null. */
    private Segment segment(
            String text,
            int j,
            Part previous,
            boolean comma,
            boolean streetSeen,
            boolean placeSeen) {
        int unit = unitOrFloor(text, j);
        if (unit > 0) {
            return new Segment(unit, Part.UNIT);
        }
        int loose = looseUnit(text, j);
        if (loose > 0 && !placeSeen) {
            return new Segment(loose, Part.LOOSE_UNIT);
        }
        boolean afterTown =
                previous == Part.TOWN || previous == Part.UNKNOWN_TOWN || previous == Part.REGION;
        int code = countryPrefixed(text, j);
        if (code < 0) {
            code = Postcodes.any(text, j);
        }
        if (code < 0) {
            code = Postcodes.eircode(text, j);
        }
        if (code < 0 && afterTown) {
            // an Indian PIN after its town, ending the clause: "Bengaluru 560001, India"
            int pin = Postcodes.digits(text, j, 6);
            char after = pin > 0 ? Chars.at(text, Words.skipBlanks(text, pin)) : ' ';
            code = pin > 0 && !Character.isLowerCase(after) && !Chars.digit(after) ? pin : -1;
        }
        if (afterTown && text.startsWith("D.C.", j)) {
            return new Segment(j + 4, Part.REGION);
        }
        if (previous == Part.TOWN && text.startsWith("Cedex", j)) {
            int k = Words.skipBlanks(text, j + 5);
            int numberEnd = Words.end(text, k);
            return new Segment(
                    k > j + 5 && numberEnd - k <= 2 && Words.allDigits(text, k, numberEnd)
                            ? numberEnd
                            : j + 5,
                    Part.TOWN);
        }
        if (code > 0) {
            boolean lettered =
                    Chars.at(text, j + 1) == '-'
                            || Chars.at(text, j + 2) == '-'
                            || Postcodes.uk(text, j) > 0
                            || Postcodes.canada(text, j) > 0
                            || (Postcodes.netherlands(text, j) > 0
                                    && Chars.upper(text.charAt(code - 1)));
            int next = Words.skipBlanks(text, code);
            if (next > code && separator(text, next) && Chars.at(text, next) != ',') {
                next = Words.skipBlanks(text, next + 1); // "Calle Mayor 5 - 28013 - Madrid"
            }
            boolean townAfter =
                    next > code && next - code <= 3 && townAt(text, next) > 0
                            || upperCaseWord(text, next, Words.end(text, next));
            boolean fourDigits = code - j == 4 && Words.allDigits(text, j, code);
            boolean accept =
                    lettered
                            || townAfter
                            || (afterTown
                                    && !(fourDigits && previous != Part.REGION && year(text, j)));
            if (accept) {
                return new Segment(code, Part.POSTCODE);
            }
        }
        if (afterTown
                && (regionCode(text, j)
                        || (previous == Part.TOWN || previous == Part.UNKNOWN_TOWN)
                                && provinceCode(text, j))) {
            return new Segment(Chars.at(text, j) == '(' ? j + 4 : Words.end(text, j), Part.REGION);
        }
        if (regionCode(text, j) && postcodeAfter(text, Words.end(text, j))) {
            return new Segment(Words.end(text, j), Part.REGION);
        }
        if (previous != Part.STREET
                && previous != Part.UNIT
                && previous != Part.LOOSE_UNIT
                && (comma || countryWithoutComma(text, j, previous))
                && COUNTRY_CODES.contains(Words.lower(text, j, Words.end(text, j)))
                && Chars.upper(text.charAt(j))) {
            return new Segment(countryCodeEnd(text, j), Part.COUNTRY);
        }
        if (Chars.at(text, j) == '(' && previous != Part.STREET) {
            int inner = j + 1;
            int bracketed = Postcodes.uk(text, inner);
            if (bracketed < 0) {
                bracketed = Postcodes.canada(text, inner);
            }
            if (afterTown && bracketed > 0 && Chars.at(text, bracketed) == ')') {
                return new Segment(bracketed + 1, Part.POSTCODE); // "Leeds (LS6 2AB)"
            }
            int innerEnd = townAt(text, inner);
            if (innerEnd > 0
                    && Chars.at(text, innerEnd) == ')'
                    && PlaceLexicon.place(phrase(text, inner, innerEnd)) > 0) {
                return new Segment(innerEnd + 1, Part.COUNTRY);
            }
            return null;
        }
        if (!streetSeen && !placeSeen && comma) {
            int numberAt = houseNumber(text, j);
            Match next = numberAt > 0 ? street(text, j) : null;
            if (next != null && next.score() >= WEAK_TYPED) {
                return new Segment(next.end(), Part.STREET);
            }
        }
        int county = irishCounty(text, j);
        if (county > 0 && previous != Part.STREET) {
            return new Segment(county, Part.TOWN);
        }
        int placeEnd = townAt(text, j);
        if (placeEnd > 0 && !notATown(text, j)) {
            boolean known =
                    PlaceLexicon.place(phrase(text, j, placeEnd)) == 2
                            || PlaceLexicon.place(Words.lower(text, j, Words.end(text, j))) == 2;
            boolean afterPostcode = previous == Part.POSTCODE && !comma;
            int districtEnd = district(text, placeEnd);
            boolean last =
                    comma
                            && endsTheAddress(text, districtEnd)
                            && !NameLexicon.firstName(Words.lower(text, j, Words.end(text, j)));
            return new Segment(
                    districtEnd, known || afterPostcode || last ? Part.TOWN : Part.UNKNOWN_TOWN);
        }
        return null;
    }

    /** "Co. Cork", "Co Kerry": an Irish county after the town; its end, or -1. */
    private static int irishCounty(String text, int j) {
        if (!text.startsWith("Co", j)
                || Chars.wordChar(Chars.at(text, j + 2)) && Chars.at(text, j + 2) != '.') {
            return -1;
        }
        int k = Chars.at(text, j + 2) == '.' ? j + 3 : j + 2;
        if (Chars.at(text, k) != ' ') {
            return -1;
        }
        int nameEnd = Words.end(text, k + 1);
        return Words.capitalised(text, k + 1, nameEnd) ? nameEnd : -1;
    }

    /**
     * The sentence or the line ends here: "…, Smalltown." — the last word of an address is its
     * town.
     */
    private static boolean endsTheAddress(String text, int end) {
        int j = Words.skipBlanks(text, end);
        char c = Chars.at(text, j);
        return j >= text.length()
                || c == '\n'
                || c == '\r'
                || ((c == '.' || c == ';') && !Chars.wordChar(Chars.at(text, j + 1)));
    }

    /** Capitalised words that start a sentence or name a time, never a town: "Thanks", "Monday". */
    private static boolean notATown(String text, int j) {
        int end = Words.end(text, j);
        String lower = Words.lower(text, j, end);
        if (PlaceLexicon.place(lower) == 2) {
            return false;
        }
        // "Tel", "Fax" after an address are no town, although "Tel Aviv" is listed
        if (NOT_TOWNS.contains(lower)) {
            return true;
        }
        if (PlaceLexicon.placePrefix(lower)) {
            return false;
        }
        return NameLexicon.notName(lower) || CalendarWords.of(text, j, end) != 0;
    }

    /**
     * "2h", "3hg", "II", "3. OG", "2e étage", "3rd floor", "EG": floors and Dutch house letters,
     * proven by what follows.
     */
    private static int looseUnit(String text, int j) {
        int wordEnd = Words.end(text, j);
        if (wordEnd == j) {
            return -1;
        }
        String word = Words.lower(text, j, wordEnd);
        if (FLOOR_WORDS.contains(word) && Chars.upper(text.charAt(j))) {
            return wordEnd;
        }
        if (roman(text, j, wordEnd) && wordEnd - j <= 3) {
            return wordEnd;
        }
        int digits = 0;
        while (digits < wordEnd - j && Chars.digit(text.charAt(j + digits))) {
            digits++;
        }
        if (digits == 0 || digits > 2) {
            return -1;
        }
        if (digits == wordEnd - j && Chars.at(text, wordEnd) == '.') {
            // "3. OG", "2. Stock", "1. Etage"
            int k = Words.skipBlanks(text, wordEnd + 1);
            int floorEnd = Words.end(text, k);
            return k > wordEnd + 1 && FLOOR_WORDS.contains(Words.lower(text, k, floorEnd))
                    ? floorEnd
                    : -1;
        }
        String suffix = word.substring(digits);
        if (ORDINAL_SUFFIXES.contains(suffix)) {
            // "3rd floor", "2e étage", "1er étage"
            int k = Words.skipBlanks(text, wordEnd);
            int floorEnd = Words.end(text, k);
            if (k > wordEnd && FLOOR_WORDS.contains(Words.lower(text, k, floorEnd))) {
                return floorEnd;
            }
        }
        // Dutch "2h", "3hg", "1e" after the house number
        return suffix.length() >= 1
                        && suffix.length() <= 3
                        && suffix.chars().allMatch(ch -> ch >= 'a' && ch <= 'z')
                ? wordEnd
                : -1;
    }

    /**
     * "D-10115", "CH-8001", "A-1010", "F-75002": a postcode behind its country's letters, as
     * European mail writes it.
     */
    private static int countryPrefixed(String text, int j) {
        int letters = 0;
        while (letters < 3 && Chars.upper(Chars.at(text, j + letters))) {
            letters++;
        }
        if (letters == 0
                || letters > 2
                || Chars.at(text, j + letters) != '-'
                || !Words.startsWord(text, j)) {
            return -1;
        }
        int k = j + letters + 1;
        int digits = 0;
        while (digits < 6 && Chars.digit(Chars.at(text, k + digits))) {
            digits++;
        }
        return (digits == 4 || digits == 5) && Chars.endsToken(text, k + digits) ? k + digits : -1;
    }

    private static boolean postcodeAfter(String text, int end) {
        int j = Words.skipBlanks(text, end);
        return j > end && Postcodes.any(text, j) > 0;
    }

    /** 1900–2099. */
    private static boolean year(String text, int i) {
        return (text.charAt(i) == '1' && text.charAt(i + 1) == '9')
                || (text.charAt(i) == '2' && text.charAt(i + 1) == '0');
    }

    /**
     * "London NW1 6XE UK", "Springfield USA": a country code written after a postcode with no
     * comma, or one of the spelled-out abbreviations after a town ("IT", "DE" after a town are more
     * often words).
     */
    private static boolean countryWithoutComma(String text, int j, Part previous) {
        if (previous == Part.POSTCODE) {
            return true;
        }
        return (previous == Part.TOWN || previous == Part.REGION)
                && (text.startsWith("USA", j) && !Chars.wordChar(Chars.at(text, j + 3))
                        || text.startsWith("U.S.A.", j)
                        || text.startsWith("UK", j) && !Chars.wordChar(Chars.at(text, j + 2)));
    }

    private static boolean separator(String text, int j) {
        char c = Chars.at(text, j);
        return c == ','
                || c == '·'
                || c == ';'
                || ((c == '-' || c == '–' || c == '—' || c == '|' || c == '/')
                        && Chars.at(text, j + 1) == ' '
                        && Chars.at(text, j - 1) == ' ');
    }

    /**
     * "Hauptstraße 12 in 10115 Berlin", "12 Baker Street in London", "via Roma 15 a Firenze",
     * "Dorpsstraat 12 te Zeist", "Calle Mayor 3 en Madrid": a word joining a street to its town
     * (which must be a postcode or a listed town); each is one or two letters, so {@link
     * #continuation} skips two characters after it.
     */
    private static boolean connector(String text, int j) {
        if (Chars.wordChar(Chars.at(text, j - 1))) {
            return false;
        }
        if (Chars.at(text, j + 1) == ' ') {
            char c = text.charAt(j);
            return c == 'à' || c == 'a' || c == 'w' || c == 'v';
        }
        return Chars.at(text, j + 2) == ' '
                && (text.startsWith("in", j)
                        || text.startsWith("en", j)
                        || text.startsWith("te", j));
    }

    private static boolean lineEnds(String text, int end) {
        int j = Words.skipBlanks(text, end);
        return j >= text.length() || text.charAt(j) == '\n' || text.charAt(j) == '\r';
    }

    private static boolean lineBreak(String text, int j) {
        char c = Chars.at(text, j);
        return (c == '\n' || c == '\r') && j < text.length();
    }

    /** An Italian province or similar code after the town: "Torino TO", "Milano (MI)". */
    private static boolean provinceCode(String text, int j) {
        int k = Chars.at(text, j) == '(' ? j + 1 : j;
        boolean letters =
                Chars.upper(Chars.at(text, k))
                        && Chars.upper(Chars.at(text, k + 1))
                        && !Chars.wordChar(Chars.at(text, k + 2));
        return letters && (k == j || Chars.at(text, k + 2) == ')');
    }

    private static int countryCodeEnd(String text, int j) {
        int end = Words.end(text, j);
        return Chars.at(text, end) == '.' && Chars.at(text, end - 2) == '.' ? end + 1 : end;
    }

    /** "Apt 4B", "Suite 200", "#12", "3º B", "2ª izq". */
    private static int unitOrFloor(String text, int j) {
        if (Chars.at(text, j) == '#' && Chars.digit(Chars.at(text, j + 1))) {
            int end = Words.end(text, j + 1);
            return end - j <= 7 ? end : -1;
        }
        if (Chars.digit(Chars.at(text, j))) {
            int k = j;
            while (Chars.digit(Chars.at(text, k)) && k - j < 3) {
                k++;
            }
            char mark = Chars.at(text, k);
            if (mark != 'º' && mark != 'ª' && mark != '°') {
                return -1;
            }
            k++;
            int letter = Words.skipBlanks(text, k);
            int letterEnd = Words.end(text, letter);
            if (letter > k
                    && letterEnd - letter <= 4
                    && letterEnd > letter
                    && (letterEnd - letter == 1
                            || Words.lower(text, letter, letterEnd)
                                    .matches("izq|izda|dcha|dch|ctro"))) {
                return Chars.at(text, letterEnd) == '.' && letterEnd - letter > 1
                        ? letterEnd + 1
                        : letterEnd;
            }
            return k;
        }
        int wordEnd = Words.end(text, j);
        String unit = Words.lower(text, j, wordEnd);
        boolean dotted =
                (unit.equals("m") || unit.equals("lok") || unit.equals("mieszk"))
                        && Chars.at(text, wordEnd) == '.';
        if (!UNITS.contains(unit) && !dotted) {
            return -1;
        }
        int k = Words.skipBlanks(text, Chars.at(text, wordEnd) == '.' ? wordEnd + 1 : wordEnd);
        if (Chars.at(text, k) == '#') {
            k++;
        }
        int idEnd = Words.end(text, k);
        return idEnd > k && idEnd - k <= 6 && Chars.digitCount(text, k, idEnd) > 0 ? idEnd : -1;
    }

    /**
     * Up to three capitalised words ("Frankfurt am Main", "Ústí nad Labem" keep their particles).
     */
    private static int townAt(String text, int j) {
        int end = Words.end(text, j);
        if (upperCaseWord(text, j, end)) {
            return PlaceLexicon.place(Words.lower(text, j, end)) > 0
                            || postcodeOrRegionAfter(text, end)
                    ? end
                    : -1;
        }
        if (!Words.capitalised(text, j, end)) {
            return -1;
        }
        int last = end;
        int k = Words.skipBlanks(text, end);
        for (int words = 1;
                words < 4 && k > last && k - last == 1 && Words.startsWord(text, k);
                words++) {
            int wordEnd = Words.end(text, k);
            String lower = Words.lower(text, k, wordEnd);
            if (PARTICLES.contains(lower) || lower.equals("sur") || lower.equals("im")) {
                int after = Words.skipBlanks(text, wordEnd);
                int afterEnd = Words.end(text, after);
                if (after - wordEnd == 1
                        && Words.capitalised(text, after, afterEnd)
                        && PlaceLexicon.place(phrase(text, j, afterEnd)) > 0) {
                    last = afterEnd;
                    k = Words.skipBlanks(text, afterEnd);
                    continue;
                }
                break;
            }
            if (!Words.capitalised(text, k, wordEnd)
                    || PlaceLexicon.streetType(StreetKind.AFTER, lower)) {
                break;
            }
            if (PlaceLexicon.place(phrase(text, j, wordEnd)) == 0
                    && !PlaceLexicon.placePrefix(phrase(text, j, wordEnd))
                    && !postcodeOrRegionAfter(text, wordEnd)) {
                break;
            }
            last = wordEnd;
            k = Words.skipBlanks(text, wordEnd);
        }
        return last;
    }

    /** "PARIS", "LONDON": towns as envelopes write them, three letters or more. */
    private static boolean upperCaseWord(String text, int start, int end) {
        if (end - start < 3) {
            return false;
        }
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (!Character.isUpperCase(c) && c != '-' && c != '\'') {
                return false;
            }
        }
        return true;
    }

    /** "Praha 1", "Paris 15": a district number right after the town. */
    private static int district(String text, int end) {
        int j = Words.skipBlanks(text, end);
        if (j - end != 1) {
            return end;
        }
        int numberEnd = Words.end(text, j);
        int digits = 0;
        while (digits < numberEnd - j && Chars.digit(text.charAt(j + digits))) {
            digits++;
        }
        String suffix = digits == 0 ? "" : Words.lower(text, j + digits, numberEnd);
        boolean arrondissement =
                suffix.isEmpty()
                        || suffix.equals("e")
                        || suffix.equals("er")
                        || suffix.equals("ème");
        return digits > 0 && digits <= 2 && arrondissement && Postcodes.any(text, j) < 0
                ? numberEnd
                : end;
    }

    private static boolean postcodeOrRegionAfter(String text, int end) {
        int j = Words.skipBlanks(text, end);
        if (Chars.at(text, j) == ',') {
            j = Words.skipBlanks(text, j + 1);
        }
        return j > end && (Postcodes.any(text, j) > 0 || regionCode(text, j));
    }

    static boolean regionCode(String text, int j) {
        int end = Words.end(text, j);
        if (end - j < 2
                || end - j > 3
                || !Chars.upper(text.charAt(j))
                || !Chars.upper(text.charAt(j + 1))
                || end - j == 3 && !Chars.upper(text.charAt(j + 2))
                || !Words.startsWord(text, j)) {
            return false;
        }
        return Tables.REGION_CODES.contains(text, j, end);
    }

    private static boolean capitalisedAt(String text, int j) {
        return Words.capitalised(text, j, Words.end(text, j));
    }

    /**
     * The lower-case words of text[start, end) joined by single spaces, as the lexicon keys them.
     */
    static String phrase(String text, int start, int end) {
        if (end - start > 60) {
            return "";
        }
        return Words.lower(text, start, Math.min(end, start + Words.MAX_LOOKUP))
                .replaceAll("\\s+", " ");
    }

    /**
     * The word lists above as range-keyed tables: the words of a text are tested without copies.
     */
    private static final class Tables {
        static final FoldedLexicon BUILDING_WORDS =
                FoldedLexicon.of(StreetAddressDetector.BUILDING_WORDS);
        static final FoldedLexicon UNITS = FoldedLexicon.of(StreetAddressDetector.UNITS);
        static final FoldedLexicon LOWER_CASE_OPENERS =
                FoldedLexicon.of(StreetAddressDetector.LOWER_CASE_OPENERS);
        static final FoldedLexicon PREPOSITIONS =
                FoldedLexicon.of(
                        java.util.stream.Stream.concat(
                                        StreetAddressDetector.PREPOSITIONS.stream(),
                                        PREPOSITIONS_WITH_ARTICLE.stream())
                                .collect(java.util.stream.Collectors.toSet()));
        static final FoldedLexicon NOT_LOWER_CASE_NAMES =
                FoldedLexicon.of(StreetAddressDetector.NOT_LOWER_CASE_NAMES);
        static final FoldedLexicon NAMELESS_TYPES =
                FoldedLexicon.of(StreetAddressDetector.NAMELESS_TYPES);
        static final FoldedLexicon BIS = FoldedLexicon.of(List.of("bis", "ter", "quater"));

        /**
         * The first word of every PO box form ("p" of "p.o. box", "postfach", "apartado"): the gate
         * before comparing them.
         */
        static final FoldedLexicon PO_BOX_FIRST_WORDS =
                FoldedLexicon.of(
                        PO_BOXES.stream()
                                .map(box -> box.split("[ .]")[0])
                                .collect(java.util.stream.Collectors.toSet()));

        /**
         * Prepositions before a street type written in lower case: "in via Roma 15", "na ulicy
         * Długiej 3".
         */
        static final CuePhrases BEFORE_LOWER_CASE_STREET =
                new CuePhrases(
                        List.of(
                                "in", "a", "su", "nella", "sulla", "en", "na", "przy", "w", "v",
                                "ve", "op", "aan", "dans la", "sur la", "de la", "à la"));

        /** Upper case only (checked before the lookup): "IN" is Indiana, "in" a word. */
        static final FoldedLexicon REGION_CODES =
                FoldedLexicon.of(StreetAddressDetector.REGION_CODES);
    }
}
