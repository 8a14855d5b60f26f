package io.gatehouse.pii;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Month and weekday names in English, German, French, Spanish, Portuguese, Italian, Dutch, Polish
 * and Czech — full, abbreviated and in the inflected forms dates are written in ("3 marca", "3.
 * března", "w styczniu") — each also without its diacritics, as plain-ASCII text writes them.
 * Written from general knowledge of those calendars, not copied from a list.
 *
 * <p>A word is looked up by a 64-bit hash of its lower-cased characters in a sorted array, so the
 * scanner can test every word of a long text without building a string for it.
 */
final class CalendarWords {

    /** A weekday written out or in three letters ("Tuesday", "Tue", "mardi"). */
    static final int WEEKDAY = 50;

    /**
     * A two-letter weekday ("Mo", "Di", "út"): only before a full date, since most are also common
     * words.
     */
    static final int SHORT_WEEKDAY = 60;

    /** A season ("spring", "Herbst", "été"): a date only with its year ("spring 2023"). */
    static final int SEASON = 70;

    /**
     * Added to a month's number when its name is also a common word or an unsure abbreviation
     * ("set", "ago", "gen").
     */
    static final int WEAK = 100;

    /**
     * For the words whose first two characters are ASCII, by those two (lower case): the lengths
     * they come in, as bits. Most words of a text are no calendar word, and this tells so before
     * any hashing.
     */
    private static final int[] LENGTHS_BY_PREFIX = new int[128 * 128];

    private static final long[] KEYS;
    private static final int[] VALUES;

    static {
        Map<String, Integer> words = new LinkedHashMap<>();
        month(
                words,
                1,
                "january jan januar jänner jän janvier janv enero ene gennaio januari styczeń stycznia styczniu "
                        + "leden ledna lednu janeiro",
                "gen sty");
        month(
                words,
                2,
                "february feb febr februar feber février févr fév febrero febbraio februari luty lutego lutym "
                        + "únor února únoru fevereiro",
                "lut fev");
        month(
                words,
                3,
                "march mar märz mär mrz mars marzo maart mrt marzec marca marcu březen března březnu março",
                "");
        month(
                words,
                4,
                "april apr avril avr abril abr aprile kwiecień kwietnia kwietniu duben dubna dubnu",
                "kwi");
        month(words, 5, "may mai mayo maggio mei maj maja maju květen května květnu maio", "mag");
        month(
                words,
                6,
                "june jun juni juin junio giugno czerwiec czerwca czerwcu červen června červnu junho",
                "giu cze");
        month(
                words,
                7,
                "july jul juli juillet juil julio luglio lipiec lipca lipcu červenec července červenci julho",
                "lug lip");
        month(
                words,
                8,
                "august aug august août aout agosto augustus sierpień sierpnia sierpniu srpen srpna srpnu",
                "ago sie");
        month(
                words,
                9,
                "september sep sept septembre septiembre setiembre settembre wrzesień września wrześniu září "
                        + "setembro",
                "set wrz");
        month(
                words,
                10,
                "october oct oktober okt octobre octubre ottobre październik października październiku "
                        + "říjen října říjnu outubro",
                "ott paź out");
        month(
                words,
                11,
                "november nov novembre noviembre listopad listopada listopadzie listopadu novembro",
                "lis");
        month(
                words,
                12,
                "december dec dezember dez décembre déc diciembre dic dicembre grudzień grudnia grudniu "
                        + "prosinec prosince prosinci dezembro",
                "gru");
        put(
                words,
                WEEKDAY,
                "monday mon montag lundi lun lunes lunedì maandag poniedziałek pon pondělí segunda "
                        + "tuesday tue tues dienstag mardi martes martedì dinsdag wtorek úterý terça "
                        + "wednesday wed mittwoch mercredi mer miércoles mié mercoledì woensdag środa środę středa středu quarta "
                        + "thursday thu thur thurs donnerstag jeudi jeu jueves jue giovedì donderdag czwartek čtvrtek quinta "
                        + "friday fri freitag vendredi ven viernes vie venerdì vrijdag piątek pátek sexta "
                        + "saturday sat samstag sonnabend samedi sam sábado sáb sabato zaterdag sobota sobotę sobotu "
                        + "sunday sun sonntag dimanche dim domingo dom domenica zondag niedziela niedzielę neděle neděli");
        put(
                words,
                SEASON,
                "spring summer autumn fall winter frühjahr frühling sommer herbst winter printemps été automne "
                        + "hiver primavera verano otoño invierno estate autunno inverno voorjaar lente zomer najaar herfst "
                        + "wiosna wiosną lato latem jesień jesienią zima zimą jaro léto podzim zima verão outono");
        put(
                words,
                SHORT_WEEKDAY,
                "mo di mi do fr sa so ma wo vr za zo po út st čt pá ne wt pt śr nd");
        long[] keys = new long[words.size()];
        int[] values = new int[words.size()];
        Integer[] order = new Integer[words.size()];
        String[] names = words.keySet().toArray(String[]::new);
        long[] hashes = new long[names.length];
        for (int i = 0; i < names.length; i++) {
            hashes[i] = hash(names[i], 0, names[i].length());
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Long.compare(hashes[x], hashes[y]));
        for (int i = 0; i < order.length; i++) {
            keys[i] = hashes[order[i]];
            values[i] = words.get(names[order[i]]);
        }
        KEYS = keys;
        VALUES = values;
        for (String name : names) {
            if (name.charAt(0) < 128 && name.charAt(1) < 128 && name.length() < 32) {
                LENGTHS_BY_PREFIX[name.charAt(0) * 128 + name.charAt(1)] |= 1 << name.length();
            }
        }
    }

    private CalendarWords() {}

    private static void month(Map<String, Integer> words, int month, String strong, String weak) {
        put(words, month, strong);
        put(words, month + WEAK, weak);
    }

    private static void put(Map<String, Integer> words, int value, String list) {
        for (String word : list.split(" ")) {
            if (!word.isEmpty()) {
                words.putIfAbsent(word, value);
                words.putIfAbsent(withoutMarks(word), value);
            }
        }
    }

    private static String withoutMarks(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    private static long hash(CharSequence text, int start, int end) {
        long h = 1125899906842597L;
        for (int i = start; i < end; i++) {
            h = 1099511628211L * (h ^ Character.toLowerCase(text.charAt(i)));
        }
        return h;
    }

    /**
     * The code of the word text[start, end): a month 1–12 (+ {@link #WEAK}), {@link #WEEKDAY},
     * {@link #SHORT_WEEKDAY}, or 0.
     */
    static int of(String text, int start, int end) {
        int length = end - start;
        if (length < 2 || length > 13) {
            return 0;
        }
        char a = text.charAt(start);
        char b = text.charAt(start + 1);
        if (a < 128
                && b < 128
                && (LENGTHS_BY_PREFIX[asciiLower(a) * 128 + asciiLower(b)] & (1 << length)) == 0) {
            return 0;
        }
        int at = Arrays.binarySearch(KEYS, hash(text, start, end));
        return at < 0 ? 0 : VALUES[at];
    }

    /**
     * False when the word at {@code start} is no calendar word by its first two characters alone
     * (both ASCII).
     */
    static boolean mayBegin(String text, int start) {
        char a = text.charAt(start);
        char b = Chars.at(text, start + 1);
        return a >= 128 || b >= 128 || LENGTHS_BY_PREFIX[asciiLower(a) * 128 + asciiLower(b)] != 0;
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    /** The month 1–12 of a code from {@link #of}, or 0. */
    static int month(int code) {
        int month = code > WEAK ? code - WEAK : code;
        return month >= 1 && month <= 12 ? month : 0;
    }

    static boolean weak(int code) {
        return code > WEAK;
    }

    /**
     * The end of the run of letters (any script) starting at {@code start}, looking no further than
     * 14 characters.
     */
    static int wordEnd(String text, int start) {
        int i = start;
        while (i < text.length() && Chars.letter(text.charAt(i)) && i - start < 14) {
            i++;
        }
        return i;
    }
}
