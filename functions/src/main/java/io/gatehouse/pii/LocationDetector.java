package io.gatehouse.pii;

import java.util.List;
import java.util.Set;

/**
 * Towns, cities, counties, regions and countries named in text (HIPAA Safe Harbor (B) below the
 * state, and the rest for GDPR), from the place lexicons: capitalised words whose phrase is a known
 * place, the longest first ("San Francisco", "Frankfurt am Main", "Saint-Étienne").
 *
 * <ul>
 *   <li>a known place: 0.7; after a cue word ("in", "from", "wohnt in", "à", "w", "v"…) or before a
 *       postcode, region or country: 0.92, so that it beats the PERSON model on the same words (a
 *       town is often a surname too: "moved to Preston");
 *   <li>a place that is also a common word or given name ("Reading", "Nice", "Florence"): 0.65 with
 *       a cue (0.8 after a cue no name follows, 0.92 before a region or postcode), else 0.3
 *       (reported, not masked by default);
 *   <li>a town not in the lexicons but shaped like one ("Berlin-Mitte", "Bad Homburg", "St.
 *       Albans", "Stratford-upon-Avon", "Weil am Rhein"): 0.7, after a cue 0.9; an unknown word
 *       after a strong cue ("lives in"): 0.8; an unknown word after "in" before a known region ("in
 *       Smallton, Ohio"): 0.9.
 * </ul>
 */
final class LocationDetector implements Detector {

    static final double KNOWN = 0.7;
    static final double CUED = 0.92;
    static final double AMBIGUOUS_CUED = 0.65;
    static final double AMBIGUOUS_SAFE_CUED = 0.8;
    static final double SHAPED = 0.7;
    static final double SHAPED_CUED = 0.9;
    static final double UNKNOWN_STRONG_CUED = 0.8;
    static final double UNKNOWN_BEFORE_KNOWN_REGION = 0.9;
    static final double AMBIGUOUS = 0.3;
    static final double BEFORE_REGION = 0.75;
    static final double UNKNOWN_CUED = 0.6;
    static final double INFLECTED_CUED = 0.85;

    /**
     * A listed place right after a phrase that only a place follows ("lives in", "born in", "nata
     * a"), and a place no name list holds after any cue ("a Firenze", "to Chicago"): above the
     * PERSON model's score for the same word, which a capitalised word it does not know can reach.
     */
    static final double STRONG_CUED = 0.99;

    static final double KNOWN_CUED = 0.98;

    /**
     * Polish, Czech and Slovak prepositions before a declined town: "w Krakowie", "z Gdańska", "ve
     * Zlíně".
     */
    private static final Set<String> SLAVIC_PREPOSITIONS =
            Set.of(
                    "w", "we", "z", "ze", "do", "od", "na", "v", "ve", "u", "ku", "k", "ke", "po",
                    "pod", "nad", "przez", "koło", "obok", "blisko", "okolo");

    /** The word right before a place that says a place comes next, in the languages served. */
    private static final Set<String> CUES =
            Set.of(
                    "in", "from", "near", "to", "at", "of", "via", "outside", "around", "aus",
                    "nach", "bei", "von", "à", "au", "de", "en", "a", "di", "da", "w", "we", "z",
                    "ze", "do", "v", "ve", "u", "uit", "naar", "bij", "te", "desde", "para", "em",
                    "och", "i", "till", "från");

    /**
     * The cue words that a person's name does not follow: "in Austin" is a place, "from Austin" may
     * be a man.
     */
    private static final Set<String> NAME_SAFE_CUES =
            Set.of(
                    "in", "near", "outside", "around", "aus", "nach", "en", "w", "we", "v", "ve",
                    "uit", "desde", "em");

    private static final ContextWords PHRASE_CUES =
            new ContextWords(
                    24,
                    "lives in",
                    "living in",
                    "born in",
                    "resident of",
                    "moved to",
                    "moved from",
                    "wohnt in",
                    "wohnhaft in",
                    "geboren in",
                    "habite à",
                    "né à",
                    "née à",
                    "vive en",
                    "nacido en",
                    "abita a",
                    "nato a",
                    "woont in",
                    "mieszka w",
                    "bydlí v",
                    "city:",
                    "town:",
                    "city of",
                    "ort:",
                    "ville:",
                    "ciudad:",
                    "città:",
                    "place of birth",
                    "birthplace",
                    "country:",
                    "residence");

    private static final Set<String> ORGANISATION_WORDS =
            Set.of(
                    "university",
                    "universität",
                    "université",
                    "universidad",
                    "università",
                    "hospital",
                    "infirmary",
                    "clinic",
                    "klinikum",
                    "general",
                    "royal",
                    "scientific",
                    "bank",
                    "airport",
                    "council",
                    "college",
                    "school",
                    "fc",
                    "united",
                    "city",
                    "county",
                    "times",
                    "post",
                    "group",
                    "inc",
                    "ltd",
                    "gmbh",
                    "ag",
                    "sa",
                    "spa",
                    "energy",
                    "capital",
                    "partners",
                    "street",
                    "road",
                    "avenue",
                    "lane",
                    "straße",
                    "str",
                    "hospitals",
                    "clinics",
                    "klinik",
                    "krankenhaus",
                    "hôpital",
                    "ospedale",
                    "szpital",
                    "nemocnice",
                    "ziekenhuis",
                    "institute",
                    "institut",
                    "hochschule",
                    "gymnasium",
                    "schule",
                    "école",
                    "lycée",
                    "academy",
                    "library",
                    "museum",
                    "zoo",
                    "hotel",
                    "station",
                    "cathedral",
                    "police",
                    "court",
                    "tribunal",
                    "zeitung",
                    "herald",
                    "gazette",
                    "chronicle",
                    "press",
                    "orchestra",
                    "opera",
                    "society",
                    "trust",
                    "foundation",
                    "corporation",
                    "corp",
                    "llc",
                    "llp",
                    "plc",
                    "kg",
                    "bv",
                    "nv",
                    "sarl",
                    "sas",
                    "srl",
                    "motors",
                    "airlines",
                    "airways",
                    "insurance",
                    "medical",
                    "health",
                    "healthcare",
                    "pharma",
                    "labs",
                    "laboratories",
                    "technologies",
                    "systems",
                    "software",
                    "consulting",
                    "services",
                    "solutions",
                    "nhs",
                    "mutual",
                    "savings",
                    "credit",
                    "rovers",
                    "wanderers",
                    "athletic",
                    "stadium",
                    "arena",
                    "marathon",
                    "centre",
                    "center",
                    "practice",
                    "surgery",
                    "pharmacy",
                    "apotheke",
                    "praxis",
                    "ministry",
                    "department",
                    "agency",
                    "gallery",
                    "theatre",
                    "theater",
                    "church",
                    "parish",
                    "diocese",
                    "chamber",
                    "club",
                    "partnership",
                    "holdings",
                    "limited",
                    "company",
                    "co",
                    "store",
                    "stores",
                    "mall",
                    "market",
                    "restaurant",
                    "café",
                    "cafe",
                    "bakery");
    private static final List<String> ORGANISATION_OPENERS =
            List.of(
                    "university of ",
                    "bank of ",
                    "hospital of ",
                    "universität ",
                    "université de ",
                    "universidad de ",
                    "università di ",
                    "city of ",
                    "port of ",
                    "klinikum ",
                    "krankenhaus ",
                    "hôpital de ",
                    "hospital de ",
                    "ospedale di ",
                    "duke of ",
                    "earl of ",
                    "bishop of ",
                    "archbishop of ",
                    "diocese of ",
                    "museum of ",
                    "hotel ",
                    "stadtwerke ",
                    "sparkasse ",
                    "volksbank ",
                    "universitätsklinikum ");

    /**
     * Phrases after which any capitalised word is a place: "lives in", "moved to", "wohnt in",
     * "mieszka w".
     */
    private static final List<String> STRONG_CUES =
            List.of(
                    "lives in",
                    "living in",
                    "live in",
                    "lived in",
                    "moved to",
                    "moving to",
                    "relocated to",
                    "born in",
                    "travelled to",
                    "traveled to",
                    "travelling to",
                    "traveling to",
                    "visiting",
                    "resident of",
                    "resides in",
                    "residing in",
                    "based in",
                    "grew up in",
                    "originally from",
                    "hails from",
                    "wohnt in",
                    "lebt in",
                    "wohnhaft in",
                    "geboren in",
                    "kommt aus",
                    "stammt aus",
                    "zog nach",
                    "umgezogen nach",
                    "habite à",
                    "habite a",
                    "vit à",
                    "né à",
                    "née à",
                    "habite en",
                    "domicilié à",
                    "vive en",
                    "vive a",
                    "vive in",
                    "vivo en",
                    "vivo a",
                    "nació en",
                    "nacido en",
                    "nacida en",
                    "residente en",
                    "residente a",
                    "residente in",
                    "abito a",
                    "abito in",
                    "vit en",
                    "originaire de",
                    "pochodzi z",
                    "pochází z",
                    "woonachtig in",
                    "woonachtig te",
                    "wohnt jetzt in",
                    "lives near",
                    "from the town of",
                    "city of residence",
                    "reside en",
                    "abita a",
                    "abita in",
                    "nato a",
                    "nata a",
                    "mora em",
                    "vive em",
                    "woont in",
                    "verhuisd naar",
                    "mieszka w",
                    "mieszkam w",
                    "urodził się w",
                    "urodziła się w",
                    "bydlí v",
                    "žije v",
                    "narodil se v",
                    "narodila se v",
                    // administrative units before their name: "Landkreis Göppingen", "département
                    // du Rhône"
                    "landkreis",
                    "kreis",
                    "bezirk",
                    "département du",
                    "département de",
                    "département des",
                    "département de la",
                    "province of",
                    "provincia di",
                    "provincia de",
                    "comté de",
                    "województwo",
                    "powiat",
                    "okres",
                    "gemeente",
                    "gemeinde",
                    "county of",
                    "canton of",
                    "kanton");

    /** Words after a name that make it a county or district: "Kings County", "Orange County". */
    private static final Set<String> COUNTY_WORDS =
            Set.of("county", "shire", "borough", "district", "township");

    /**
     * Capitalised words that follow a cue but are no town: "lives in Apartment 3", "moved to Ward
     * 5".
     */
    private static final Set<String> NOT_TOWNS =
            Set.of(
                    "apartment",
                    "apt",
                    "flat",
                    "unit",
                    "suite",
                    "ward",
                    "room",
                    "house",
                    "home",
                    "bed",
                    "care",
                    "sheltered",
                    "assisted",
                    "the",
                    "a",
                    "an",
                    "our",
                    "his",
                    "her",
                    "their",
                    "hospital",
                    "clinic",
                    "hospice",
                    "er",
                    "icu",
                    "a&e",
                    "emergency",
                    "surgery",
                    "rehab",
                    "english",
                    "french",
                    "german",
                    "spanish",
                    "italian",
                    "dutch",
                    "polish",
                    "czech",
                    "block",
                    "building",
                    "floor",
                    "level",
                    "wohnung",
                    "zimmer",
                    "haus",
                    "casa",
                    "maison",
                    "piso",
                    "pokój",
                    "i",
                    "me",
                    "you",
                    "we",
                    "it",
                    "there",
                    "here",
                    "town",
                    "city",
                    "village",
                    "grandma",
                    "grandpa",
                    "granny",
                    "grandmother",
                    "grandfather",
                    "mum",
                    "mom",
                    "dad",
                    "mother",
                    "father",
                    "family",
                    "friends",
                    "relatives",
                    "aunt",
                    "uncle",
                    "patients",
                    "hours",
                    "oma",
                    "opa");

    private static final Set<String> COUNTRY_CODES =
            Set.of(
                    "usa", "us", "uk", "gb", "uae", "nz", "ch", "de", "fr", "es", "it", "nl", "pl",
                    "cz", "at", "be");

    /** Street words between a street type and a place: "rue de Paris", "Calle de Madrid". */
    private static final Set<String> STREET_PARTICLES =
            Set.of("de", "du", "des", "la", "le", "di", "del", "della", "da", "do");

    /** Car makes whose models are place names: "Hyundai Tucson", "Seat Ibiza", "Jeep Cherokee". */
    private static final Set<String> VEHICLE_MAKES =
            Set.of(
                    "ford",
                    "toyota",
                    "hyundai",
                    "kia",
                    "vw",
                    "volkswagen",
                    "seat",
                    "jeep",
                    "nissan",
                    "chevrolet",
                    "chevy",
                    "dodge",
                    "honda",
                    "mazda",
                    "renault",
                    "fiat",
                    "skoda",
                    "škoda",
                    "opel",
                    "peugeot",
                    "citroën",
                    "citroen",
                    "suzuki",
                    "mitsubishi",
                    "subaru",
                    "lancia",
                    "cupra",
                    "dacia");

    @Override
    public String type() {
        return EntityType.LOCATION.name();
    }

    @Override
    public void detect(String text, List<Candidate> out) {
        detect(TextIndex.of(text), out);
    }

    /** Visits the word starts the index holds, never every character. */
    @Override
    public void detect(TextIndex index, List<Candidate> out) {
        String text = index.text();
        int i = 0;
        for (int k = 0, starts = index.startCount(); k < starts; k++) {
            int wordStart = index.start(k);
            if (wordStart < i || !Chars.wordChar(text.charAt(wordStart))) {
                continue;
            }
            i = wordStart;
            int wordEnd = Words.end(text, i);
            if (!Words.capitalised(text, i, wordEnd)) {
                int other = abbreviatedCountry(text, i, wordEnd);
                if (other < 0) {
                    other = lowerCaseTownAfterStrongCue(text, i, wordEnd);
                }
                if (other > 0) {
                    out.add(new Candidate(type(), i, other, cue(text, i) > 0 ? CUED : KNOWN));
                    i = other;
                    continue;
                }
                i = Math.max(wordEnd, i + 1);
                continue;
            }
            int county = county(text, i, wordEnd);
            if (county > 0) {
                out.add(new Candidate(type(), i, county, CUED));
                i = county;
                continue;
            }
            int[] found = longestPlace(text, i, wordEnd);
            int shaped = shapedPlace(text, i, wordEnd);
            if (shaped > 0
                    && (found == null || shaped > found[0])
                    && !partOfAName(text, i, shaped)
                    && !partOfAStreet(text, i, shaped)
                    && !partOfAPersonsName(text, i, shaped)
                    && !inWebAddress(text, i, shaped)) {
                out.add(
                        new Candidate(
                                type(),
                                i,
                                shaped,
                                cue(text, i) > 0 || strongCueBefore(text, i)
                                        ? SHAPED_CUED
                                        : SHAPED));
                i = shaped;
                continue;
            }
            if (found == null && inflectedTownAfterPreposition(text, i, wordEnd)) {
                out.add(new Candidate(type(), i, wordEnd, INFLECTED_CUED));
                i = wordEnd;
                continue;
            }
            if (found == null) {
                int town = townBeforeRegion(text, i, wordEnd);
                double score = BEFORE_REGION;
                if (town < 0) {
                    town = townBeforeKnownRegion(text, i, wordEnd);
                    score = UNKNOWN_BEFORE_KNOWN_REGION;
                }
                if (town < 0) {
                    town = unknownTownAfterCue(text, i, wordEnd);
                    score = strongCueBefore(text, i) ? UNKNOWN_STRONG_CUED : UNKNOWN_CUED;
                }
                if (town > 0) {
                    town = withRegionCode(text, town);
                    out.add(new Candidate(type(), i, town, score));
                    i = town;
                } else {
                    i = wordEnd;
                }
                continue;
            }
            int end = found[0];
            if (partOfAName(text, i, end)
                    || partOfAStreet(text, i, end)
                    || partOfAPersonsName(text, i, end)
                    || inWebAddress(text, i, end)
                    || afterAddressPostcode(text, i)
                    || afterOrganisationWord(text, i)) {
                out.add(new Candidate(type(), i, end, AMBIGUOUS));
                i = end;
                continue;
            }
            int cue = cue(text, i);
            if (cue == 1 && found[1] == 1 && articleBefore(text, i)) {
                cue = 0; // "a Sale on", "do Reading": an English article or verb, not "a Roma"
            }
            if (cue == 0 && listedAfterCuedPlace(text, out, i)) {
                cue = 2; // "in Manchester and Liverpool", "Kathmandu, Dhaka and Kuala Lumpur"
            }
            // "from Warren", "thanks to Marion": a person may follow the weaker cues, so a place
            // that is
            // also a given name needs a cue no person follows ("in", "near", "lives in") or a state
            // after it
            boolean nameLike = found[1] == 1 && NameLexicon.firstName(Words.lower(text, i, end));
            boolean regionAfter = regionOrPostcodeAfter(text, end);
            boolean cued = cue == 2 || cue == 1 && !nameLike || regionAfter;
            double score;
            if (nameLike ? Tables.NO_PERSON_CUES.endsBefore(text, i) : strongCueBefore(text, i)) {
                score = STRONG_CUED;
            } else if (found[1] == 2) {
                score = cue > 0 ? KNOWN_CUED : regionAfter ? CUED : KNOWN;
            } else if (regionAfter) {
                score = CUED;
            } else {
                score = cue == 2 ? AMBIGUOUS_SAFE_CUED : cued ? AMBIGUOUS_CUED : AMBIGUOUS;
            }
            end = withRegionCode(text, end);
            out.add(new Candidate(type(), i, end, score));
            i = end;
        }
    }

    /**
     * Whether the word before is one of the cues that are also English articles, verbs or chat's
     * "i" ("a", "do", "i", "u"): before a place that is also a word or a name ("a Sale", "i Bath")
     * they prove nothing.
     */
    private static boolean articleBefore(String text, int start) {
        int end = start - 1;
        if (Chars.at(text, end) != ' ') {
            return false;
        }
        int wordStart = end;
        while (wordStart > 0 && Chars.wordChar(text.charAt(wordStart - 1)) && end - wordStart < 3) {
            wordStart--;
        }
        return !Chars.wordChar(Chars.at(text, wordStart - 1))
                && Tables.ARTICLE_LIKE_CUES.contains(text, wordStart, end);
    }

    /**
     * Whether the place at {@code start} continues a list whose previous item is a place this
     * detector found after a cue: only ", ", " and ", ", and ", " or " (or "und", "oder", "et",
     * "ou", "y", "o", "e", "i", "en", "of") between the two. The cue of the first item covers the
     * list, as a reader takes it; a list that a place did not open carries nothing.
     */
    private static boolean listedAfterCuedPlace(String text, List<Candidate> out, int start) {
        if (out.isEmpty()) {
            return false;
        }
        Candidate last = out.get(out.size() - 1);
        if (last.score() < AMBIGUOUS_SAFE_CUED || last.end() >= start || start - last.end() > 7) {
            return false;
        }
        int j = last.end();
        if (Chars.at(text, j) == ',') {
            j++;
        }
        j = Words.skipBlanks(text, j);
        if (j == start) {
            return j > last.end() + 1; // ", Dhaka"
        }
        int wordEnd = j;
        while (wordEnd < start && Chars.wordChar(text.charAt(wordEnd))) {
            wordEnd++;
        }
        return wordEnd > j
                && Words.skipBlanks(text, wordEnd) == start
                && wordEnd < start
                && Tables.LIST_JOINERS.contains(text, j, wordEnd);
    }

    /**
     * A declined Polish, Czech or Slovak town right after a preposition ("w Krakowie", "z Gdańska",
     * "v Praze", "ve Zlíně"): the word is in no list, but a nominative the inflection rules give
     * back is.
     */
    private static boolean inflectedTownAfterPreposition(String text, int start, int wordEnd) {
        if (Chars.at(text, start - 1) != ' '
                || Chars.at(text, wordEnd) == '-'
                || wordEnd - start > 30) {
            return false;
        }
        int prepEnd = start - 1;
        int prepStart = prepEnd;
        while (prepStart > 0
                && Character.isLetter(text.charAt(prepStart - 1))
                && prepEnd - prepStart < 7) {
            prepStart--;
        }
        if (prepStart == prepEnd
                || Character.isLetter(Chars.at(text, prepStart - 1))
                || !Tables.SLAVIC_PREPOSITIONS.contains(text, prepStart, prepEnd)) {
            return false;
        }
        String word = Words.lower(text, start, wordEnd);
        return !NameLexicon.notName(word)
                && !inWebAddress(text, start, wordEnd)
                && PlaceLexicon.nominative(word) != null;
    }

    /** Countries and cities by their capital letters, as forms and chat write them. */
    private static final Set<String> ABBREVIATED_PLACES =
            Set.of("USA", "U.S.A.", "U.S.", "UK", "U.K.", "UAE", "NYC");

    /**
     * "USA", "U.K.", "NYC" standing as their own token (not "UK-based", "UK Ltd"): the end, or -1.
     * "US" is left out, being also the pronoun in capitals.
     */
    private static int abbreviatedCountry(String text, int start, int wordEnd) {
        if (!Chars.upper(text.charAt(start)) || wordEnd - start > 3) {
            return -1;
        }
        int run = start;
        while (run - start < 6
                && (Chars.upper(Chars.at(text, run))
                        || Chars.at(text, run) == '.' && run > start)) {
            run++;
        }
        int end = -1;
        if (ABBREVIATED_PLACES.contains(text.substring(start, run))) {
            end = run;
        } else if (text.charAt(run - 1) == '.'
                && ABBREVIATED_PLACES.contains(text.substring(start, run - 1))) {
            end = run - 1; // "USA." at the end of a sentence
        }
        if (end < 0
                || Chars.at(text, end) == '-'
                || Chars.wordChar(Chars.at(text, end))
                || inWebAddress(text, start, end)
                || Chars.at(text, start - 1) == '.'
                || partOfAName(text, start, end)) {
            return -1;
        }
        return end;
    }

    /**
     * "i live in berlin", "moved to münchen": a listed place in lower case, as chat writes it, only
     * after a strong cue.
     */
    private static int lowerCaseTownAfterStrongCue(String text, int start, int wordEnd) {
        if (!Character.isLowerCase(text.charAt(start))
                || wordEnd - start < 3
                || Chars.at(text, start - 1) != ' ') {
            return -1;
        }
        int[] found = longestPlace(text, start, wordEnd);
        return found != null && found[1] == 2 && strongCueBefore(text, start) ? found[0] : -1;
    }

    /**
     * "Springfield, IL", "Toronto, ON": the state or province code after a town joins the town's
     * span, so the two-letter code is masked with it (and is not left to read as a name's
     * initials).
     */
    private static int withRegionCode(String text, int end) {
        if (Chars.at(text, end) == ','
                && Chars.at(text, end + 1) == ' '
                && StreetAddressDetector.regionCode(text, end + 2)) {
            int codeEnd = Words.end(text, end + 2);
            return Chars.at(text, codeEnd) == '-' ? end : codeEnd;
        }
        return end;
    }

    /**
     * Words of an organisation's name that come before a place in it: "Contoso Clinic Portal",
     * "Acme Bank Berlin". Not "County", "City" or "Royal", which open place names ("County
     * Durham").
     */
    private static final Set<String> ORGANISATION_WORDS_BEFORE =
            Set.of(
                    "clinic",
                    "clinics",
                    "hospital",
                    "klinik",
                    "klinikum",
                    "bank",
                    "university",
                    "college",
                    "school",
                    "hotel",
                    "airport",
                    "group",
                    "health",
                    "healthcare",
                    "medical",
                    "services",
                    "systems",
                    "software",
                    "labs",
                    "pharma",
                    "insurance",
                    "solutions",
                    "technologies",
                    "consulting",
                    "partners",
                    "holdings",
                    "gmbh",
                    "inc",
                    "ltd",
                    "llc",
                    "ag",
                    "portal",
                    "app",
                    "online");

    /**
     * The place follows a capitalised organisation word: "Contoso Clinic Portal", "Acme Bank
     * Berlin".
     */
    private static boolean afterOrganisationWord(String text, int start) {
        int wordEnd = start - 1;
        if (Chars.at(text, wordEnd) != ' ') {
            return false;
        }
        int wordStart = wordEnd;
        while (wordStart > 0
                && Chars.wordChar(text.charAt(wordStart - 1))
                && wordEnd - wordStart < 14) {
            wordStart--;
        }
        return wordStart < wordEnd
                && Character.isUpperCase(text.charAt(wordStart))
                && Tables.ORGANISATION_WORDS_BEFORE.contains(text, wordStart, wordEnd);
    }

    /** "anna@paris.fr", "www.berlin.de/…": a place word inside an e-mail address or URL is none. */
    private static boolean inWebAddress(String text, int start, int end) {
        char before = Chars.at(text, start - 1);
        char after = Chars.at(text, end);
        if (before == '@'
                || before == '/'
                || before == '.' && Chars.wordChar(Chars.at(text, start - 2))) {
            return true;
        }
        return (after == '@' || after == '.' || after == '/')
                && Chars.wordChar(Chars.at(text, end + 1));
    }

    /**
     * "Hauptstraße 5, 10115 Berlin", "Calle Mayor 3, 28013 Madrid": a town right after a numeric
     * postcode that follows a comma and a house number is the last line of a street address, not a
     * LOCATION of its own.
     */
    private static boolean afterAddressPostcode(String text, int start) {
        int j = start - 1;
        if (Chars.at(text, j) != ' ') {
            return false;
        }
        int codeEnd = j;
        int digits = 0;
        while (j > 0
                && (Chars.digit(text.charAt(j - 1))
                        || text.charAt(j - 1) == '-'
                        || text.charAt(j - 1) == ' '
                                && digits > 0
                                && Chars.digit(Chars.at(text, j - 2)))
                && codeEnd - j < 8) {
            if (Chars.digit(text.charAt(j - 1))) {
                digits++;
            }
            j--;
        }
        if (digits < 4 || Chars.wordChar(Chars.at(text, j - 1)) && Chars.at(text, j - 1) != ' ') {
            return false;
        }
        int k = j;
        while (k > 0 && text.charAt(k - 1) == ' ') {
            k--;
        }
        if (Chars.at(text, k - 1) != ',') {
            return false;
        }
        // a house number in the segment before the comma: "Hauptstraße 5", "5 rue X", "ul. Długa
        // 12a"
        for (int m = k - 2, seen = 0; m >= 0 && seen < 60; m--, seen++) {
            char c = text.charAt(m);
            if (c == ',' || c == '\n' || c == ';') {
                return false;
            }
            if (Chars.digit(c)) {
                return true;
            }
        }
        return false;
    }

    /** {end, 2|1} of the longest known place phrase starting at {@code start}, or null. */
    private static int[] longestPlace(String text, int start, int firstEnd) {
        int[] best = null;
        int end = firstEnd;
        // the words are joined by one space, as the lexicon keys them: the phrase is a range of the
        // text
        for (int words = 1; words <= PlaceLexicon.MAX_PLACE_WORDS; words++) {
            int bits = PlaceLexicon.placeAndPrefix(text, start, end);
            int kind = bits & 3;
            if (kind > 0 && Chars.at(text, end) != '-') {
                best = new int[] {end, kind};
            }
            if (Chars.at(text, end) != ' ' || (bits & 4) == 0) {
                break;
            }
            int next = end + 1;
            if (!Words.startsWord(text, next)) {
                break;
            }
            end = Words.end(text, next);
        }
        return best;
    }

    /**
     * 2 when the previous word is a cue no person's name follows ("in Leeds", "near Austin") or a
     * cue phrase stands before in the same sentence; 1 for the other cue words ("from Leeds", "à
     * Lyon"); else 0.
     */
    private static int cue(String text, int start) {
        int j = start - 1;
        if (Chars.at(text, j) != ' ') {
            return PHRASE_CUES.before(text, start) ? 2 : 0;
        }
        int wordEnd = j;
        while (j > 0 && Chars.at(text, j - 1) == ' ') {
            j--;
            wordEnd = j;
        }
        int wordStart = wordEnd;
        while (wordStart > 0
                && Chars.wordChar(text.charAt(wordStart - 1))
                && wordEnd - wordStart < 8) {
            wordStart--;
        }
        if (wordStart < wordEnd && !Chars.wordChar(Chars.at(text, wordStart - 1))) {
            if (Tables.CUES.contains(text, wordStart, wordEnd)) {
                return Tables.NAME_SAFE_CUES.contains(text, wordStart, wordEnd)
                                || PHRASE_CUES.before(text, start)
                        ? 2
                        : 1;
            }
        }
        return PHRASE_CUES.before(text, start) ? 2 : 0;
    }

    /**
     * "Leeds General Infirmary", "Boston Scientific", "University of Leeds": the place names an
     * organisation.
     */
    private static boolean partOfAName(String text, int start, int end) {
        int next = end;
        for (int words = 0;
                words < 2 && Chars.at(text, next) == ' ' && Words.startsWord(text, next + 1);
                words++) {
            int nextEnd = Words.end(text, next + 1);
            if (Tables.ORGANISATION_WORDS.contains(text, next + 1, nextEnd)) {
                return true;
            }
            if (!Words.capitalised(text, next + 1, nextEnd)) {
                break;
            }
            next = nextEnd;
        }
        return Tables.ORGANISATION_OPENERS.endsBefore(text, start);
    }

    /**
     * An unknown town of one or two capitalised words right after a phrase that can only be
     * followed by a place ("lives in", "moved to", "wohnt in", "habite à", "mieszka w"), or before
     * a known country in parentheses ("Springfield (USA)"). Not a given name, a month or weekday, a
     * sentence word, or a word of an organisation's name.
     */
    private static int unknownTownAfterCue(String text, int start, int wordEnd) {
        boolean strong = strongCueBefore(text, start);
        if (!strong && !parenthesisSoon(text, wordEnd) || !possibleTown(text, start, wordEnd)) {
            return -1;
        }
        int end = wordEnd;
        if (Chars.at(text, end) == ' ' && Words.startsWord(text, end + 1)) {
            int secondEnd = Words.end(text, end + 1);
            if (Words.capitalised(text, end + 1, secondEnd)) {
                if (Tables.ORGANISATION_WORDS.contains(text, end + 1, secondEnd)
                        || PlaceLexicon.streetType(
                                PlaceLexicon.StreetKind.AFTER, text, end + 1, secondEnd)
                        || NameLexicon.lastName(Words.lower(text, end + 1, secondEnd))
                                && NameLexicon.firstName(Words.lower(text, start, wordEnd))) {
                    return -1;
                }
                if (possibleTown(text, end + 1, secondEnd)) {
                    end = secondEnd;
                }
            }
        }
        if (Chars.at(text, end) == '-' || Chars.wordChar(Chars.at(text, end))) {
            return -1;
        }
        if (strong) {
            return end;
        }
        int j = Words.skipBlanks(text, end);
        if (j - end == 1 && Chars.at(text, j) == '(') {
            int innerEnd = Words.end(text, j + 1);
            if (Chars.at(text, innerEnd) == ')'
                    && (PlaceLexicon.place(text, j + 1, innerEnd) == 2
                            || COUNTRY_CODES.contains(Words.lower(text, j + 1, innerEnd)))) {
                return end;
            }
        }
        return -1;
    }

    /** " (" after the word or after one more word: where "Smallville (USA)" may stand. */
    private static boolean parenthesisSoon(String text, int wordEnd) {
        if (Chars.at(text, wordEnd) != ' ') {
            return false;
        }
        if (Chars.at(text, wordEnd + 1) == '(') {
            return true;
        }
        int secondEnd = Words.end(text, wordEnd + 1);
        return secondEnd > wordEnd + 1
                && Chars.at(text, secondEnd) == ' '
                && Chars.at(text, secondEnd + 1) == '(';
    }

    private static boolean possibleTown(String text, int start, int end) {
        if (!Words.capitalised(text, start, end) || end - start > 30) {
            return false;
        }
        String lower = Words.lower(text, start, end);
        return !NameLexicon.notName(lower)
                && !NameLexicon.firstName(lower)
                && CalendarWords.of(text, start, end) == 0
                && !ORGANISATION_WORDS.contains(lower)
                && !NOT_TOWNS.contains(lower);
    }

    /** One of the phrases that a place name must follow ends right before {@code start}. */
    private static boolean strongCueBefore(String text, int start) {
        return Tables.STRONG_CUES.endsBefore(text, start);
    }

    /** "Oxford Street", "London Road", "rue de Paris", "Via Roma": the place names a street. */
    private static boolean partOfAStreet(String text, int start, int end) {
        if (Chars.at(text, end) == ' ') {
            int next = end + 1;
            int nextEnd = Words.end(text, next);
            if (PlaceLexicon.streetType(PlaceLexicon.StreetKind.AFTER, text, next, nextEnd)
                    || PlaceLexicon.streetType(PlaceLexicon.StreetKind.WEAK, text, next, nextEnd)) {
                return true;
            }
        }
        // up to two words back: "Via Roma", "rue de Paris", "Calle de Madrid"
        int k = start;
        for (int words = 0; words < 2; words++) {
            int wordEnd = k;
            while (wordEnd > 0
                    && (text.charAt(wordEnd - 1) == ' ' || text.charAt(wordEnd - 1) == '.')) {
                wordEnd--;
            }
            if (wordEnd == k || wordEnd == 0) {
                return false;
            }
            int wordStart = wordEnd;
            while (wordStart > 0
                    && Chars.wordChar(text.charAt(wordStart - 1))
                    && wordEnd - wordStart < 12) {
                wordStart--;
            }
            boolean dotted = Chars.at(text, wordEnd) == '.';
            boolean type =
                    PlaceLexicon.streetType(
                                    PlaceLexicon.StreetKind.BEFORE, text, wordStart, wordEnd)
                            || (dotted
                                    && PlaceLexicon.streetType(
                                            PlaceLexicon.StreetKind.BEFORE,
                                            text,
                                            wordStart,
                                            wordEnd + 1));
            if (type
                    && (Character.isUpperCase(text.charAt(wordStart))
                            || !Chars.regionMatchesIgnoreCase(text, wordStart, "via")
                            || wordEnd - wordStart != 3)) {
                return true;
            }
            if (!Tables.STREET_PARTICLES.contains(text, wordStart, wordEnd)) {
                return false;
            }
            k = wordStart;
        }
        return false;
    }

    /**
     * "Jack London", "Paris Hilton", "Mr London": a place word that is a surname after a given name
     * or a title, or a given name before a surname.
     */
    private static boolean partOfAPersonsName(String text, int start, int end) {
        int k = start;
        while (k > 0 && text.charAt(k - 1) == ' ') {
            k--;
        }
        if (k < start && k > 0) {
            int wordEnd = Chars.at(text, k - 1) == '.' ? k - 1 : k;
            int wordStart = wordEnd;
            while (wordStart > 0
                    && Chars.wordChar(text.charAt(wordStart - 1))
                    && wordEnd - wordStart < 12) {
                wordStart--;
            }
            String before = Words.lower(text, wordStart, wordEnd);
            if (wordStart < wordEnd
                    && Character.isUpperCase(text.charAt(wordStart))
                    && (NameLexicon.honorific(before)
                            || NameLexicon.firstName(before)
                                    && !CUES.contains(before)
                                    && PlaceLexicon.place(before) == 0)) {
                return true;
            }
            if (VEHICLE_MAKES.contains(before)) {
                return true;
            }
        }
        if (Chars.at(text, end) == ' ' && NameLexicon.firstName(Words.lower(text, start, end))) {
            int next = end + 1;
            int nextEnd = Words.end(text, next);
            return Words.capitalised(text, next, nextEnd)
                    && NameLexicon.lastName(Words.lower(text, next, nextEnd))
                    && PlaceLexicon.place(Words.lower(text, next, nextEnd)) == 0;
        }
        return false;
    }

    /**
     * Words before a place name that make one: "Bad Homburg", "St. Albans", "Sankt Pölten", "San
     * Marino".
     */
    private static final Set<String> PLACE_PREFIXES =
            Set.of("st", "sankt", "san", "santa", "santo", "são", "saint", "sainte", "bad", "ste");

    /** Hyphenated prefixes of a place name: "Saint-Denis", "Sainte-Foy", "San-Martino". */
    private static final List<String> HYPHEN_PREFIXES =
            List.of("saint-", "sainte-", "st-", "ste-", "san-", "santa-", "sankt-");

    /**
     * Links between two capitalised words of a place inside a hyphenated name: "Boulogne-sur-Mer".
     */
    private static final List<String> HYPHEN_LINKS =
            List.of(
                    "-sur-",
                    "-sous-",
                    "-lès-",
                    "-lez-",
                    "-en-",
                    "-upon-",
                    "-on-",
                    "-am-",
                    "-an-der-",
                    "-le-",
                    "-la-",
                    "-di-",
                    "-de-");

    /**
     * Words after a saint's prefix that are no place: "Santa Claus", "St. Patrick's Day"
     * (possessives fail anyway).
     */
    private static final Set<String> NOT_AFTER_PREFIX =
            Set.of("claus", "day", "ever", "hospital", "clinic");

    /**
     * End of a town name the lexicons may lack, known by its shape: a known town and a district
     * ("Berlin-Mitte", "Praha-Smíchov"), a hyphenated saint's name or link ("Saint-Denis",
     * "Stratford-upon-Avon"), a prefix word ("Bad Homburg", "St. Albans"), or a town and a river or
     * region joined by "upon", "am", "an der", "im" ("Kingston upon Thames", "Weil am Rhein"); the
     * German links need a cue, since German nouns are capitalised too ("beim Treffen im Regen").
     */
    private static int shapedPlace(String text, int start, int wordEnd) {
        if (!hyphenIn(text, start, wordEnd)) {
            // no hyphen: only a prefix word ("Bad", "St") or a link after the word ("upon", "am")
            // can make a shape
            boolean prefix = Tables.PLACE_PREFIXES.contains(text, start, wordEnd);
            if (!prefix
                    && !(Chars.at(text, wordEnd) == ' '
                            && Tables.LINKS.contains(
                                    text, wordEnd + 1, Words.end(text, wordEnd + 1)))) {
                return -1;
            }
        }
        String word = Words.lower(text, start, wordEnd);
        int hyphen = word.indexOf('-');
        if (hyphen > 0
                && Character.isUpperCase(text.charAt(start + hyphen + 1))
                && PlaceLexicon.place(word.substring(0, hyphen)) == 2) {
            return wordEnd;
        }
        for (String prefix : HYPHEN_PREFIXES) {
            if (word.startsWith(prefix)
                    && word.length() > prefix.length() + 1
                    && Character.isUpperCase(text.charAt(start + prefix.length()))) {
                return wordEnd;
            }
        }
        for (String link : HYPHEN_LINKS) {
            int at = word.indexOf(link);
            if (at > 0
                    && start + at + link.length() < wordEnd
                    && Character.isUpperCase(text.charAt(start + at + link.length()))) {
                return wordEnd;
            }
        }
        if (word.indexOf('\'') >= 0) {
            return -1;
        }
        if (PLACE_PREFIXES.contains(word)) {
            int j = wordEnd;
            if (Chars.at(text, j) == '.' && (word.equals("st") || word.equals("ste"))) {
                j++;
            }
            if (Chars.at(text, j) == ' ' && Words.startsWord(text, j + 1)) {
                int nextEnd = Words.end(text, j + 1);
                String next = Words.lower(text, j + 1, nextEnd);
                if (Words.capitalised(text, j + 1, nextEnd)
                        && next.indexOf('\'') < 0
                        && !NameLexicon.commonWord(next)
                        && !NOT_AFTER_PREFIX.contains(next)
                        && !ORGANISATION_WORDS.contains(next)
                        && CalendarWords.of(text, j + 1, nextEnd) == 0) {
                    return nextEnd;
                }
            }
            return -1;
        }
        if (Chars.at(text, wordEnd) != ' ' || !Words.startsWord(text, wordEnd + 1)) {
            return -1;
        }
        int linkEnd = Words.end(text, wordEnd + 1);
        String link = Words.lower(text, wordEnd + 1, linkEnd);
        boolean english = link.equals("upon");
        if (!english && !link.equals("am") && !link.equals("im") && !link.equals("an")) {
            return -1;
        }
        if (link.equals("an")) {
            int derEnd = Chars.at(text, linkEnd) == ' ' ? Words.end(text, linkEnd + 1) : -1;
            if (derEnd < 0 || !Words.lower(text, linkEnd + 1, derEnd).equals("der")) {
                return -1;
            }
            linkEnd = derEnd;
        }
        if (Chars.at(text, linkEnd) != ' ' || !Words.startsWord(text, linkEnd + 1)) {
            return -1;
        }
        int riverEnd = Words.end(text, linkEnd + 1);
        String river = Words.lower(text, linkEnd + 1, riverEnd);
        if (!Words.capitalised(text, linkEnd + 1, riverEnd)
                || NameLexicon.commonWord(river)
                || ORGANISATION_WORDS.contains(river)
                || NOT_TOWNS.contains(river)
                || CalendarWords.of(text, linkEnd + 1, riverEnd) != 0) {
            return -1;
        }
        boolean known = PlaceLexicon.place(word) > 0;
        boolean townLike =
                !NameLexicon.commonWord(word)
                        && !NOT_TOWNS.contains(word)
                        && !ORGANISATION_WORDS.contains(word)
                        && CalendarWords.of(text, start, wordEnd) == 0;
        boolean cued = cue(text, start) > 0 || strongCueBefore(text, start);
        if (english ? known || townLike : cued && (known || townLike)) {
            return riverEnd;
        }
        return -1;
    }

    /**
     * An unknown town of one or two capitalised words after a place cue, then a comma and a known
     * region or country: "in Smallton, Ohio", "near Kleindorf, Bayern", "w Pcimiu, Polska".
     */
    private static int townBeforeKnownRegion(String text, int start, int wordEnd) {
        // the shape first (cheap), then the cue and the words
        int end = wordEnd;
        int secondStart = -1;
        for (int words = 1; ; words++) {
            if (Chars.at(text, end) == ','
                    && Chars.at(text, end + 1) == ' '
                    && knownPlaceAt(text, end + 2)) {
                break;
            }
            if (words == 2
                    || Chars.at(text, end) != ' '
                    || !Words.capitalised(text, end + 1, Words.end(text, end + 1))) {
                return -1;
            }
            secondStart = end + 1;
            end = Words.end(text, end + 1);
        }
        if (cue(text, start) == 0 && !strongCueBefore(text, start)
                || !possibleTown(text, start, wordEnd)
                || secondStart > 0 && !possibleTown(text, secondStart, end)) {
            return -1;
        }
        return end;
    }

    private static boolean hyphenIn(String text, int start, int end) {
        for (int k = start; k < end; k++) {
            if (text.charAt(k) == '-') {
                return true;
            }
        }
        return false;
    }

    /**
     * An unknown town of one or two capitalised words before a comma and a state code: "Palo Alto,
     * CA".
     */
    private static int townBeforeRegion(String text, int start, int wordEnd) {
        int end = wordEnd;
        for (int words = 1; words <= 2; words++) {
            if (Chars.at(text, end) == ','
                    && Chars.at(text, end + 1) == ' '
                    && StreetAddressDetector.regionCode(text, end + 2)) {
                return end;
            }
            if (Chars.at(text, end) != ' '
                    || !Words.capitalised(text, end + 1, Words.end(text, end + 1))) {
                return -1;
            }
            end = Words.end(text, end + 1);
        }
        return -1;
    }

    /**
     * End of "Kings County", "Orange County", "Prince George's County": one or two capitalised
     * words that are no common word, then a county word; not "County Council", "County Hospital".
     */
    private static int county(String text, int start, int wordEnd) {
        int end = wordEnd;
        for (int words = 1; words <= 2; words++) {
            if (Chars.at(text, end) != ' '
                    || !Words.startsWord(text, end + 1)
                    || !Character.isUpperCase(text.charAt(end + 1))) {
                return -1;
            }
            int nextEnd = Words.end(text, end + 1);
            if (countyWord(text, end + 1, nextEnd)) {
                return namedUnit(text, start, wordEnd, end, nextEnd) ? nextEnd : -1;
            }
            end = nextEnd;
        }
        return -1;
    }

    /**
     * The words before the county word are names, and no organisation word follows ("County
     * Council").
     */
    private static boolean namedUnit(
            String text, int start, int firstEnd, int nameEnd, int countyEnd) {
        String first = Words.lower(text, start, firstEnd);
        if (NameLexicon.commonWord(first)
                || NOT_TOWNS.contains(first)
                || COUNTY_WORDS.contains(first)) {
            return false;
        }
        if (nameEnd > firstEnd
                && (!Words.capitalised(text, firstEnd + 1, nameEnd)
                        || NameLexicon.commonWord(Words.lower(text, firstEnd + 1, nameEnd)))) {
            return false;
        }
        return !(Chars.at(text, countyEnd) == ' '
                && Words.startsWord(text, countyEnd + 1)
                && ORGANISATION_WORDS.contains(
                        Words.lower(text, countyEnd + 1, Words.end(text, countyEnd + 1))));
    }

    private static boolean countyWord(String text, int start, int end) {
        return Tables.COUNTY_WORDS.contains(text, start, end);
    }

    /**
     * A capitalised known place, not an ambiguous one, at j: the state or country after a town
     * ("Austin Texas").
     */
    private static boolean knownPlaceAt(String text, int j) {
        int end = Words.end(text, j);
        if (end <= j || !Words.capitalised(text, j, end)) {
            return false;
        }
        if (PlaceLexicon.place(text, j, end) == 2) {
            return true;
        }
        if (Chars.at(text, end) == ' ' && Words.startsWord(text, end + 1)) {
            int secondEnd = Words.end(text, end + 1);
            return Words.capitalised(text, end + 1, secondEnd)
                    && Chars.at(text, end) == ' '
                    && PlaceLexicon.place(text, j, secondEnd) == 2;
        }
        return false;
    }

    /** "Springfield, IL", "Austin, Texas", "Leeds LS6 2AB", "Paris 75002". */
    private static boolean regionOrPostcodeAfter(String text, int end) {
        int j = Words.skipBlanks(text, end);
        if (Chars.at(text, j) == ',') {
            j = Words.skipBlanks(text, j + 1);
        }
        if (j == end) {
            return false;
        }
        return StreetAddressDetector.regionCode(text, j)
                || knownPlaceAt(text, j)
                || Postcodes.uk(text, j) > 0
                || Postcodes.canada(text, j) > 0
                || zipEndingTheClause(text, j)
                || Postcodes.netherlands(text, j) > 0;
    }

    /**
     * A ZIP after a town ends the town's clause ("Springfield 62704.", "Austin, 78701 (home)") or
     * opens the next town of a list ("Balingen, 57250 Netphen"); a five-digit number that goes on
     * into words is a count or a reference ("Page 12345 of the log", "Reading 10000 people").
     */
    private static boolean zipEndingTheClause(String text, int j) {
        int end = Postcodes.usZip(text, j);
        if (end < 0) {
            return false;
        }
        int after = Words.skipBlanks(text, end);
        return !Chars.wordChar(Chars.at(text, after))
                || after > end && Words.capitalised(text, after, Words.end(text, after))
                || text.startsWith("USA", after)
                || text.startsWith("U.S", after);
    }

    /**
     * The word lists above as range-keyed tables ({@link FoldedLexicon}, {@link CuePhrases}), so a
     * word of the text is tested without a lower-case copy. A holder class: built once the lists
     * exist.
     */
    private static final class Tables {
        static final FoldedLexicon CUES = FoldedLexicon.of(LocationDetector.CUES);
        static final FoldedLexicon NAME_SAFE_CUES =
                FoldedLexicon.of(LocationDetector.NAME_SAFE_CUES);
        static final FoldedLexicon SLAVIC_PREPOSITIONS =
                FoldedLexicon.of(LocationDetector.SLAVIC_PREPOSITIONS);
        static final FoldedLexicon ORGANISATION_WORDS =
                FoldedLexicon.of(LocationDetector.ORGANISATION_WORDS);
        static final FoldedLexicon COUNTY_WORDS = FoldedLexicon.of(LocationDetector.COUNTY_WORDS);
        static final FoldedLexicon STREET_PARTICLES =
                FoldedLexicon.of(LocationDetector.STREET_PARTICLES);
        static final FoldedLexicon PLACE_PREFIXES =
                FoldedLexicon.of(LocationDetector.PLACE_PREFIXES);
        static final FoldedLexicon ORGANISATION_WORDS_BEFORE =
                FoldedLexicon.of(LocationDetector.ORGANISATION_WORDS_BEFORE);
        static final FoldedLexicon LINKS = FoldedLexicon.of(Set.of("upon", "am", "im", "an"));
        static final FoldedLexicon ARTICLE_LIKE_CUES =
                FoldedLexicon.of(Set.of("a", "do", "i", "u"));
        static final FoldedLexicon LIST_JOINERS =
                FoldedLexicon.of(
                        Set.of(
                                "and", "or", "und", "oder", "et", "ou", "y", "o", "e", "i", "en",
                                "of"));
        static final CuePhrases STRONG_CUES = new CuePhrases(LocationDetector.STRONG_CUES);

        /**
         * The strong cues no person's name follows ("visiting Florence" may be a visit to a woman).
         */
        static final CuePhrases NO_PERSON_CUES =
                new CuePhrases(
                        LocationDetector.STRONG_CUES.stream()
                                .filter(cue -> !cue.equals("visiting"))
                                .toList());

        static final CuePhrases ORGANISATION_OPENERS =
                new CuePhrases(LocationDetector.ORGANISATION_OPENERS);
    }
}
