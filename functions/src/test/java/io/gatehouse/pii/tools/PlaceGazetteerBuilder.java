package io.gatehouse.pii.tools;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInput;
import java.io.ObjectInputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Builds the second, larger place gazetteer of the LOCATION and STREET_ADDRESS detectors from the
 * offline geocoder data of libphonenumber ({@code com.googlecode.libphonenumber:geocoder:3.23},
 * Apache-2.0). Each of its {@code <country-prefix>_<lang>} files maps phone prefixes to the town,
 * city or region they serve ("Boston, MA", "Köln", "Biberach an der Riß"), which makes it an
 * independent, multilingual list of real place names of the countries Gatehouse serves.
 *
 * <p>Why a second list rather than more of the datafaker one: datafaker has real town lists for
 * only a few locales, so most German, Austrian, US or Australian towns were unknown and found only
 * after a strong cue. The geocoder names tens of thousands of them.
 *
 * <p>What it keeps: Latin-script names from the served countries' files, parenthesised and
 * slash-joined alternatives split apart ("Bromyard (Knightwick/Leigh Sinton)"), the US/Mexican
 * state code after a comma dropped ("Boston, MA" gives "Boston"), NFC, names of at most three
 * letters dropped, names already in places.txt / places-ambiguous.txt dropped. Precision guard: a
 * single-word name that is also a given name, a family name, a common word (common-words.txt, the
 * English word lists of datafaker, {@link #ORDINARY_WORDS}) or has four letters only goes to
 * places-geocoder-ambiguous.txt, which the detector reports only after a cue or before a postcode
 * or region code. Output is sorted and deterministic.
 *
 * <p>Rebuild (from the repository root; the jars are in the local Maven repository after {@code mvn
 * -B dependency:get -Dartifact=com.googlecode.libphonenumber:prefixmapper:3.23 -Dtransitive=false}
 * and the same for {@code geocoder:3.23}, {@code libphonenumber:9.0.19}, {@code
 * net.datafaker:datafaker:2.7.0}):
 *
 * <pre>
 *   scripts/pii/build_place_gazetteer.sh
 * </pre>
 *
 * which runs {@code java -cp prefixmapper.jar:libphonenumber.jar PlaceGazetteerBuilder.java
 * geocoder.jar datafaker.jar functions/src/main/resources/io/gatehouse/pii}. The prefixmapper
 * classes are reached by reflection, so this file compiles in the test tree without them.
 */
public final class PlaceGazetteerBuilder {

    static final String GEOCODER_VERSION = "3.23";

    /** Phone country prefixes of the countries whose towns Gatehouse texts name. */
    private static final Set<String> COUNTRIES =
            Set.of(
                    "1", "44", "353", "49", "43", "41", "33", "32", "31", "352", "39", "34", "351",
                    "48", "420", "421", "61", "64", "46", "47", "45", "358", "36", "40", "385",
                    "386", "52", "54", "56", "57", "27");

    private static final Set<String> LANGUAGES =
            Set.of(
                    "en", "de", "fr", "it", "es", "nl", "pl", "pt", "sv", "fi", "hu", "ro", "hr",
                    "cs", "sk");

    /**
     * Ordinary words of the served languages that the geocoder also lists as towns (German nouns
     * are capitalised, so "Sonntag", "Essen" or "Hof" would be reported everywhere). Compiled for
     * Gatehouse.
     */
    static final Set<String> ORDINARY_WORDS =
            Set.copyOf(
                    List.of(
                            ("sonntag montag freitag samstag mittag abend morgen nacht "
                                            + "hof berg bad wald feld dorf stadt kirche kirchen brück brücke mühle burg haus heim markt platz "
                                            + "essen halle hagen hamm gera marl stade celle moers herne aurich weil wald laufen lauf baden bruck "
                                            + "rain roth rot grün weiß schwarz neu alt groß klein hoch tief ober unter mittel west ost nord süd "
                                            + "land insel see ufer bach fluss tal au aue wiese garten kreuz stein linden eichen buchen tannen "
                                            + "kappeln hausen heide moor ried sand grund bergen lage wiesen winter sommer frühling herbst "
                                            + "ende anfang mitte leer lehre preis ring kron krone adler löwen bären hirsch rosen rose lilien "
                                            + "amt zoll post bahn hafen mark mess messe wasser wetter ohne gott engel "
                                            + "mobile normal reading hope liberty independence commerce enterprise surprise union unity "
                                            + "concord providence temple mesa phoenix orange victoria sale deal bath wells hull march may "
                                            + "june august ware wick worth sandwich street bury chester paradise eden friendship harmony "
                                            + "truth consequences bonanza energy fairplay security success plenty welcome goodland "
                                            + "center centre central city town village county park lake river creek spring springs falls "
                                            + "beach bay island mountain valley ridge hill hills grove point port harbor harbour junction "
                                            + "station cross crossing bridge mills mill forest glen heights plains prairie rock rocks "
                                            + "cave hollow gap fork forks bend bluff canyon mesa butte summit lakeside riverside seaside "
                                            + "derby globe ideal magnet midland nice rugby sparks boring bowling cash champion chance "
                                            + "climax comfort cool dime dinosaur eclipse eureka fame flag gasoline hazard hope honor "
                                            + "joy justice king queen lucky march marvel mystic needles nothing ordinary pride progress "
                                            + "quick rescue rich romance royal ruby silver gold golden sterling sugar sunshine superior "
                                            + "tell tribune trophy turkey usual wisdom zenith dial echo "
                                            + "como bari asti ancona prato latina monza "
                                            + "best goes oss ede epe born putten soest weert zeist "
                                            + "most kolín tábor cheb "
                                            + "koło piła ruda wola turek "
                                            + "split zug uri sion nyon "
                                            + "tours sens metz nancy vienne grasse laval lens agen pau foix niort dole "
                                            + "leon león granada toledo murcia "
                                            + "mons ath spa "
                                            + "general grande grand nuevo nueva santa san salvador paz progreso libertad victoria "
                                            + "esperanza concordia rosario bolivar treffen kinder graben regen molino pueblo tower manor downs hurst "
                                            + "ferry castle abbey priory chapel meadow orchard barn harbour haven")
                                    .split(" ")));

    /**
     * Month and weekday names of the served languages, dropped outright: "born in March" is a date
     * even with a cue before it ("March" in Cambridgeshire, "Mai" in Bavaria are towns too).
     * Compiled for Gatehouse.
     */
    static final Set<String> CALENDAR_WORDS =
            Set.copyOf(
                    List.of(
                                    ("january february march april may june july august "
                                                    + "september october november december monday tuesday wednesday thursday friday saturday sunday "
                                                    + "januar februar märz april mai juni juli august oktober dezember montag dienstag mittwoch donnerstag "
                                                    + "freitag samstag sonntag sonnabend janvier février mars avril juin juillet août septembre octobre "
                                                    + "novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche enero febrero marzo abril mayo "
                                                    + "junio julio agosto septiembre octubre noviembre diciembre lunes martes miércoles jueves viernes "
                                                    + "sábado domingo gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre lunedì "
                                                    + "martedì mercoledì giovedì venerdì sabato domenica januari februari maart mei augustus "
                                                    + "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag styczeń luty marzec kwiecień maj czerwiec "
                                                    + "lipiec sierpień wrzesień październik listopad grudzień poniedziałek wtorek środa czwartek piątek "
                                                    + "sobota niedziela leden únor březen duben květen červen červenec srpen září říjen prosinec pondělí "
                                                    + "úterý středa čtvrtek pátek neděle")
                                            .split(" "))
                            .stream()
                            .distinct()
                            .toList());

    /** First words of German town names that are no town alone. */
    private static final Set<String> GERMAN_PREFIXES =
            Set.of(
                    "groß",
                    "gross",
                    "klein",
                    "sankt",
                    "markt",
                    "kloster",
                    "hohen",
                    "nieder",
                    "ober",
                    "unter",
                    "mittel",
                    "neuen",
                    "alten",
                    "schloss",
                    "burg",
                    "stift",
                    "hansestadt");

    private static final Pattern LATIN_NAME =
            Pattern.compile("[\\p{IsLatin}][\\p{IsLatin}' .’\\-]*[\\p{IsLatin}.]");
    private static final Pattern STATE_CODE = Pattern.compile("[A-Z]{2,4}");
    private static final Pattern YAML_WORD =
            Pattern.compile("^\\s*-\\s*\"?([a-z][a-z' \\-]*)\"?\\s*$");

    private PlaceGazetteerBuilder() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println(
                    "usage: PlaceGazetteerBuilder geocoder.jar datafaker.jar resource-dir");
            System.exit(2);
        }
        Path resources = Path.of(args[2]);
        Set<String> known = new HashSet<>();
        known.addAll(lowerEntries(resources.resolve("places.txt")));
        known.addAll(lowerEntries(resources.resolve("places-ambiguous.txt")));
        Set<String> ordinary = new HashSet<>(ORDINARY_WORDS);
        ordinary.addAll(lowerEntries(resources.resolve("common-words.txt")));
        ordinary.addAll(englishWords(Path.of(args[1])));
        Set<String> firstNames = lowerEntries(resources.resolve("first-names.txt"));
        Set<String> names = new HashSet<>(firstNames);
        names.addAll(lowerEntries(resources.resolve("last-names.txt")));

        TreeSet<String> plain = new TreeSet<>(PlaceGazetteerBuilder::compare);
        TreeSet<String> ambiguous = new TreeSet<>(PlaceGazetteerBuilder::compare);
        Set<String> seen = new HashSet<>();
        for (String[] fileAndDescription : descriptions(Path.of(args[0]))) {
            List<String> found = split(fileAndDescription[1]);
            if (fileAndDescription[0].startsWith("49_")) {
                for (String name : List.copyOf(found)) {
                    String town = germanTown(name);
                    if (town != null) {
                        found.add(town);
                    }
                }
            }
            for (String name : found) {
                String lower = name.toLowerCase(Locale.ROOT);
                if (known.contains(lower) || CALENDAR_WORDS.contains(lower) || !seen.add(lower)) {
                    continue;
                }
                (isAmbiguous(lower, ordinary, names, firstNames) ? ambiguous : plain).add(name);
            }
        }
        write(
                resources.resolve("places-geocoder.txt"),
                "Place names (towns, cities, regions)",
                plain);
        write(
                resources.resolve("places-geocoder-ambiguous.txt"),
                "Place names that are also given names, family names or common words (need a cue)",
                ambiguous);
        System.out.println(plain.size() + " places, " + ambiguous.size() + " ambiguous");
    }

    /** The place names of one geocoder description, the state code dropped. */
    static List<String> split(String description) {
        List<String> out = new ArrayList<>();
        String text = Normalizer.normalize(description, Normalizer.Form.NFC).replace('’', '\'');
        text = text.replace('(', '/').replace(')', '/');
        for (String part : text.split("/")) {
            String[] pieces = part.split(",");
            for (int p = 0; p < pieces.length; p++) {
                String piece = pieces[p].strip().replaceAll("\\s+", " ");
                if (p > 0 && STATE_CODE.matcher(piece).matches()) {
                    continue;
                }
                if (piece.codePointCount(0, piece.length()) <= 3
                        || !LATIN_NAME.matcher(piece).matches()
                        || !Character.isUpperCase(piece.codePointAt(0))
                        || piece.equals(piece.toUpperCase(Locale.ROOT))) {
                    continue;
                }
                out.add(piece);
            }
        }
        return out;
    }

    static boolean isAmbiguous(
            String lower, Set<String> ordinary, Set<String> names, Set<String> firstNames) {
        if (lower.indexOf(' ') < 0 && lower.indexOf('-') < 0) {
            return lower.length() <= 4 || ordinary.contains(lower) || names.contains(lower);
        }
        // two words that read as a person's name: "Carson Wells" is a town but mostly a man
        String[] words = lower.split(" ");
        return words.length == 2
                && firstNames.contains(words[0])
                && names.contains(words[1])
                && !ordinary.contains(words[0])
                && !ordinary.contains(words[1]);
    }

    /**
     * The town alone of a German description qualified by its region or district ("Hof Saale",
     * "Leer Ostfriesland", "Boxberg Baden", "Lehrte-Arpke"), so that a text naming only "Boxberg"
     * finds it; not for names whose first word is a prefix ("Bad Essen", "Groß Dölln", "Sankt
     * Wendel").
     */
    static String germanTown(String name) {
        int cut = name.indexOf(' ');
        int hyphen = name.indexOf('-');
        if (hyphen > 0 && (cut < 0 || hyphen < cut)) {
            cut = hyphen;
        }
        if (cut < 5) {
            return null;
        }
        String first = name.substring(0, cut);
        return GERMAN_PREFIXES.contains(first.toLowerCase(Locale.ROOT)) ? null : first;
    }

    /** Every description of the served countries' geocoder files, in jar order. */
    private static List<String[]> descriptions(Path geocoderJar)
            throws IOException, ReflectiveOperationException {
        Class<?> mapClass =
                Class.forName("com.google.i18n.phonenumbers.prefixmapper.PhonePrefixMap");
        List<String[]> out = new ArrayList<>();
        try (ZipFile jar = new ZipFile(geocoderJar.toFile())) {
            List<String> entries = new ArrayList<>();
            for (Enumeration<? extends ZipEntry> e = jar.entries(); e.hasMoreElements(); ) {
                entries.add(e.nextElement().getName());
            }
            entries.sort(null);
            for (String entry : entries) {
                int slash = entry.lastIndexOf('/');
                String file = entry.substring(slash + 1);
                int underscore = file.indexOf('_');
                if (!entry.contains("/geocoding/data/")
                        || underscore < 0
                        || !LANGUAGES.contains(file.substring(underscore + 1))
                        || !served(file.substring(0, underscore))) {
                    continue;
                }
                Object map = mapClass.getConstructor().newInstance();
                try (InputStream in = jar.getInputStream(jar.getEntry(entry));
                        ObjectInputStream objects = new ObjectInputStream(in)) {
                    mapClass.getMethod("readExternal", ObjectInput.class).invoke(map, objects);
                } catch (InvocationTargetException e) {
                    throw new IOException("cannot read " + entry, e.getCause());
                }
                // toString() lists the map as "prefix|description" lines
                for (String line : map.toString().split("\n")) {
                    int bar = line.indexOf('|');
                    if (bar > 0 && bar < line.length() - 1) {
                        out.add(new String[] {file, line.substring(bar + 1)});
                    }
                }
            }
        }
        return out;
    }

    /** The file's prefix is a served country's: "49" or a North American area code "1212". */
    private static boolean served(String prefix) {
        if (prefix.startsWith("1")) {
            return true;
        }
        return COUNTRIES.contains(prefix);
    }

    /**
     * The English nouns, verbs and adjectives of datafaker's en/words.yml, en/verbs.yml and
     * en/adjective.yml.
     */
    private static Set<String> englishWords(Path datafakerJar) throws IOException {
        Set<String> words = new HashSet<>();
        try (ZipFile jar = new ZipFile(datafakerJar.toFile())) {
            for (String entry : List.of("en/words.yml", "en/verbs.yml", "en/adjective.yml")) {
                ZipEntry zipEntry = jar.getEntry(entry);
                if (zipEntry == null) {
                    continue;
                }
                try (InputStream in = jar.getInputStream(zipEntry)) {
                    for (String line :
                            new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                        Matcher m = YAML_WORD.matcher(line);
                        if (m.matches()) {
                            words.add(m.group(1).strip());
                        }
                    }
                }
            }
        }
        return words;
    }

    private static Set<String> lowerEntries(Path file) {
        Set<String> out = new HashSet<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    out.add(
                            Normalizer.normalize(entry, Normalizer.Form.NFC)
                                    .toLowerCase(Locale.ROOT)
                                    .replace('’', '\''));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static int compare(String a, String b) {
        int c = a.toLowerCase(Locale.ROOT).compareTo(b.toLowerCase(Locale.ROOT));
        return c != 0 ? c : a.compareTo(b);
    }

    private static void write(Path file, String what, Set<String> entries) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("# ")
                .append(what)
                .append(", one per line, matched case-insensitively on capitalised words.\n")
                .append(
                        "# Source: libphonenumber offline geocoder data, com.googlecode.libphonenumber:geocoder:")
                .append(GEOCODER_VERSION)
                .append(" (Apache License 2.0),\n")
                .append(
                        "# the place descriptions of its phone-prefix files for the countries Gatehouse serves.\n")
                .append(
                        "# Generated by functions/src/test/java/io/gatehouse/pii/tools/PlaceGazetteerBuilder.java\n")
                .append("# (scripts/pii/build_place_gazetteer.sh); do not edit by hand.\n");
        for (String entry : entries) {
            out.append(entry).append('\n');
        }
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
    }
}
