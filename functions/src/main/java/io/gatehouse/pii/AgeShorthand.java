package io.gatehouse.pii;

import java.util.Locale;
import java.util.Set;

/**
 * Ages written the short ways of clinical notes and chat, where no "years" follows the number: a
 * sex letter beside it ({@code 45M}, {@code 45 F}, {@code 45/M}, {@code M/45}, {@code F, 45},
 * {@code 45 m.}), a speaker saying it ({@code I'm 45}, {@code she is 45}, {@code ich bin 45},
 * {@code retired at 45.}), an apposition after a name ({@code Mr Smith, 72, was admitted}) or a
 * German decade ({@code Mitte 40}). Each form asks that no currency precede the number and no unit
 * follow it — {@code $45M}, {@code 45 m²}, {@code I'm 45 minutes late}, {@code at 45%} are no ages.
 */
final class AgeShorthand {

    /** What may follow "45M"/"45 F" in a note: the rest of a clinical sentence. */
    private static final Set<String> CLINICAL_NEXT =
            Set.of(
                    "presents",
                    "presented",
                    "presenting",
                    "with",
                    "w",
                    "c",
                    "admitted",
                    "complains",
                    "complaining",
                    "reports",
                    "reporting",
                    "here",
                    "pt",
                    "patient",
                    "smoker",
                    "nonsmoker",
                    "non-smoker",
                    "s",
                    "hx",
                    "h",
                    "who",
                    "referred",
                    "seen",
                    "came",
                    "comes",
                    "brought",
                    "pmh",
                    "known",
                    "in",
                    "mit",
                    "stellt",
                    "kommt",
                    "klagt",
                    "con",
                    "avec",
                    "met",
                    "z",
                    "se",
                    "ze",
                    "présente",
                    "presenta",
                    "presenteert",
                    "zgłasza",
                    "ex",
                    "nicht",
                    "no",
                    "non",
                    "sin",
                    "ohne",
                    "sans",
                    "bez",
                    "zonder",
                    "from",
                    "aus",
                    "de");

    /**
     * What may follow a number a speaker gives as their age: the end of the sentence or these
     * words.
     */
    private static final Set<String> CHAT_NEXT =
            Set.of(
                    "now",
                    "and",
                    "but",
                    "so",
                    "soon",
                    "already",
                    "too",
                    "this",
                    "next",
                    "today",
                    "lol",
                    "haha",
                    "myself",
                    "btw",
                    "yet",
                    "though",
                    "tho",
                    "jetzt",
                    "und",
                    "aber",
                    "schon",
                    "maintenant",
                    "et",
                    "mais",
                    "ahora",
                    "y",
                    "pero",
                    "nu",
                    "en",
                    "maar",
                    "teraz",
                    "ale",
                    "a",
                    "ted",
                    "ora",
                    "e",
                    "ma",
                    "years",
                    "yrs",
                    "yo");

    /** Said before a number that is then the speaker's (or someone's) age. */
    private static final String[] SPEAKERS = {
        "i'm", "i’m", "im", "i am", "she's", "she’s", "he's", "he’s", "she is", "he is", "i was",
        "she was", "he was", "you're", "you’re", "you are", "ich bin", "er ist", "sie ist",
        "ik ben", "hij is", "zij is", "tengo", "mam", "jsem", "je suis", "sono"
    };

    private static final Set<String> UNITS =
            Set.of(
                    "mg",
                    "mcg",
                    "µg",
                    "ug",
                    "g",
                    "kg",
                    "lb",
                    "lbs",
                    "ml",
                    "l",
                    "dl",
                    "cl",
                    "km",
                    "m",
                    "cm",
                    "mm",
                    "mi",
                    "ft",
                    "in",
                    "min",
                    "mins",
                    "minutes",
                    "minute",
                    "minuten",
                    "sec",
                    "secs",
                    "seconds",
                    "s",
                    "h",
                    "hr",
                    "hrs",
                    "hours",
                    "hour",
                    "stunden",
                    "heures",
                    "horas",
                    "ore",
                    "uur",
                    "godzin",
                    "hodin",
                    "days",
                    "day",
                    "tage",
                    "jours",
                    "días",
                    "giorni",
                    "dagen",
                    "dni",
                    "dní",
                    "weeks",
                    "wochen",
                    "semaines",
                    "semanas",
                    "months",
                    "monate",
                    "mois",
                    "meses",
                    "pm",
                    "am",
                    "mmhg",
                    "bpm",
                    "kcal",
                    "cal",
                    "mph",
                    "kmh",
                    "units",
                    "iu",
                    "ie",
                    "meq",
                    "mmol",
                    "mol",
                    "eur",
                    "euro",
                    "euros",
                    "usd",
                    "gbp",
                    "chf",
                    "pln",
                    "czk",
                    "dollars",
                    "pounds",
                    "zł",
                    "kč",
                    "percent",
                    "prozent",
                    "pour",
                    "por",
                    "per",
                    "procent",
                    "degrees",
                    "grad",
                    "c",
                    "f",
                    "°c",
                    "people",
                    "patients",
                    "persons",
                    "personen",
                    "personnes",
                    "personas",
                    "osób",
                    "lidí",
                    "items",
                    "pages",
                    "times",
                    "mal",
                    "fois",
                    "veces",
                    "volte",
                    "keer",
                    "razy",
                    "krát",
                    "kb",
                    "mb",
                    "gb",
                    "px",
                    "pt",
                    "cases",
                    "fälle",
                    "cas",
                    "casos",
                    "casi",
                    "gevallen",
                    "przypadków",
                    "případů",
                    "beds",
                    "betten",
                    "lits",
                    "camas",
                    "letti",
                    "bedden",
                    "łóżek",
                    "lůžek",
                    "x",
                    "rooms",
                    "zimmer",
                    "v",
                    "w",
                    "kw",
                    "mw",
                    "hz",
                    "kilos",
                    "kilo",
                    "libras");
    private static final Set<String> CURRENCY_WORDS =
            Set.of(
                    "eur", "euro", "euros", "usd", "gbp", "chf", "pln", "czk", "us", "rs", "inr",
                    "sek", "nok", "dkk", "zł", "kč", "fr", "sfr", "dm", "pesos", "price", "cost",
                    "costs", "paid", "pay", "pays", "worth", "budget", "fee", "preis", "prix",
                    "precio", "prezzo", "prijs", "cena");

    /** Capitalised words that are no names, though an apposition-like number may follow them. */
    private static final Set<String> NOT_NAMES =
            Set.of(
                    "table",
                    "figure",
                    "fig",
                    "section",
                    "page",
                    "room",
                    "chapter",
                    "street",
                    "level",
                    "grade",
                    "class",
                    "version",
                    "item",
                    "line",
                    "row",
                    "step",
                    "stage",
                    "phase",
                    "unit",
                    "ward",
                    "bed",
                    "box",
                    "tabelle",
                    "abbildung",
                    "seite",
                    "kapitel",
                    "zimmer",
                    "tableau",
                    "chapitre",
                    "tabla",
                    "capítulo",
                    "tabella",
                    "pagina",
                    "tabel",
                    "strona",
                    "tabulka",
                    "strana",
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
                    "jan",
                    "feb",
                    "mar",
                    "apr",
                    "jun",
                    "jul",
                    "aug",
                    "sep",
                    "sept",
                    "oct",
                    "nov",
                    "dec",
                    "monday",
                    "tuesday",
                    "wednesday",
                    "thursday",
                    "friday",
                    "saturday",
                    "sunday",
                    "however",
                    "overall",
                    "total",
                    "also",
                    "and",
                    "or",
                    "but",
                    "group",
                    "cohort",
                    "arm",
                    "sample",
                    "patients",
                    "article",
                    "art",
                    "paragraph",
                    "no",
                    "nr",
                    "number",
                    "vol",
                    "volume",
                    "issue",
                    "part",
                    "teil",
                    "nummer",
                    "platz",
                    "gate",
                    "terminal",
                    "floor",
                    "block",
                    "building",
                    "haus",
                    "bus",
                    "route",
                    "exit",
                    "highway",
                    "road",
                    "avenue",
                    "rue",
                    "calle",
                    "via",
                    "straße",
                    "strasse",
                    "ulica",
                    "ulice",
                    "weg",
                    "laan",
                    "straat",
                    "code",
                    "option",
                    "case",
                    "fall",
                    "cas",
                    "caso",
                    "model",
                    "type",
                    "typ",
                    "size",
                    "score",
                    "rank",
                    "round",
                    "game",
                    "match",
                    "season",
                    "episode",
                    "region",
                    "district",
                    "zone");

    /** People named by a common noun, a number after whom is their age. */
    private static final Set<String> PERSON_NOUNS =
            Set.of(
                    "man",
                    "woman",
                    "boy",
                    "girl",
                    "patient",
                    "lady",
                    "gentleman",
                    "male",
                    "female",
                    "person",
                    "child",
                    "son",
                    "daughter",
                    "wife",
                    "husband",
                    "mother",
                    "father",
                    "mom",
                    "mum",
                    "dad",
                    "brother",
                    "sister",
                    "grandmother",
                    "grandfather",
                    "grandma",
                    "grandpa",
                    "baby",
                    "infant",
                    "toddler",
                    "teenager",
                    "partner",
                    "friend",
                    "neighbour",
                    "neighbor",
                    "uncle",
                    "aunt",
                    "nephew",
                    "niece",
                    "cousin",
                    "client",
                    "resident",
                    "victim",
                    "driver",
                    "suspect",
                    "paciente",
                    "patiente",
                    "patientin",
                    "patientka",
                    "pacjent",
                    "pacjentka",
                    "pacient",
                    "pacientka",
                    "mann",
                    "frau",
                    "junge",
                    "mädchen",
                    "sohn",
                    "tochter",
                    "mutter",
                    "vater",
                    "homme",
                    "femme",
                    "fils",
                    "fille",
                    "mère",
                    "père",
                    "enfant",
                    "hombre",
                    "mujer",
                    "niño",
                    "niña",
                    "hijo",
                    "hija",
                    "madre",
                    "padre",
                    "uomo",
                    "donna",
                    "figlio",
                    "figlia",
                    "bambino",
                    "bambina",
                    "vrouw",
                    "zoon",
                    "dochter",
                    "moeder",
                    "vader",
                    "jongen",
                    "meisje",
                    "mężczyzna",
                    "kobieta",
                    "syn",
                    "córka",
                    "matka",
                    "ojciec",
                    "dziecko",
                    "muž",
                    "žena",
                    "dcera",
                    "otec",
                    "chlapec",
                    "dívka",
                    "kid",
                    "sibling",
                    "twin");

    /** Verbs after a person's noun before their age: "my son is 12." */
    private static final Set<String> NOUN_VERBS =
            Set.of(
                    "is", "was", "ist", "war", "wird", "est", "es", "era", "è", "jest", "był",
                    "była", "je", "byl", "byla", "wordt");

    /** What may follow an age at the end of its clause. */
    private static final Set<String> CLAUSE_NEXT =
            Set.of(
                    "who",
                    "which",
                    "with",
                    "that",
                    "que",
                    "qui",
                    "der",
                    "die",
                    "che",
                    "który",
                    "która",
                    "který",
                    "která",
                    "con",
                    "avec",
                    "mit",
                    "met",
                    "z",
                    "s",
                    "presenting",
                    "presents",
                    "from",
                    "de",
                    "del",
                    "aus",
                    "and",
                    "y",
                    "et",
                    "und",
                    "e",
                    "en",
                    "i",
                    "a");

    private static final Set<String> SEX_WORDS =
            Set.of(
                    "male",
                    "female",
                    "man",
                    "woman",
                    "männlich",
                    "weiblich",
                    "homme",
                    "femme",
                    "hombre",
                    "mujer",
                    "varón",
                    "maschio",
                    "femmina",
                    "mężczyzna",
                    "kobieta",
                    "muž",
                    "žena",
                    "m",
                    "f");

    /** Before "98 F" the F is Fahrenheit. */
    private static final ContextWords TEMPERATURE =
            new ContextWords(
                    24,
                    "temp",
                    "temperature",
                    "fever",
                    "febrile",
                    "afebrile",
                    "t",
                    "tmax",
                    "oven",
                    "weather",
                    "outside",
                    "degrees");

    /** Events of a life an age is given for: "retired at 60", "could read at 4". */
    private static final ContextWords LIFE_EVENT =
            new ContextWords(
                    40,
                    "retired",
                    "died",
                    "married",
                    "diagnosed",
                    "learned",
                    "learnt",
                    "read",
                    "walk",
                    "walked",
                    "school",
                    "emigrated",
                    "moved",
                    "adopted",
                    "orphaned",
                    "started",
                    "began",
                    "lost",
                    "widowed",
                    "pregnant",
                    "gestorben",
                    "verheiratet",
                    "heiratete",
                    "mort",
                    "morte",
                    "marié",
                    "mariée",
                    "murió",
                    "casó",
                    "morto",
                    "morta",
                    "sposato",
                    "sposata",
                    "overleden",
                    "trouwde",
                    "zmarł",
                    "zmarła",
                    "zemřel",
                    "zemřela");

    private static final String[] GERMAN_DECADE = {"anfang", "mitte", "ende"};

    private AgeShorthand() {}

    /** The score of the number text[start, numberEnd) as a short-form age, or 0. */
    static double score(String text, int start, int numberEnd) {
        int value = Integer.parseInt(text, start, numberEnd, 10);
        if (value > 120 || currencyBefore(text, start)) {
            return 0;
        }
        if (sexAfter(text, numberEnd)
                || sexBefore(text, start) && numberEndsPhrase(text, numberEnd)) {
            return 0.75;
        }
        if (appositionAfterName(text, start, numberEnd)) {
            return 0.7;
        }
        double person = afterPersonNoun(text, start, numberEnd);
        if (person > 0) {
            return person;
        }
        if (sexWordAfter(text, numberEnd) && (sentenceStartOrComma(text, start))) {
            return 0.8;
        }
        if (germanDecade(text, start, numberEnd, value)) {
            return 0.7;
        }
        if (chatEnd(text, numberEnd)) {
            if (wordBefore(text, start, SPEAKERS)) {
                return 0.7;
            }
            if (wordBefore(
                            text,
                            start,
                            new String[] {"at", "mit", "à", "a los", "op", "w wieku", "ve"})
                    && sentenceEnd(text, numberEnd)
                    && value >= 2
                    && (value > 12 || LIFE_EVENT.before(text, start))) {
                // "at 8." is an hour as often ("come in at 8."); a child's age needs its event
                return 0.6; // "retired at 45."
            }
        }
        return 0;
    }

    /**
     * "45M", "45 F", "45/M", "45 m." — a sex letter after the age, and the rest reads as a clinical
     * note.
     */
    private static boolean sexAfter(String text, int numberEnd) {
        int i = numberEnd;
        char gap = Chars.at(text, i);
        boolean slash = gap == '/';
        if (gap == ' ' || slash) {
            i++;
        }
        char sex = Chars.at(text, i);
        boolean upper = sex == 'M' || sex == 'F';
        boolean lower = sex == 'm' || sex == 'f';
        if (!upper && !lower
                || Chars.wordChar(Chars.at(text, i + 1))
                || (sex == 'F' || sex == 'f') && TEMPERATURE.before(text, numberEnd)) {
            return false;
        }
        char after = Chars.at(text, i + 1);
        if (lower && !slash) {
            // "45 m." / "45m." — without the period it is metres or minutes
            return after == '.'
                    && !Chars.wordChar(Chars.at(text, i + 2))
                    && !Chars.digit(Chars.at(text, i + 3));
        }
        if (after == ','
                || after == ';'
                || after == ')'
                || after == '\n'
                || after == '/'
                || after == ':'
                || after == '.' && !Chars.digit(Chars.at(text, i + 2))
                || i + 1 >= text.length()) {
            return true;
        }
        if (after != ' ') {
            return false;
        }
        int word = i + 2;
        int wordEnd = SpelledAges.letters(text, word);
        return wordEnd > word
                        && CLINICAL_NEXT.contains(
                                text.substring(word, wordEnd).toLowerCase(Locale.ROOT))
                || Chars.at(text, word) == '-'
                || Chars.at(text, word) == '(';
    }

    /**
     * A number said of a person named by a common noun: "a man of 45", "una mujer de 45,", "my son
     * (7)", "her daughter, 12, was", "my son is 12.", "Pacjentka lat 45". The number must end the
     * phrase — "padre de 3 hijos" counts children — so only the end of a clause may follow it.
     */
    private static double afterPersonNoun(String text, int start, int numberEnd) {
        int value = Integer.parseInt(text, start, numberEnd, 10);
        if (value > 110 || unitAfter(text, numberEnd)) {
            return 0;
        }
        char before = Chars.at(text, start - 1);
        if (before == '(' && Chars.at(text, numberEnd) == ')') {
            String noun = wordEndingAt(text, start - 2);
            if (PERSON_NOUNS.contains(noun)) {
                return 0.75; // "my son (7)", "patient (45)"
            }
            int nounStart = start - 2 - noun.length();
            boolean name =
                    !noun.isEmpty()
                            && Character.isUpperCase(text.charAt(nounStart))
                            && !NOT_NAMES.contains(noun)
                            && Character.isLowerCase(text.charAt(start - 3))
                            && value >= 2;
            return name && Chars.at(text, start - 2) == ' ' ? 0.6 : 0; // "Anna (45)"
        }
        if (before == ' '
                && Chars.at(text, start - 2) == ','
                && (Chars.at(text, numberEnd) == ',' || Chars.at(text, numberEnd) == ')')
                && !Chars.digit(Chars.at(text, numberEnd + 2))
                && PERSON_NOUNS.contains(wordEndingAt(text, start - 2))) {
            return 0.7; // "her daughter, 12, was"
        }
        if (before != ' ') {
            return 0;
        }
        String link = wordEndingAt(text, start - 1);
        if (link.isEmpty()) {
            return 0;
        }
        String noun = wordEndingAt(text, start - 2 - link.length());
        boolean clauseEnds =
                sentenceEnd(text, numberEnd) || nextWordIn(text, numberEnd, CLAUSE_NEXT);
        if ((link.equals("lat") || link.equals("let"))
                && numberEndsPhrase(text, numberEnd)
                && (PERSON_NOUNS.contains(noun) || clauseEnds)) {
            return 0.75; // "Pacjentka lat 45"
        }
        if (PERSON_NOUNS.contains(link) && sexWordAfter(text, numberEnd)) {
            return 0.8; // "Patient 45, male"
        }
        if (!clauseEnds || !PERSON_NOUNS.contains(noun)) {
            return 0;
        }
        if (link.equals("of") || link.equals("de") || link.equals("di") || link.equals("van")) {
            return 0.8; // "a man of 45", "una mujer de 45"
        }
        return NOUN_VERBS.contains(link) ? 0.7 : 0; // "my son is 12."
    }

    /** "45, male", "45 female." — a sex word after the number and nothing more. */
    private static boolean sexWordAfter(String text, int numberEnd) {
        int i = numberEnd;
        if (Chars.at(text, i) == ',') {
            i++;
        }
        if (Chars.at(text, i) != ' ') {
            return false;
        }
        int wordEnd = SpelledAges.letters(text, i + 1);
        if (wordEnd == i + 1
                || !SEX_WORDS.contains(text.substring(i + 1, wordEnd).toLowerCase(Locale.ROOT))) {
            return false;
        }
        char after = Chars.at(text, wordEnd);
        return wordEnd >= text.length()
                || after == ','
                || after == '.'
                || after == ';'
                || after == ')'
                || after == '\n';
    }

    private static boolean sentenceStartOrComma(String text, int start) {
        char c =
                Chars.at(text, start - 1) == ' '
                        ? Chars.at(text, start - 2)
                        : Chars.at(text, start - 1);
        return start == 0
                || c == ','
                || c == '('
                || c == '.'
                || c == '\n'
                || c == ':'
                || c == ';'
                || c == '-'
                || c == '–';
    }

    private static boolean nextWordIn(String text, int numberEnd, Set<String> words) {
        if (Chars.at(text, numberEnd) != ' ') {
            return false;
        }
        int wordEnd = SpelledAges.letters(text, numberEnd + 1);
        return wordEnd > numberEnd + 1
                && words.contains(text.substring(numberEnd + 1, wordEnd).toLowerCase(Locale.ROOT));
    }

    /**
     * The lower-case word of letters ending right before {@code end} ({@code text[end]} being a
     * space), or "".
     */
    private static String wordEndingAt(String text, int end) {
        if (end <= 0
                || Chars.at(text, end) != ' '
                        && Chars.at(text, end) != '('
                        && Chars.at(text, end) != ',') {
            return "";
        }
        int i = end;
        while (i > 0 && end - i < 16 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return i == end || Chars.wordChar(Chars.at(text, i - 1))
                ? ""
                : text.substring(i, end).toLowerCase(Locale.ROOT);
    }

    /** "M/45", "F, 45", "F/45" — a lone capital sex letter before the age. */
    private static boolean sexBefore(String text, int start) {
        int i = start - 1;
        char c = Chars.at(text, i);
        if (c == ' ' && Chars.at(text, i - 1) == ',') {
            i -= 2;
        } else if (c == '/') {
            i--;
        } else {
            return false;
        }
        char sex = Chars.at(text, i);
        return (sex == 'M' || sex == 'F')
                && !Chars.wordChar(Chars.at(text, i - 1))
                && Chars.at(text, i - 1) != '.';
    }

    /**
     * "Mr Smith, 72, was", "Jan Novák, 45, Prague", "Anna, 45)": a number set off after a
     * capitalised name.
     */
    private static boolean appositionAfterName(String text, int start, int numberEnd) {
        if (Chars.at(text, start - 1) != ' ' || Chars.at(text, start - 2) != ',') {
            return false;
        }
        char after = Chars.at(text, numberEnd);
        if (!(after == ',' || after == ')' || after == ';')
                || Chars.digit(Chars.at(text, numberEnd + 1))
                || Chars.digit(Chars.at(text, numberEnd + 2))) {
            return false; // "1, 2, 3": a list
        }
        int wordEnd = start - 2;
        int i = wordEnd - 1;
        while (i >= 0 && Character.isLetter(text.charAt(i)) && wordEnd - i < 30) {
            i--;
        }
        int wordStart = i + 1;
        if (!Words.capitalised(text, wordStart, wordEnd)
                || Chars.wordChar(Chars.at(text, wordStart - 1))
                || Chars.digit(Chars.at(text, wordStart - 2))) {
            return false;
        }
        for (int k = wordStart + 1; k < wordEnd; k++) {
            if (!Character.isLowerCase(text.charAt(k)) && text.charAt(k) != '\'') {
                return false;
            }
        }
        return !NOT_NAMES.contains(text.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT));
    }

    /** "Mitte 40", "Anfang 30", "Ende 50" (not "Anfang 40er", the 1940s). */
    private static boolean germanDecade(String text, int start, int numberEnd, int value) {
        if (value < 20
                || value > 90
                || value % 10 != 0
                || !Chars.endsToken(text, numberEnd)
                || unitAfter(text, numberEnd)) {
            return false;
        }
        for (String word : GERMAN_DECADE) {
            int at = start - 1 - word.length();
            if (at >= 0
                    && Chars.at(text, start - 1) == ' '
                    && Chars.regionMatchesIgnoreCase(text, at, word)
                    && Character.isUpperCase(text.charAt(at))
                    && !Chars.wordChar(Chars.at(text, at - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the phrases ends one space before {@code start}, on a word boundary. */
    private static boolean wordBefore(String text, int start, String[] phrases) {
        if (Chars.at(text, start - 1) != ' ') {
            return false;
        }
        for (String phrase : phrases) {
            int at = start - 1 - phrase.length();
            if (at >= 0
                    && Chars.regionMatchesIgnoreCase(text, at, phrase)
                    && !Chars.wordChar(Chars.at(text, at - 1))
                    && Chars.at(text, at - 1) != '\''
                    && Chars.at(text, at - 1) != '’') {
                return true;
            }
        }
        return false;
    }

    /** After a spoken age: the end of the sentence, or a word that goes on talking, and no unit. */
    private static boolean chatEnd(String text, int numberEnd) {
        if (sentenceEnd(text, numberEnd)) {
            return true;
        }
        if (Chars.at(text, numberEnd) != ' ' || unitAfter(text, numberEnd)) {
            return false;
        }
        int word = numberEnd + 1;
        int wordEnd = SpelledAges.letters(text, word);
        return wordEnd > word
                && !Chars.wordChar(Chars.at(text, wordEnd))
                && CHAT_NEXT.contains(text.substring(word, wordEnd).toLowerCase(Locale.ROOT));
    }

    private static boolean sentenceEnd(String text, int numberEnd) {
        char after = Chars.at(text, numberEnd);
        if (numberEnd >= text.length()
                || after == '\n'
                || after == '!'
                || after == '?'
                || after == ';'
                || after == ')') {
            return true;
        }
        return (after == '.' || after == ',') && !Chars.wordChar(Chars.at(text, numberEnd + 1));
    }

    /**
     * Whether the number ends a phrase: end, punctuation or a word that is no unit ("F, 45 kg" is a
     * weight).
     */
    private static boolean numberEndsPhrase(String text, int numberEnd) {
        return Chars.endsToken(text, numberEnd)
                && !unitAfter(text, numberEnd)
                && Chars.at(text, numberEnd) != '%';
    }

    /** A unit right after the number, glued or after one space: "45 mg", "45kg", "45 %", "45 €". */
    static boolean unitAfter(String text, int numberEnd) {
        int i = numberEnd;
        if (Chars.at(text, i) == ' ' || Chars.at(text, i) == '\u00a0') {
            i++;
        }
        char c = Chars.at(text, i);
        if (c == '%'
                || c == '€'
                || c == '$'
                || c == '£'
                || c == '°'
                || c == '‰'
                || c == ':' && i == numberEnd) {
            return true;
        }
        int end = i;
        while (end < text.length()
                && end - i < 12
                && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '°')) {
            end++;
        }
        return end > i && UNITS.contains(text.substring(i, end).toLowerCase(Locale.ROOT));
    }

    /** "$45M", "€ 45", "EUR 45", "costs 45": money, not an age. */
    private static boolean currencyBefore(String text, int start) {
        int i = start - 1;
        if (Chars.at(text, i) == ' ' || Chars.at(text, i) == '\u00a0') {
            i--;
        }
        char c = Chars.at(text, i);
        if (c == '$' || c == '€' || c == '£' || c == '¥' || c == '#' || c == '№') {
            return true;
        }
        int end = i + 1;
        while (i >= 0 && Character.isLetter(text.charAt(i)) && end - i < 10) {
            i--;
        }
        return end - i > 1
                && end - i <= 10
                && CURRENCY_WORDS.contains(text.substring(i + 1, end).toLowerCase(Locale.ROOT));
    }
}
