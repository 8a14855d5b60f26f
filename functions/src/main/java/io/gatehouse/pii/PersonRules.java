package io.gatehouse.pii;

import java.util.Set;

/**
 * Hand-written patterns that the trained {@link PersonModel} rarely sees and so scores too low: a
 * listed name right after a sentence-opening request verb ("Tell Priya the…", "Email Ngozi",
 * "Demande à Marie…"), and Vietnamese names whose middle part ("Van", "Thi") and given name ("An",
 * "Hoa") are also ordinary words elsewhere ("Nguyen Van An", "Le Thi Hoa"). Each gives a floor for
 * the span's score; the model's own score is kept when it is higher.
 */
final class PersonRules {

    private PersonRules() {}

    /**
     * Floor for a name right after a request verb that opens a sentence, when a name list has a
     * word of it.
     */
    static final double AFTER_REQUEST_LISTED = 0.75;

    /** Floor for "Family Van/Thi Given". */
    static final double VIETNAMESE = 0.8;

    /** The floor score for tokens {@code [s, e)}, or 0 when no pattern fits. */
    static double floor(PersonTokens t, int s, int e) {
        if (vietnamese(t, s, e)) {
            return VIETNAMESE;
        }
        if (PersonFeatures.honorificBefore(t, s)) {
            return afterTitle(t, s, e);
        }
        double shaped = Math.max(authorWithInitials(t, s, e), givenInsideSentence(t, s, e));
        shaped = Math.max(shaped, afterIntroduction(t, s, e));
        return Math.max(shaped, Math.max(afterRequest(t, s, e), givenThenFamily(t, s, e)));
    }

    /** Floor for the name a writer introduces themself with. */
    static final double INTRODUCED = 0.8;

    /**
     * "My name is Ayodele Bankole", "my name's Tane", "Je m'appelle…", "Ich heiße…", "Me llamo…",
     * "Mi chiamo…", "Ik heet…", "Nazywam się…", "Jmenuji se…", "call me Jo": what follows such a
     * phrase is a name whether or not a list has it. One to three capitalised words that are no
     * ordinary word or title.
     */
    private static double afterIntroduction(PersonTokens t, int s, int e) {
        if (e - s > 3) {
            return 0;
        }
        for (int i = s; i < e; i++) {
            if (!t.capitalised(i)
                    || t.allCaps(i)
                    || (t.lexicon[i]
                                    & (PersonTokens.COMMON
                                            | PersonTokens.NOT_NAME
                                            | PersonTokens.HONORIFIC))
                            != 0) {
                return 0;
            }
        }
        return introduces(t, s - 1) ? INTRODUCED : 0;
    }

    /** Whether the words ending at token i introduce a person's name. */
    private static boolean introduces(PersonTokens t, int i) {
        if (!t.word(i)) {
            return false;
        }
        String k = t.key[i];
        String before = t.word(i - 1) ? t.key[i - 1] : "";
        return k.equals("is") && before.equals("name")
                || k.equals("s")
                        && t.punct(i - 1, '\'')
                        && t.word(i - 2)
                        && t.key[i - 2].equals("name")
                || k.equals("me") && before.equals("call")
                || k.equals("m'appelle")
                || k.equals("heiße") && before.equals("ich")
                || k.equals("llamo") && before.equals("me")
                || k.equals("chiamo") && before.equals("mi")
                || k.equals("heet") && before.equals("ik")
                || k.equals("się") && before.equals("nazywam")
                || k.equals("se") && before.equals("jmenuji");
    }

    /** Floor for a listed given name standing alone inside a sentence: just above the minimum. */
    static final double GIVEN_IN_SENTENCE = 0.6;

    /**
     * "I saw Marcus at the gym", "send it to Deepika by Friday", "la madre di Giulia": one
     * capitalised word that a given-name list has (and no ordinary-word list), inside a sentence: a
     * lower-case word before it (so it neither opens a sentence nor sits in a Title Case heading)
     * and no capitalised word after it. A capital there is the name's own; the model, which weighs
     * the words around it, can score a listed name low before "at", "in" or "by", or after an
     * Italian "di" it knows as a particle. German capitalises every noun, so it is left out there.
     */
    private static double givenInsideSentence(PersonTokens t, int s, int e) {
        if (e != s + 1
                || !listedAs(t, s, PersonTokens.FIRST)
                || (t.lexicon[s] & PersonTokens.PARTICLE) != 0
                || !t.lowerCase(s - 1)
                || t.lineStart[s]
                || t.word(e) && !t.lineStart[e] && !t.lowerCase(e)
                || "de".equals(t.language())) {
            return 0;
        }
        return GIVEN_IN_SENTENCE;
    }

    /** Floor for an author written "Smith J", "Smith JR" or "Smith, J." in a list of authors. */
    static final double AUTHOR = 0.75;

    /**
     * Whether token i is an author's initials written Vancouver style, without full stops: one to
     * three capitals ("J", "JR", "ABC") that no name list has, closing the item (a comma,
     * semicolon, full stop, closing bracket, "and", "&", the line's or text's end after it).
     */
    static boolean bareInitials(PersonTokens t, int i) {
        if (!t.word(i)
                || t.end[i] - t.start[i] > 3
                || t.lineStart[i]
                || t.initial(i) // "R." of "J. R. Smith", "Patel R.": the model knows initials
                || (t.lexicon[i] & (PersonTokens.FIRST | PersonTokens.LAST)) != 0) {
            return false; // "LI", "WU": a name in capitals, not initials
        }
        for (int j = t.start[i]; j < t.end[i]; j++) {
            char c = t.text.charAt(j);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        int n = i + 1;
        return n >= t.size
                || t.lineStart[n]
                || t.punct(n, ',')
                || t.punct(n, ';')
                || t.punct(n, '.')
                || t.punct(n, ')')
                || t.punct(n, '&')
                || t.word(n) && t.key[n].equals("and");
    }

    /**
     * "Anderson K, Lee M, Garcia P." and "Smith, J., Brown, K.": a family name with its initials,
     * as reference lists and author lines write them. A listed family name is enough; an unlisted
     * capitalised word needs another author of the same form right before or after it (a list).
     */
    private static double authorWithInitials(PersonTokens t, int s, int e) {
        int last = e - 1;
        boolean vancouver = e - s == 2 && bareInitials(t, last);
        // "Smith, J." / "Smith, J. R.": the family name, a comma, then initials with full stops
        boolean inverted = e - s >= 4 && t.punct(s + 1, ',') && initialsOnly(t, s + 2, e);
        if (!vancouver && !inverted || !t.capitalised(s) || t.allCaps(s) || !nameWord(t, s)) {
            return 0;
        }
        if (listedAs(t, s, PersonTokens.LAST)) {
            return AUTHOR;
        }
        return vancouver && (authorBefore(t, s) || authorAfter(t, e)) ? AUTHOR : 0;
    }

    /**
     * Tokens {@code [from, to)} are one to three initials with their full stops ("J.", "J. R.").
     */
    private static boolean initialsOnly(PersonTokens t, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i += 2) {
            if (!t.initial(i) || i + 1 >= to) {
                return false;
            }
            count++;
        }
        return count >= 1 && count <= 3;
    }

    /** A capitalised word that is no ordinary word, title or particle, of three letters or more. */
    private static boolean nameWord(PersonTokens t, int i) {
        return t.word(i)
                && t.end[i] - t.start[i] >= 2
                && (t.lexicon[i]
                                & (PersonTokens.COMMON
                                        | PersonTokens.NOT_NAME
                                        | PersonTokens.HONORIFIC
                                        | PersonTokens.PARTICLE))
                        == 0;
    }

    /** "…, Lee M" ends right before token s: a comma, then another name word and bare initials. */
    private static boolean authorBefore(PersonTokens t, int s) {
        return t.punct(s - 1, ',')
                && bareInitials(t, s - 2)
                && t.capitalised(s - 3)
                && nameWord(t, s - 3)
                && !t.key[s - 3].equals(t.key[s]);
    }

    /**
     * ", Lee M" follows token e - 1. The other author's family name must differ: "Hepatitis B,
     * Hepatitis C" is one word with two letters, not two authors.
     */
    private static boolean authorAfter(PersonTokens t, int e) {
        return t.punct(e, ',')
                && t.capitalised(e + 1)
                && nameWord(t, e + 1)
                && (bareInitials(t, e + 2) || t.initial(e + 2)) // "…, Abernathy Q." too
                && !t.key[e + 1].equals(t.key[e - 2]);
    }

    /** Floor for a listed given name followed by a listed family name: just above the minimum. */
    static final double GIVEN_THEN_FAMILY = 0.6;

    /**
     * "Giulia Bianchi", "Kofi Mensah Boateng": a word only the given-name lists have, then (after
     * at most one more given name) a word the family-name lists have, neither an ordinary word. The
     * pair is evidence of a name in any context, but the model reads the whole line and can still
     * score it under the minimum when the words around it are unusual (an all-caps code after it,
     * an Italian "di" before it, which it knows as a name particle).
     */
    private static double givenThenFamily(PersonTokens t, int s, int e) {
        if (e - s < 2 || e - s > 3 || !listedAs(t, s, PersonTokens.FIRST)) {
            return 0;
        }
        if (e - s == 3 && !listedAs(t, s + 1, PersonTokens.FIRST)) {
            return 0;
        }
        return listedAs(t, e - 1, PersonTokens.LAST) ? GIVEN_THEN_FAMILY : 0;
    }

    /**
     * A capitalised word of three letters or more in the list {@code kind}, and not an ordinary
     * word.
     */
    private static boolean listedAs(PersonTokens t, int i, int kind) {
        if (!t.word(i) || !t.capitalised(i) || t.allCaps(i) || t.end[i] - t.start[i] < 3) {
            return false;
        }
        int bits = t.lexicon[i];
        return (bits & kind) != 0
                && (bits & (PersonTokens.COMMON | PersonTokens.NOT_NAME | PersonTokens.HONORIFIC))
                        == 0;
    }

    /**
     * Floor for a name after a title ("Dott. Okonkwo", "Sig. Rossi") when a name list has its first
     * word.
     */
    static final double AFTER_TITLE = 0.8;

    /**
     * A title in front settles that a name follows; the model, trained mostly on titles of a few
     * languages, can still score a listed surname behind another language's title low.
     */
    private static double afterTitle(PersonTokens t, int s, int e) {
        if (e - s > 3
                || !t.word(s)
                || !t.capitalised(s)
                || t.allCaps(s) && t.end[s] - t.start[s] <= 3) {
            return 0;
        }
        int bits = t.lexicon[s];
        boolean ordinary =
                (bits & (PersonTokens.COMMON | PersonTokens.NOT_NAME | PersonTokens.HONORIFIC))
                        != 0;
        boolean listed =
                (bits & (PersonTokens.FIRST | PersonTokens.LAST | PersonTokens.STEM)) != 0
                        && !ordinary;
        if (listed) {
            return AFTER_TITLE;
        }
        // "Mr. O'Sullivan", "Frau Oberhuber": a personal title before one unlisted word of a name's
        // form
        return e == s + 1
                        && !ordinary
                        && PERSONAL_TITLES.contains(t.key[PersonFeatures.titleBefore(t, s)])
                        && nameForm(t, s)
                ? AFTER_PERSONAL_TITLE
                : 0;
    }

    /**
     * Floor for one unlisted word after a personal title: above the minimum, below a listed name's.
     */
    static final double AFTER_PERSONAL_TITLE = 0.6;

    /**
     * Titles that only stand before a person's family name (no "Dr. Pepper" professions or ranks).
     */
    private static final Set<String> PERSONAL_TITLES =
            Set.of(
                    "mr",
                    "mrs",
                    "ms",
                    "miss",
                    "mx",
                    "herr",
                    "herrn",
                    "frau",
                    "mme",
                    "mlle",
                    "monsieur",
                    "madame",
                    "sr",
                    "sra",
                    "srta",
                    "señor",
                    "señora",
                    "sig",
                    "sig.ra",
                    "signor",
                    "signora",
                    "dhr",
                    "mevr",
                    "mevrouw",
                    "meneer",
                    "pan",
                    "pani",
                    "panu",
                    "pana",
                    "panią",
                    "paní",
                    "pane",
                    "pánem",
                    "paním");

    /**
     * "Xxxx", "X'Xxxx", "Xxxx-Xxxx", "McXxxx": a capital, then letters with at most inner capitals
     * after ' or - or Mc.
     */
    private static boolean nameForm(PersonTokens t, int i) {
        int from = t.start[i];
        int to = t.end[i];
        if (to - from < 3 || t.allCaps(i)) {
            return false;
        }
        for (int j = from + 1; j < to; j++) {
            char c = t.text.charAt(j);
            char before = t.text.charAt(j - 1);
            if (Character.isUpperCase(c)
                    && before != '\''
                    && before != '\u2019'
                    && before != '-'
                    && !(j == from + 2 && t.text.startsWith("Mc", from))) {
                return false;
            }
        }
        return true;
    }

    private static double afterRequest(PersonTokens t, int s, int e) {
        int words = 0;
        boolean listed = false;
        for (int i = s; i < e; i++) {
            if (t.initial(i)) {
                i++;
                words++;
                continue;
            }
            if (!t.word(i) || !t.capitalised(i) || t.allCaps(i) || t.end[i] - t.start[i] < 3) {
                return 0;
            }
            int bits = t.lexicon[i];
            boolean name =
                    (bits & (PersonTokens.FIRST | PersonTokens.LAST | PersonTokens.STEM)) != 0;
            if ((bits & (PersonTokens.COMMON | PersonTokens.NOT_NAME | PersonTokens.HONORIFIC)) != 0
                    && !name) {
                return 0;
            }
            listed |= name && (bits & (PersonTokens.COMMON | PersonTokens.NOT_NAME)) == 0;
            words++;
        }
        if (words < 1 || words > 3) {
            return 0;
        }
        // what follows: a lower-case word, punctuation or the end, not another capitalised word
        if (e < t.size && !t.lineStart[e] && t.word(e) && !t.lowerCase(e)) {
            return 0;
        }
        int v = s - 1;
        if (t.word(v) && t.lowerCase(v) && PREPOSITIONS.contains(t.key[v])) {
            v--;
        }
        if (!t.word(v) || !REQUEST_VERBS.contains(t.key[v]) || !opensSentence(t, v)) {
            return 0;
        }
        // a word no list has is as often a team or a product ("Ask Finance", "Tell Excel") as a
        // person
        return listed ? AFTER_REQUEST_LISTED : 0;
    }

    /** Whether token v opens a sentence or line, or follows "please"/"bitte" doing so. */
    private static boolean opensSentence(PersonTokens t, int v) {
        if (t.word(v - 1) && PLEASE.contains(t.key[v - 1])) {
            v--;
        }
        if (v == 0 || t.lineStart[v]) {
            return true;
        }
        return t.punct(v - 1, '.')
                || t.punct(v - 1, '!')
                || t.punct(v - 1, '?')
                || t.punct(v - 1, ':')
                || t.punct(v - 1, ';')
                || t.punct(v - 1, '-')
                || t.punct(v - 1, '(');
    }

    /** Verbs that open a request about a person (written for Gatehouse, eight languages). */
    private static final Set<String> REQUEST_VERBS =
            Set.of(
                    ("ask tell ping remind call email e-mail text cc bcc forward let have "
                                    + "get thank inform notify contact message phone invite page "
                                    + "frag frage sag sage ruf rufe erinnere informiere schreib schreibe kontaktiere danke "
                                    + "demande dis appelle rappelle contacte préviens informe remercie écris "
                                    + "pregunta pregúntale dile llama avisa recuerda recuérdale contacta escribe "
                                    + "chiedi chiama avvisa ricorda contatta scrivi informa "
                                    + "vraag zeg bel herinner informeer mail stuur bedank "
                                    + "zapytaj powiedz zadzwoń przypomnij napisz poinformuj "
                                    + "zeptej řekni zavolej připomeň napiš informuj")
                            .split(" "));

    private static final Set<String> PREPOSITIONS = Set.of("to", "à", "a", "an", "aan", "do", "al");
    private static final Set<String> PLEASE =
            Set.of("please", "pls", "plz", "bitte", "svp", "prosím", "proszę");

    /** Vietnamese middle parts, capitalised, that join a family name and a given name. */
    private static final Set<String> MIDDLE = Set.of("van", "văn", "thi", "thị");

    /** Vietnamese family names that are also ordinary words in other languages ("Le", "Ly"). */
    private static final Set<String> SHORT_FAMILIES =
            Set.of("le", "lê", "ly", "lý", "ha", "hà", "do", "đỗ", "vo", "võ", "vu", "vũ");

    /**
     * A capitalised "Van"/"Thi" after a capitalised name part, with a capitalised word after it.
     */
    static boolean middlePart(PersonTokens t, int i) {
        return t.word(i)
                && t.capitalised(i)
                && !t.allCaps(i)
                && t.key[i].length() == 3 // every middle part: a cheap test before the set's
                && MIDDLE.contains(t.key[i])
                && t.sameLineNext(i)
                && t.word(i + 1)
                && t.capitalised(i + 1)
                && !t.allCaps(i + 1);
    }

    /**
     * The given name after a middle part: any capitalised word (it may be an ordinary word too,
     * "An", "Hoa").
     */
    static boolean givenAfterMiddle(PersonTokens t, int i) {
        return t.word(i)
                && t.capitalised(i)
                && !t.allCaps(i)
                && (t.lexicon[i] & PersonTokens.HONORIFIC) == 0
                && t.end[i] - t.start[i] <= 12;
    }

    /**
     * A short Vietnamese family name ("Le") that starts a run only when a middle part follows it.
     */
    static boolean familyBeforeMiddle(PersonTokens t, int i) {
        return t.word(i)
                && t.capitalised(i)
                && !t.allCaps(i)
                && t.key[i].length() == 2 // every short family name: a cheap test first
                && SHORT_FAMILIES.contains(t.key[i])
                && t.sameLineNext(i)
                && middlePart(t, i + 1);
    }

    /**
     * Tokens {@code [s, e)} are "Family Van/Thi Given": three words, the middle one a middle part.
     */
    static boolean vietnamese(PersonTokens t, int s, int e) {
        if (e - s != 3 || !t.word(s) || !middlePart(t, s + 1) || !givenAfterMiddle(t, s + 2)) {
            return false;
        }
        int bits = t.lexicon[s];
        boolean family =
                (bits & (PersonTokens.LAST | PersonTokens.FIRST)) != 0
                        || SHORT_FAMILIES.contains(t.key[s]);
        return family && t.capitalised(s) && !t.allCaps(s);
    }
}
