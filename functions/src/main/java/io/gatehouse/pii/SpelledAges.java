package io.gatehouse.pii;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Numbers 1–125 written in words, as ages are in prose: English "forty-five", "ninety two", German
 * "fünfundvierzig", French "quarante-cinq", "soixante-douze", "quatre-vingt-dix", Spanish "cuarenta
 * y cinco", "veintitrés" — and the decades of a life ("forties", "la cinquantaine"). The word lists
 * are written here from the languages' number systems; no lexicon file is needed for so few words.
 */
final class SpelledAges {

    /** A number word's value, lower case. */
    private static final Map<String, Integer> WORDS = new HashMap<>();

    /** A decade word's first year: "forties" 40, "cinquantaine" 50. */
    private static final Map<String, Integer> DECADES = new HashMap<>();

    /** Words joining two number words: "cuarenta y cinco", "vingt et un". */
    private static final String[] JOINERS = {"y", "et", "and"};

    /** The longest number phrase read, in words. */
    private static final int MAX_WORDS = 5;

    /**
     * The number and decade words by their first two characters, where both are ASCII: this runs at
     * every word of a text, and an ASCII word is looked up among these few without copying or case
     * folding it.
     */
    private static final String[][] WORDS_BY_PREFIX = new String[128 * 128][];

    private static final String[][] DECADES_BY_PREFIX = new String[128 * 128][];

    static {
        String[] enUnits = {
            "",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen"
        };
        String[] enTens = {
            "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"
        };
        String[] deUnits = {
            "",
            "eins",
            "zwei",
            "drei",
            "vier",
            "fünf",
            "sechs",
            "sieben",
            "acht",
            "neun",
            "zehn",
            "elf",
            "zwölf",
            "dreizehn",
            "vierzehn",
            "fünfzehn",
            "sechzehn",
            "siebzehn",
            "achtzehn",
            "neunzehn"
        };
        String[] deTens = {
            "", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig",
            "neunzig"
        };
        String[] frUnits = {
            "",
            "un",
            "deux",
            "trois",
            "quatre",
            "cinq",
            "six",
            "sept",
            "huit",
            "neuf",
            "dix",
            "onze",
            "douze",
            "treize",
            "quatorze",
            "quinze",
            "seize"
        };
        String[] frTens = {
            "",
            "",
            "vingt",
            "trente",
            "quarante",
            "cinquante",
            "soixante",
            "septante",
            "quatre-vingt",
            "nonante"
        };
        String[] esUnits = {
            "",
            "uno",
            "dos",
            "tres",
            "cuatro",
            "cinco",
            "seis",
            "siete",
            "ocho",
            "nueve",
            "diez",
            "once",
            "doce",
            "trece",
            "catorce",
            "quince",
            "dieciséis",
            "diecisiete",
            "dieciocho",
            "diecinueve"
        };
        String[] esTens = {
            "",
            "",
            "veinte",
            "treinta",
            "cuarenta",
            "cincuenta",
            "sesenta",
            "setenta",
            "ochenta",
            "noventa"
        };
        for (String[] units : new String[][] {enUnits, deUnits, frUnits, esUnits}) {
            for (int v = 1; v < units.length; v++) {
                WORDS.put(units[v], v);
            }
        }
        for (String[] tens : new String[][] {enTens, deTens, frTens, esTens}) {
            for (int t = 2; t < tens.length; t++) {
                WORDS.put(tens[t], t * 10);
            }
        }
        WORDS.put("ein", 1);
        WORDS.put("une", 1);
        WORDS.put("hundred", 100);
        WORDS.put("hundert", 100);
        WORDS.put("cent", 100);
        WORDS.put("cien", 100);
        WORDS.put("quatre-vingts", 80);
        WORDS.put("dieciseis", 16);
        WORDS.put("veintiún", 21);
        for (int t = 2; t < deTens.length; t++) {
            for (int u = 1; u <= 9; u++) {
                WORDS.put(
                        (u == 1 ? "ein" : deUnits[u]) + "und" + deTens[t],
                        t * 10 + u); // fünfundvierzig
            }
        }
        String[] veinti = {
            "",
            "veintiuno",
            "veintidós",
            "veintitrés",
            "veinticuatro",
            "veinticinco",
            "veintiséis",
            "veintisiete",
            "veintiocho",
            "veintinueve"
        };
        for (int u = 1; u <= 9; u++) {
            WORDS.put(veinti[u], 20 + u);
            WORDS.put(veinti[u].replace('ó', 'o').replace('é', 'e'), 20 + u);
        }
        String[] enDecades = {
            "twenties",
            "thirties",
            "forties",
            "fifties",
            "sixties",
            "seventies",
            "eighties",
            "nineties"
        };
        String[] frDecades = {
            "vingtaine",
            "trentaine",
            "quarantaine",
            "cinquantaine",
            "soixantaine",
            "septantaine",
            "octantaine",
            "nonantaine"
        };
        for (int d = 0; d < enDecades.length; d++) {
            DECADES.put(enDecades[d], (d + 2) * 10);
            DECADES.put(frDecades[d], (d + 2) * 10);
        }
        index(WORDS, WORDS_BY_PREFIX);
        index(DECADES, DECADES_BY_PREFIX);
    }

    private static void index(Map<String, Integer> words, String[][] byPrefix) {
        Map<Integer, List<String>> grouped = new HashMap<>();
        for (String word : words.keySet()) {
            if (word.charAt(0) < 128 && word.charAt(1) < 128) {
                grouped.computeIfAbsent(
                                word.charAt(0) * 128 + word.charAt(1), k -> new ArrayList<>())
                        .add(word);
            }
        }
        grouped.forEach((prefix, list) -> byPrefix[prefix] = list.toArray(String[]::new));
    }

    private SpelledAges() {}

    /** The value of the number word text[start, end), or -1. */
    static int word(String text, int start, int end) {
        if (end - start < 2 || end - start > 22) {
            return -1;
        }
        return lookup(WORDS, WORDS_BY_PREFIX, text, start, end);
    }

    /** The first year of the decade word text[start, end) ("forties" 40), or -1. */
    static int decade(String text, int start, int end) {
        if (end - start < 7 || end - start > 13) {
            return -1;
        }
        return lookup(DECADES, DECADES_BY_PREFIX, text, start, end);
    }

    /**
     * {@code words.get(text.substring(start, end).toLowerCase(Locale.ROOT))} as an int (-1: none).
     * An ASCII word, lower-cased character by character the same way, is compared with the few
     * listed words of its first two characters; any other word takes the map.
     */
    private static int lookup(
            Map<String, Integer> words, String[][] byPrefix, String text, int start, int end) {
        for (int k = start; k < end; k++) {
            if (text.charAt(k) >= 128) {
                Integer value = words.get(text.substring(start, end).toLowerCase(Locale.ROOT));
                return value == null ? -1 : value;
            }
        }
        String[] listed =
                byPrefix[asciiLower(text.charAt(start)) * 128 + asciiLower(text.charAt(start + 1))];
        if (listed == null) {
            return -1;
        }
        for (String word : listed) {
            if (word.length() == end - start && sameLowerCase(text, start, word)) {
                return words.get(word);
            }
        }
        return -1;
    }

    /**
     * False when the word at {@code start} cannot be a number or decade word: its first two
     * characters are ASCII and begin none. A test of two characters, for every word of a text.
     */
    static boolean mayBegin(String text, int start) {
        char a = text.charAt(start);
        char b = Chars.at(text, start + 1);
        if (a >= 128 || b >= 128) {
            return true;
        }
        int prefix = asciiLower(a) * 128 + asciiLower(b);
        return WORDS_BY_PREFIX[prefix] != null || DECADES_BY_PREFIX[prefix] != null;
    }

    private static boolean sameLowerCase(String text, int start, String word) {
        for (int k = 0; k < word.length(); k++) {
            if (asciiLower(text.charAt(start + k)) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    /**
     * A spelled number starting at {@code start} (a word start): {@code {end, value}}, or null.
     * Words joined by a hyphen, a space or "y"/"et"/"and" add up when each is smaller than the one
     * before ("forty-five"), except French "quatre-vingt" (4 × 20); at most {@link #MAX_WORDS}
     * words.
     */
    static int[] at(String text, int start) {
        int end = letters(text, start);
        int value = word(text, start, end);
        if (value < 0) {
            return null;
        }
        int last = value;
        for (int words = 1; words < MAX_WORDS; words++) {
            int next = afterJoin(text, end);
            if (next < 0) {
                break;
            }
            int nextEnd = letters(text, next);
            int nextValue = word(text, next, nextEnd);
            if (nextValue < 0) {
                break;
            }
            if (last == 4 && nextValue == 20 && value == 4) {
                value = 80; // quatre-vingt
            } else if (nextValue < last
                    || last == 60 && nextValue < 20
                    || last == 80 && nextValue < 20) {
                value += nextValue;
            } else if (last < 10 && nextValue == 100) {
                value = last * 100;
            } else {
                break;
            }
            last = nextValue;
            end = nextEnd;
        }
        return value >= 1 && value <= 125 ? new int[] {end, value} : null;
    }

    /** The value of the first spelled number or decade word in the span, or -1. */
    static int valueIn(String span) {
        for (int i = 0; i < span.length(); i++) {
            if (Character.isLetter(span.charAt(i)) && !Character.isLetter(Chars.at(span, i - 1))) {
                int[] number = at(span, i);
                if (number != null) {
                    return number[1];
                }
                int decade = decade(span, i, letters(span, i));
                if (decade > 0) {
                    return decade;
                }
            }
        }
        return -1;
    }

    static int letters(String text, int start) {
        int i = start;
        while (i < text.length() && Chars.letter(text.charAt(i)) && i - start < 24) {
            i++;
        }
        return i;
    }

    /** Where the next number word may start after a joining hyphen, space or word; -1 when none. */
    private static int afterJoin(String text, int end) {
        char c = Chars.at(text, end);
        if (c != '-' && c != ' ') {
            return -1;
        }
        int next = end + 1;
        for (String joiner : JOINERS) {
            int joinerEnd = next + joiner.length();
            if (Chars.regionMatchesIgnoreCase(text, next, joiner)
                    && (Chars.at(text, joinerEnd) == ' ' || Chars.at(text, joinerEnd) == '-')) {
                return joinerEnd + 1;
            }
        }
        return Character.isLetter(Chars.at(text, next)) ? next : -1;
    }
}
