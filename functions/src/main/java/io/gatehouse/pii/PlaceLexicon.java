package io.gatehouse.pii;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The geographic word lists shared by the address, location and postcode detectors, read once from
 * the jar: place names (lower case, words joined by one space), the place names that are also
 * common words, and the street-type words by how they attach to a street name.
 */
final class PlaceLexicon {

    /** How a street type attaches to the name (see street-types.txt). */
    enum StreetKind {
        AFTER,
        WEAK,
        BEFORE,
        SUFFIX
    }

    /**
     * The curated list (datafaker and a supplement) and the larger gazetteer of towns from
     * libphonenumber's geocoder data (see PlaceGazetteerBuilder); the two are disjoint by
     * construction.
     */
    static final Set<String> PLACES = load("places.txt", "places-geocoder.txt");

    static final Set<String> AMBIGUOUS_PLACES =
            load("places-ambiguous.txt", "places-geocoder-ambiguous.txt");

    /** The most words any place name has: how far a phrase lookup goes. */
    static final int MAX_PLACE_WORDS = 5;

    /** Every proper prefix (whole words) of a multi-word place name, so a lookup can stop early. */
    private static final Set<String> PLACE_PREFIXES = prefixes();

    private static final Map<StreetKind, Set<String>> STREET_TYPES = streetTypes();
    private static final List<String> SUFFIXES = List.copyOf(STREET_TYPES.get(StreetKind.SUFFIX));

    private static final int KNOWN_BIT = 1;
    private static final int AMBIGUOUS_BIT = 2;
    private static final int PREFIX_BIT = 4;

    /**
     * The place names and their prefixes, looked up by a range of the text (no lower-case copy per
     * word).
     */
    private static final FoldedLexicon PLACE_TABLE = placeTable();

    /** The street types, one bit per {@link StreetKind}. */
    private static final FoldedLexicon STREET_TABLE = streetTable();

    /** The lengths of the glued-on street types ("straße", "gracht"), longest first. */
    private static final int[] SUFFIX_LENGTHS =
            SUFFIXES.stream()
                    .mapToInt(String::length)
                    .distinct()
                    .boxed()
                    .sorted(java.util.Comparator.reverseOrder())
                    .mapToInt(Integer::intValue)
                    .toArray();

    private PlaceLexicon() {}

    /**
     * 2 = a place wherever it stands, 1 = a place that is also a common word, 0 = not a known
     * place.
     */
    static int place(String lowerPhrase) {
        if (PLACES.contains(lowerPhrase)) {
            return 2;
        }
        return AMBIGUOUS_PLACES.contains(lowerPhrase) ? 1 : 0;
    }

    /**
     * {@link #place(String)} for the phrase text[start, end), any case, words joined by single
     * blanks: no copy of the text is made.
     */
    static int place(CharSequence text, int start, int end) {
        int bits = PLACE_TABLE.bits(text, start, end);
        return (bits & KNOWN_BIT) != 0 ? 2 : (bits & AMBIGUOUS_BIT) != 0 ? 1 : 0;
    }

    /**
     * {@link #place(CharSequence, int, int)} and {@link #placePrefix(CharSequence, int, int)} in
     * one look-up: the kind (2, 1 or 0) plus 4 when the phrase begins a longer place name.
     */
    static int placeAndPrefix(CharSequence text, int start, int end) {
        int bits = PLACE_TABLE.bits(text, start, end);
        int kind = (bits & KNOWN_BIT) != 0 ? 2 : (bits & AMBIGUOUS_BIT) != 0 ? 1 : 0;
        return kind | (bits & PREFIX_BIT);
    }

    /** {@link #placePrefix(String)} for text[start, end). */
    static boolean placePrefix(CharSequence text, int start, int end) {
        return (PLACE_TABLE.bits(text, start, end) & PREFIX_BIT) != 0;
    }

    /**
     * {@link #streetType(StreetKind, String)} for text[start, end) (with its dot, if the range
     * holds one).
     */
    static boolean streetType(StreetKind kind, CharSequence text, int start, int end) {
        return (STREET_TABLE.bits(text, start, end) & (1 << kind.ordinal())) != 0;
    }

    /** {@link #compoundStreet(String)} for the word text[start, end). */
    static boolean compoundStreet(CharSequence text, int start, int end) {
        int length = end - start;
        if (length > Words.MAX_LOOKUP) {
            return false;
        }
        for (int suffix : SUFFIX_LENGTHS) {
            if (length >= suffix + 3 && streetType(StreetKind.SUFFIX, text, end - suffix, end)) {
                return true;
            }
        }
        return false;
    }

    static boolean placePrefix(String lowerPhrase) {
        return PLACE_PREFIXES.contains(lowerPhrase);
    }

    /** Every street type of one kind, in lower case. */
    static Set<String> streetTypes(StreetKind kind) {
        return STREET_TYPES.get(kind);
    }

    static boolean streetType(StreetKind kind, String lowerWord) {
        return STREET_TYPES.get(kind).contains(lowerWord);
    }

    /**
     * Whether a single word is a street name with its type glued on: "Hauptstraße",
     * "Keizersgracht".
     */
    static boolean compoundStreet(String lowerWord) {
        for (String suffix : SUFFIXES) {
            if (lowerWord.length() >= suffix.length() + 3 && lowerWord.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Polish, Czech and Slovak towns are declined after a preposition ("w Krakowie", "z Gdańska",
     * "v Praze", "ve Zlíně"), so the inflected word is in no list. These endings, longest first,
     * turn a locative or genitive back into candidate nominatives ({inflected ending, nominative
     * ending}); each candidate is looked up in the lexicons. A small rule set rather than a table
     * of forms: it covers every town listed.
     */
    private static final String[][] INFLECTIONS = {
        {"owie", "ów"},
        {"owa", "ów"},
        {"iach", "e"},
        {"ích", "e"},
        {"ach", "e"},
        {"ach", "y"},
        {"niu", "ń"},
        {"nia", "ń"},
        {"cie", "t"},
        {"dzie", "d"},
        {"ni", "eň"},
        {"ně", "eň"},
        {"ni", "ń"},
        {"ci", "ec"},
        {"ce", "ec"},
        {"ce", "ka"},
        {"ku", "ek"},
        {"ře", "r"},
        {"ze", "ha"},
        {"ze", "ga"},
        {"ji", "ja"},
        {"ki", "ka"},
        {"iu", ""},
        {"ia", ""},
        {"ie", ""},
        {"ie", "a"},
        {"ě", "o"},
        {"ě", "a"},
        {"ě", ""},
        {"é", "á"},
        {"u", ""},
        {"u", "o"},
        {"u", "e"},
        {"a", ""},
        {"a", "o"},
        {"a", "e"},
        {"y", "a"},
        {"y", ""},
        {"i", "ia"},
        {"i", "a"},
        {"i", ""},
        {"e", "a"},
        {"e", ""},
        {"m", ""},
        {"", "e"}
    };

    /** Forms the rules miss (vowel changes in the stem, declined adjectives). */
    private static final java.util.Map<String, String> IRREGULAR_FORMS =
            java.util.Map.ofEntries(
                    java.util.Map.entry("łodzi", "łódź"),
                    java.util.Map.entry("białymstoku", "białystok"),
                    java.util.Map.entry("białegostoku", "białystok"),
                    java.util.Map.entry("wiedniu", "wiedeń"),
                    java.util.Map.entry("wiednia", "wiedeń"),
                    java.util.Map.entry("gnieźnie", "gniezno"),
                    java.util.Map.entry("krośnie", "krosno"),
                    java.util.Map.entry("niemczech", "niemcy"),
                    java.util.Map.entry("niemiec", "niemcy"),
                    java.util.Map.entry("włoszech", "włochy"),
                    java.util.Map.entry("włoch", "włochy"),
                    java.util.Map.entry("węgrzech", "węgry"),
                    java.util.Map.entry("węgier", "węgry"),
                    java.util.Map.entry("kolína", "kolín"),
                    java.util.Map.entry("kolíně", "kolín"),
                    java.util.Map.entry("táboře", "tábor"),
                    java.util.Map.entry("písku", "písek"),
                    java.util.Map.entry("sączu", "sącz"),
                    java.util.Map.entry("košíc", "košice"));

    /**
     * The nominative of a declined town name ("krakowie" to "kraków", "praze" to "praha"), lower
     * case, or null when no candidate is a known place. Only words of four letters or more are
     * tried.
     */
    static String nominative(String lowerWord) {
        String irregular = IRREGULAR_FORMS.get(lowerWord);
        if (irregular != null) {
            return irregular;
        }
        if (lowerWord.length() < 4) {
            return null;
        }
        for (String[] rule : INFLECTIONS) {
            if (lowerWord.endsWith(rule[0]) && lowerWord.length() - rule[0].length() >= 2) {
                String candidate =
                        lowerWord.substring(0, lowerWord.length() - rule[0].length()) + rule[1];
                if (!candidate.equals(lowerWord) && place(candidate) > 0) {
                    return candidate;
                }
            }
        }
        return null;
    }

    private static Set<String> prefixes() {
        Set<String> prefixes = new HashSet<>();
        for (Set<String> names : List.of(PLACES, AMBIGUOUS_PLACES)) {
            for (String name : names) {
                int space = name.indexOf(' ');
                while (space > 0) {
                    prefixes.add(name.substring(0, space));
                    space = name.indexOf(' ', space + 1);
                }
            }
        }
        return Set.copyOf(prefixes);
    }

    private static FoldedLexicon placeTable() {
        Map<String, Integer> entries = new HashMap<>();
        PLACES.forEach(name -> entries.merge(name, KNOWN_BIT, (a, b) -> a | b));
        AMBIGUOUS_PLACES.forEach(name -> entries.merge(name, AMBIGUOUS_BIT, (a, b) -> a | b));
        PLACE_PREFIXES.forEach(name -> entries.merge(name, PREFIX_BIT, (a, b) -> a | b));
        return new FoldedLexicon(entries);
    }

    private static FoldedLexicon streetTable() {
        Map<String, Integer> entries = new HashMap<>();
        STREET_TYPES.forEach(
                (kind, words) ->
                        words.forEach(
                                word -> entries.merge(word, 1 << kind.ordinal(), (a, b) -> a | b)));
        return new FoldedLexicon(entries);
    }

    private static Map<StreetKind, Set<String>> streetTypes() {
        Map<StreetKind, Set<String>> types = new HashMap<>();
        for (StreetKind kind : StreetKind.values()) {
            types.put(kind, new HashSet<>());
        }
        for (String line : lines("street-types.txt")) {
            String[] parts = line.split("\\s+", 2);
            types.get(StreetKind.valueOf(parts[0].toUpperCase(Locale.ROOT))).add(parts[1].strip());
        }
        types.replaceAll((kind, words) -> Set.copyOf(words));
        return types;
    }

    private static Set<String> load(String... resources) {
        Set<String> entries = new HashSet<>();
        for (String resource : resources) {
            for (String line : lines(resource)) {
                entries.add(line.toLowerCase(Locale.ROOT).replace('’', '\''));
            }
        }
        return Set.copyOf(entries);
    }

    private static List<String> lines(String resource) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = PlaceLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader =
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    lines.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
