package io.gatehouse.pii;

import java.util.List;
import java.util.Set;

/**
 * Towns, cities, counties, regions and countries named in text (HIPAA Safe Harbor (B) below the
 * state, and the rest for GDPR), from the place lexicons: capitalised words whose phrase is a known
 * place, the longest first ("San Francisco", "Frankfurt am Main", "Saint-Étienne").
 * <ul>
 *   <li>a known place: 0.7; after a cue word ("in", "from", "wohnt in", "à", "w", "v"…) or before a
 *       postcode or region code: 0.85;</li>
 *   <li>a place that is also a common word or given name ("Reading", "Nice", "Florence"): 0.65 with a
 *       cue, else 0.3 (reported, not masked by default).</li>
 * </ul>
 */
final class LocationDetector implements Detector {

    static final double KNOWN = 0.7;
    static final double CUED = 0.85;
    static final double AMBIGUOUS_CUED = 0.65;
    static final double AMBIGUOUS = 0.3;
    static final double BEFORE_REGION = 0.75;

    /** The word right before a place that says a place comes next, in the languages served. */
    private static final Set<String> CUES = Set.of("in", "from", "near", "to", "at", "of", "via", "outside", "around",
            "aus", "nach", "bei", "von", "à", "au", "de", "en", "a", "di", "da", "w", "we", "z", "ze", "do", "v", "ve", "u",
            "uit", "naar", "bij", "te", "desde", "para", "em", "och", "i", "till", "från");
    private static final ContextWords PHRASE_CUES = new ContextWords(24, "lives in", "living in", "born in", "resident of",
            "moved to", "moved from", "wohnt in", "wohnhaft in", "geboren in", "habite à", "né à", "née à", "vive en",
            "nacido en", "abita a", "nato a", "woont in", "mieszka w", "bydlí v", "city:", "town:", "city of", "ort:",
            "ville:", "ciudad:", "città:", "place of birth", "birthplace", "country:", "residence");

    private static final Set<String> ORGANISATION_WORDS = Set.of("university", "universität", "université", "universidad",
            "università", "hospital", "infirmary", "clinic", "klinikum", "general", "royal", "scientific", "bank", "airport",
            "council", "college", "school", "fc", "united", "city", "county", "times", "post", "group", "inc", "ltd", "gmbh",
            "ag", "sa", "spa", "energy", "capital", "partners", "street", "road", "avenue", "lane", "straße", "str");
    private static final List<String> ORGANISATION_OPENERS = List.of("university of ", "bank of ", "hospital of ",
            "universität ", "université de ", "universidad de ", "università di ", "city of ", "port of ");

    @Override
    public String type() {
        return EntityType.LOCATION.name();
    }

    @Override
    public void detect(String text, List<Candidate> out) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Words.startsWord(text, i)) {
                i++;
                continue;
            }
            int wordEnd = Words.end(text, i);
            if (!Words.capitalised(text, i, wordEnd)) {
                i = Math.max(wordEnd, i + 1);
                continue;
            }
            int[] found = longestPlace(text, i, wordEnd);
            if (found == null) {
                int town = townBeforeRegion(text, i, wordEnd);
                if (town > 0) {
                    out.add(new Candidate(type(), i, town, BEFORE_REGION));
                    i = town;
                } else {
                    i = wordEnd;
                }
                continue;
            }
            int end = found[0];
            if (partOfAName(text, i, end)) {
                out.add(new Candidate(type(), i, end, AMBIGUOUS));
                i = end;
                continue;
            }
            boolean cued = cued(text, i) || regionOrPostcodeAfter(text, end);
            double score = found[1] == 2 ? (cued ? CUED : KNOWN) : (cued ? AMBIGUOUS_CUED : AMBIGUOUS);
            out.add(new Candidate(type(), i, end, score));
            i = end;
        }
    }

    /** {end, 2|1} of the longest known place phrase starting at {@code start}, or null. */
    private static int[] longestPlace(String text, int start, int firstEnd) {
        int[] best = null;
        int end = firstEnd;
        StringBuilder key = new StringBuilder(Words.lower(text, start, firstEnd));
        for (int words = 1; words <= PlaceLexicon.MAX_PLACE_WORDS; words++) {
            String phrase = key.toString();
            int kind = PlaceLexicon.place(phrase);
            if (kind > 0 && Chars.at(text, end) != '-') {
                best = new int[] {end, kind};
            }
            if (!PlaceLexicon.placePrefix(phrase) || Chars.at(text, end) != ' ') {
                break;
            }
            int next = end + 1;
            if (!Words.startsWord(text, next)) {
                break;
            }
            int nextEnd = Words.end(text, next);
            key.append(' ').append(Words.lower(text, next, nextEnd));
            end = nextEnd;
        }
        return best;
    }

    /** The previous word is a cue ("in Leeds", "à Lyon"), or a cue phrase stands before in the same sentence. */
    private static boolean cued(String text, int start) {
        int j = start - 1;
        if (Chars.at(text, j) != ' ') {
            return PHRASE_CUES.before(text, start);
        }
        int wordEnd = j;
        while (j > 0 && Chars.at(text, j - 1) == ' ') {
            j--;
            wordEnd = j;
        }
        int wordStart = wordEnd;
        while (wordStart > 0 && Chars.wordChar(text.charAt(wordStart - 1)) && wordEnd - wordStart < 8) {
            wordStart--;
        }
        if (wordStart < wordEnd && !Chars.wordChar(Chars.at(text, wordStart - 1))
                && CUES.contains(Words.lower(text, wordStart, wordEnd))) {
            return true;
        }
        return PHRASE_CUES.before(text, start);
    }

    /** "Leeds General Infirmary", "Boston Scientific", "University of Leeds": the place names an organisation. */
    private static boolean partOfAName(String text, int start, int end) {
        if (Chars.at(text, end) == ' ') {
            int next = end + 1;
            if (ORGANISATION_WORDS.contains(Words.lower(text, next, Words.end(text, next)))) {
                return true;
            }
        }
        for (String before : ORGANISATION_OPENERS) {
            int from = start - before.length();
            if (from >= 0 && text.regionMatches(true, from, before, 0, before.length())) {
                return true;
            }
        }
        return false;
    }

    /** An unknown town of one or two capitalised words before a comma and a state code: "Palo Alto, CA". */
    private static int townBeforeRegion(String text, int start, int wordEnd) {
        int end = wordEnd;
        for (int words = 1; words <= 2; words++) {
            if (Chars.at(text, end) == ',' && Chars.at(text, end + 1) == ' ' && StreetAddressDetector.regionCode(text, end + 2)) {
                return end;
            }
            if (Chars.at(text, end) != ' ' || !Words.capitalised(text, end + 1, Words.end(text, end + 1))) {
                return -1;
            }
            end = Words.end(text, end + 1);
        }
        return -1;
    }

    /** "Springfield, IL", "Leeds LS6 2AB", "Paris 75002". */
    private static boolean regionOrPostcodeAfter(String text, int end) {
        int j = Words.skipBlanks(text, end);
        if (Chars.at(text, j) == ',') {
            j = Words.skipBlanks(text, j + 1);
        }
        if (j == end) {
            return false;
        }
        return StreetAddressDetector.regionCode(text, j) || Postcodes.uk(text, j) > 0 || Postcodes.canada(text, j) > 0
                || Postcodes.usZip(text, j) > 0 || Postcodes.netherlands(text, j) > 0;
    }
}
