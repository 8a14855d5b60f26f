package io.gatehouse.pii;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of the PERSON detector, read once from the jar. The given- and family-name lists
 * are generated from datafaker's multilingual name lists (scripts/pii/extract_names.py), with a
 * hand-written supplement of frequent names those lists lack ({@code *-names-extra.txt}); the
 * common-word list is written by hand: names that are also ordinary words (Will, Grace, May,
 * Street) need more evidence than a bare lexicon hit.
 */
final class NameLexicon {

    static final Set<String> FIRST_NAMES = load("first-names.txt", "first-names-extra.txt");
    static final Set<String> LAST_NAMES = load("last-names.txt", "last-names-extra.txt");
    static final Set<String> PARTICLES = load("name-particles.txt");
    static final Set<String> COMMON_WORDS = load("common-words.txt");

    /** Capitalised words that are not names however they are placed (they end or break a name). */
    static final Set<String> NOT_NAMES =
            Set.of(
                    "the",
                    "this",
                    "that",
                    "these",
                    "those",
                    "a",
                    "an",
                    "and",
                    "or",
                    "but",
                    "if",
                    "in",
                    "on",
                    "at",
                    "to",
                    "for",
                    "of",
                    "with",
                    "from",
                    "by",
                    "as",
                    "is",
                    "was",
                    "be",
                    "he",
                    "she",
                    "they",
                    "we",
                    "you",
                    "i",
                    "it",
                    "his",
                    "her",
                    "their",
                    "our",
                    "my",
                    "your",
                    "please",
                    "thanks",
                    "thank",
                    "dear",
                    "hi",
                    "hello",
                    "regards",
                    "best",
                    "kind",
                    "patient",
                    "client",
                    "customer",
                    "doctor",
                    "nurse",
                    "hospital",
                    "clinic",
                    "street",
                    "road",
                    "avenue",
                    "st",
                    "monday",
                    "tuesday",
                    "wednesday",
                    "thursday",
                    "friday",
                    "saturday",
                    "sunday",
                    "january",
                    "february",
                    "march",
                    "april",
                    "may",
                    "june",
                    "july",
                    "august",
                    "september",
                    "october",
                    "november",
                    "december",
                    "mr",
                    "mrs",
                    "ms",
                    "miss",
                    "mx",
                    "dr",
                    "prof",
                    "note",
                    "notes",
                    "order",
                    "invoice",
                    "account",
                    "ticket",
                    "case",
                    "subject",
                    "re",
                    "fw",
                    "fwd",
                    "team",
                    "support",
                    "sales",
                    "inc",
                    "ltd",
                    "llc",
                    "gmbh",
                    "corp",
                    "company",
                    "group",
                    "bank",
                    "insurance",
                    "medical",
                    "health",
                    "center",
                    "centre",
                    "department",
                    "dept",
                    "unit",
                    "ward",
                    "room",
                    "plan",
                    "policy",
                    "version",
                    "release",
                    "build",
                    "server",
                    "error",
                    "status",
                    "date",
                    "time",
                    "name",
                    "phone",
                    "email",
                    "address",
                    "card",
                    "number",
                    "id",
                    "mrn",
                    "dob",
                    "ssn",
                    "iban",
                    "ip",
                    "visa",
                    "mastercard",
                    "amex",
                    "today",
                    "tomorrow",
                    "yesterday",
                    "after",
                    "before",
                    "when",
                    "then",
                    "also",
                    "per",
                    "follow",
                    "up",
                    "call",
                    "called",
                    "spoke",
                    "seen",
                    "reviewed",
                    "discussed",
                    "blood",
                    "pressure",
                    "type",
                    "diabetes",
                    "hypertension",
                    "asthma",
                    "no",
                    "yes",
                    "not",
                    "new",
                    "old",
                    "all",
                    "any",
                    "each",
                    "every");

    /**
     * Titles written before a name and never part of it (English, German, French, Spanish, Italian,
     * Dutch, Polish, Czech…).
     */
    static final Set<String> HONORIFICS =
            Set.of(
                    "mr",
                    "mrs",
                    "ms",
                    "miss",
                    "mx",
                    "dr",
                    "prof",
                    "sir",
                    "dame",
                    "rev",
                    "herr",
                    "frau",
                    "mme",
                    "mlle",
                    "m",
                    "sr",
                    "sra",
                    "srta",
                    "sig",
                    "sig.ra",
                    "dott",
                    "dott.ssa",
                    "dhr",
                    "mevr",
                    "mw",
                    "pan",
                    "pani",
                    "panu",
                    "pana",
                    "paní",
                    "pane",
                    "ing",
                    "mgr",
                    "mudr",
                    "judr",
                    "phdr",
                    "doc",
                    "dipl",
                    "monsieur",
                    "madame",
                    "mademoiselle",
                    "señor",
                    "señora",
                    "signor",
                    "signora",
                    "signore",
                    "senhor",
                    "senhora",
                    "don",
                    "doña",
                    "dona",
                    "fr",
                    "hr",
                    "fru",
                    "rabbi",
                    "imam",
                    "capt",
                    "col",
                    "sgt",
                    "lt",
                    "gen",
                    "officer",
                    "detective",
                    "nurse",
                    "doctor",
                    "professor",
                    "mister",
                    "missus",
                    "bro",
                    "sis",
                    "herrn",
                    "dra",
                    "pr",
                    "mevrouw",
                    "meneer",
                    "panem",
                    "panią",
                    "pánem",
                    "paním",
                    "panie",
                    "sig.na",
                    "signorina",
                    "dottore",
                    "dottoressa",
                    "docteur",
                    "doktor",
                    "madam",
                    "lady",
                    "lord");

    /**
     * Every listed word with its {@link PersonTokens} lexicon bits (given, family, common,
     * particle, honorific, not a name), so classifying a token is one lookup instead of six.
     */
    static final Map<String, Integer> BITS = bits();

    private NameLexicon() {}

    private static Map<String, Integer> bits() {
        Map<String, Integer> bits = new HashMap<>(1 << 17);
        FIRST_NAMES.forEach(w -> bits.merge(w, PersonTokens.FIRST, (a, b) -> a | b));
        LAST_NAMES.forEach(w -> bits.merge(w, PersonTokens.LAST, (a, b) -> a | b));
        COMMON_WORDS.forEach(w -> bits.merge(w, PersonTokens.COMMON, (a, b) -> a | b));
        PARTICLES.forEach(w -> bits.merge(w, PersonTokens.PARTICLE, (a, b) -> a | b));
        HONORIFICS.forEach(w -> bits.merge(w, PersonTokens.HONORIFIC, (a, b) -> a | b));
        NOT_NAMES.forEach(w -> bits.merge(w, PersonTokens.NOT_NAME, (a, b) -> a | b));
        return bits;
    }

    /** The lookup form of a word: NFC, lower case, typographic apostrophes made plain. */
    static String key(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.indexOf('\u2019') >= 0) {
            lower = lower.replace('\u2019', '\'');
        }
        return belowCombiningMarks(lower) || Normalizer.isNormalized(lower, Normalizer.Form.NFC)
                ? lower
                : Normalizer.normalize(lower, Normalizer.Form.NFC);
    }

    /**
     * Text without any character from U+0300 on is NFC already: nothing in it composes or
     * decomposes.
     */
    private static boolean belowCombiningMarks(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '\u0300') {
                return false;
            }
        }
        return true;
    }

    static boolean firstName(String word) {
        return FIRST_NAMES.contains(key(word));
    }

    static boolean lastName(String word) {
        return LAST_NAMES.contains(key(word));
    }

    static boolean notName(String word) {
        return NOT_NAMES.contains(key(word));
    }

    static boolean commonWord(String word) {
        return COMMON_WORDS.contains(key(word));
    }

    static boolean particle(String word) {
        return PARTICLES.contains(key(word));
    }

    static boolean honorific(String word) {
        return HONORIFICS.contains(key(word));
    }

    private static Set<String> load(String... resources) {
        Set<String> names = new HashSet<>();
        for (String resource : resources) {
            read(resource, names);
        }
        return Set.copyOf(names);
    }

    private static void read(String resource, Set<String> names) {
        try (InputStream in = NameLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader =
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(key(name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
