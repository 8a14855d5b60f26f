package io.gatehouse.pii;

import java.util.ArrayList;
import java.util.List;

/**
 * Personal names, found without needing a cue word. The text is cut into {@link PersonTokens}; runs
 * of name-like words (capitalised words, {@code J.} initials, {@code van der}/{@code de la}
 * particles between them, and lower-case words that are listed given names, as chat writes them)
 * become candidates. Each run offers a few spans — the whole run, without its first word (a
 * capitalised sentence opener), without its last, and "FAMILY, Given" across a comma — and the
 * {@link PersonModel} scores each from its {@link PersonFeatures}; the most probable span of a run
 * is reported with that probability as its score, which is at least 0.5 when the model thinks it is
 * a name. Honorifics stay outside the span, and so does a possessive {@code 's}.
 *
 * <p>Linear: each token joins at most one run, a run has at most {@value #MAX_WORDS} words, and
 * each run has at most six spans to score.
 */
final class PersonDetector implements Detector {

    static final int MAX_WORDS = 5;
    private final PersonModel model;

    PersonDetector() {
        this(PersonModel.SHIPPED);
    }

    PersonDetector(PersonModel model) {
        this.model = model;
    }

    @Override
    public String type() {
        return EntityType.PERSON.name();
    }

    @Override
    public void detect(String text, List<Candidate> out) {
        PersonTokens t = PersonTokens.of(text, null);
        int emittedEnd = -1;
        PersonFeatureKeys keys = PersonFeatureKeys.scoring(model);
        List<int[][]> groups = candidateGroups(t);
        int[][] chosen = new int[groups.size()][];
        double[] score = new double[groups.size()];
        for (int g = 0; g < groups.size(); g++) {
            double best = -1;
            double whole = -1;
            for (int[] option : groups.get(g)) {
                if (t.start[option[0]] < emittedEnd) {
                    continue;
                }
                boolean ordinary = ordinaryElsewhere(t, option[0], option[1]);
                if (ordinary && groups.get(g).length == 1) {
                    // alone in its group, its score stays under 0.25 whatever the model says, and
                    // only the
                    // rest of the text (which does not read the score) can still lift it: not worth
                    // scoring
                    chosen[g] = option;
                    best = 0;
                    continue;
                }
                if (PersonRules.bareInitials(t, option[1] - 1)) {
                    // "Anderson K": a shape the model was never trained on, so only the author
                    // rule scores it
                    double p = PersonRules.floor(t, option[0], option[1]);
                    if (p > best) {
                        best = p;
                        chosen[g] = option;
                    }
                    continue;
                }
                double p = model.probability(t, option[0], option[1], option[2], keys);
                if (ordinary) {
                    p *= ORDINARY_ELSEWHERE;
                }
                if (p < SURE_ALONE && bareUnlistedWord(t, option[0], option[1])
                        || functionWordAlone(t, option[0], option[1])) {
                    p = Math.min(p, BARE_CAP);
                }
                if (p < 0.5 && option[2] != PersonFeatures.TRIMMED_END && !ordinary) {
                    p = Math.max(p, PersonRules.floor(t, option[0], option[1]));
                }
                if (option[2] == PersonFeatures.WHOLE_RUN) {
                    whole = p;
                } else if (option[2] == PersonFeatures.TRIMMED_START
                        && whole >= KEEP_LISTED_OPENER
                        && listedName(t, option[0] - 1)) {
                    // "Zhang Yi wrote": an opener that a name list has is part of the name when the
                    // whole run is one
                    p = Math.min(p, whole - 1e-6);
                }
                if (p > best) {
                    best = p;
                    chosen[g] = option;
                }
            }
            score[g] = best;
            if (chosen[g] != null && best >= 0.5) {
                emittedEnd = t.end[chosen[g][1] - 1];
            }
        }
        DocumentEvidence evidence = DocumentEvidence.of(t, chosen, score);
        int previousEnd = -1;
        for (int g = 0; g < groups.size(); g++) {
            int[] option = chosen[g];
            if (option == null) {
                continue;
            }
            int start = t.start[option[0]];
            int end = t.end[option[1] - 1];
            double p = score[g];
            if (p < 0.5
                    && evidence != null
                    && start >= previousEnd
                    && !overlapsNext(t, chosen, score, g, end)) {
                p = Math.max(p, evidence.support(t, option[0], option[1]));
            }
            if (p >= 0.5) {
                out.add(new Candidate(type(), start, end, p));
                previousEnd = end;
            }
        }
    }

    private static boolean overlapsNext(
            PersonTokens t, int[][] chosen, double[] score, int g, int end) {
        for (int h = g + 1; h < chosen.length; h++) {
            if (chosen[h] != null && score[h] >= 0.5) {
                return t.start[chosen[h][0]] < end;
            }
        }
        return false;
    }

    /**
     * How probable the whole run must be for a listed first word to stay in it rather than be cut
     * as a sentence opener.
     */
    static final double KEEP_LISTED_OPENER = 0.8;

    private static boolean listedName(PersonTokens t, int i) {
        return t.word(i)
                && t.capitalised(i)
                && !t.initial(i)
                && (t.lexicon[i] & (PersonTokens.FIRST | PersonTokens.LAST)) != 0
                && (t.lexicon[i]
                                & (PersonTokens.COMMON
                                        | PersonTokens.NOT_NAME
                                        | PersonTokens.HONORIFIC
                                        | PersonTokens.PARTICLE))
                        == 0;
    }

    /**
     * The probability a bare unlisted single word needs to be reported on the model's word alone.
     */
    static final double SURE_ALONE = 0.9;

    /**
     * The score a bare unlisted single word is held to otherwise: just below the default minimum.
     */
    static final double BARE_CAP = 0.49;

    /**
     * Whether tokens {@code [s, e)} are one capitalised word that no name list has, standing with
     * nothing around it that marks a name: no title before it, no cue word ("by", "to", "with", a
     * greeting or sign-off), not a speaker label ("Xxx:" at a line start), no name word beside it,
     * and no verb after it. Such a word is far more often a heading, a product or a noun than a
     * name, so the model's guess alone only reports it when it is very sure; the rest of the text
     * ({@link DocumentEvidence}) can still lift it.
     */
    static boolean bareUnlistedWord(PersonTokens t, int s, int e) {
        if (e != s + 1
                || !t.word(s)
                || t.lowerCase(s)
                || t.initial(s)
                || PersonFeatures.wordClass(t, s) != 'U') {
            return false;
        }
        if (PersonFeatures.honorificBefore(t, s) || PersonFeatures.verbAfter(t, e)) {
            return false;
        }
        int before = t.punct(s - 1, ',') ? s - 2 : s - 1;
        if (t.punct(s - 1, '@') || t.word(before) && NAME_CUES.contains(t.key[before])) {
            return false;
        }
        if (t.punct(e, ':') && t.lineStart[s]) {
            return false; // "Xxx: lunch?", a speaker in a chat
        }
        return !nameWordBeside(t, s - 1) && !nameWordBeside(t, e);
    }

    /**
     * A pronoun, article or preposition standing alone ("My name is…"): some name lists have "My",
     * "An" or "In" as given names (Vietnamese, Chinese), but alone such a word is the sentence's.
     */
    static boolean functionWordAlone(PersonTokens t, int s, int e) {
        return e == s + 1 && t.word(s) && FUNCTION_WORDS.contains(t.key[s]);
    }

    private static final java.util.Set<String> FUNCTION_WORDS =
            java.util.Set.of(
                    "my his her their our your its the this that a an i it we you he she they and or but if in on at to for of with from by as is was"
                            .split(" "));

    private static boolean nameWordBeside(PersonTokens t, int i) {
        return t.word(i)
                && t.capitalised(i)
                && (t.lexicon[i] & (PersonTokens.FIRST | PersonTokens.LAST | PersonTokens.STEM))
                        != 0
                && (t.lexicon[i]
                                & (PersonTokens.COMMON
                                        | PersonTokens.NOT_NAME
                                        | PersonTokens.HONORIFIC))
                        == 0;
    }

    /**
     * Words just before a name that point to a person (nine languages, written for Gatehouse).
     * Request verbs ("ask", "tell", "call") are not among them: an unlisted word after one is as
     * often a team or a product.
     */
    private static final java.util.Set<String> NAME_CUES =
            new java.util.HashSet<>(
                    java.util.Arrays.asList(
                            ("by to with from for cc attn "
                                            + "called met thanks thank dear hi hey hello regards cheers best sincerely contact per via and or patient "
                                            + "client customer mother father wife husband son daughter sister brother friend colleague name signed "
                                            + "von an mit für und bei danke hallo liebe lieber grüße gruß "
                                            + "par à avec pour et merci bonjour cher chère "
                                            + "por con para y gracias hola querido querida "
                                            + "da con per e grazie ciao caro cara "
                                            + "door aan met voor en bedankt hoi beste "
                                            + "przez do z dla i dziękuję cześć "
                                            + "od s pro díky ahoj milý milá")
                                    .split(" ")));

    /**
     * How much less likely a span is a name when all its words are also written in lower case
     * elsewhere in the text.
     */
    static final double ORDINARY_ELSEWHERE = 0.25;

    /**
     * Whether every word of tokens {@code [s, e)} is written in lower case somewhere else in the
     * text ("Reviewed the chart" beside "was reviewed"): then the capital is the sentence's or the
     * heading's, not a name's. Given names are left out, since chat writes them in lower case too.
     */
    static boolean ordinaryElsewhere(PersonTokens t, int s, int e) {
        boolean any = false;
        for (int i = s; i < e; i++) {
            if (!t.word(i) || t.lowerCase(i) || t.initial(i)) {
                continue;
            }
            int bits = t.lexicon[i];
            boolean givenName =
                    (bits & PersonTokens.FIRST) != 0
                            && (bits & (PersonTokens.COMMON | PersonTokens.NOT_NAME)) == 0;
            if (givenName || !t.lowerElsewhere(i)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /**
     * The runs of {@code t} as groups of span options {@code {firstToken, endToken, kind}}, in text
     * order. Shared with the training tool, which labels each option against its gold spans.
     */
    static List<int[][]> candidateGroups(PersonTokens t) {
        List<int[][]> groups = new ArrayList<>();
        int i = 0;
        int[] words = new int[MAX_WORDS];
        while (i < t.size) {
            boolean lower = lowerCaseName(t, i);
            if (!lower
                    && !capitalName(t, i)
                    && !PersonRules.familyBeforeMiddle(t, i)
                    && !capitalParticle(t, i)) {
                i++;
                continue;
            }
            int count = 0;
            int j = i;
            words[count++] = j;
            j = afterWord(t, j);
            while (count < MAX_WORDS && j < t.size && !t.lineStart[j]) {
                int next = j;
                if (!lower) {
                    // "van der", "de la", "von": lower-case particles between capitalised parts
                    int particles = 0;
                    while (particles < 2
                            && isParticle(t, next)
                            && (particles > 0 || !INNER_PARTICLES.contains(t.key[next]))
                            && next + 1 < t.size
                            && !t.lineStart[next + 1]) {
                        next++;
                        particles++;
                    }
                    if (particles > 0 && !capitalName(t, next)) {
                        break;
                    }
                }
                if (!lower
                        && count == 1
                        && !t.initial(words[0])
                        && PersonRules.bareInitials(t, next)) {
                    // "Anderson K, Lee M": an author's initials close the item
                    words[count++] = next;
                    j = next + 1;
                    break;
                }
                boolean middle =
                        !lower && (PersonRules.middlePart(t, next) || capitalParticle(t, next));
                boolean afterMiddle =
                        !lower
                                && count > 0
                                && PersonRules.middlePart(t, words[count - 1])
                                && PersonRules.givenAfterMiddle(t, next);
                if (!middle
                        && !afterMiddle
                        && (lower ? !lowerCaseName(t, next) : !capitalName(t, next))) {
                    break;
                }
                words[count++] = next;
                j = afterWord(t, next);
            }
            int runEnd = j;
            groups.add(options(t, words, count, lower));
            i = runEnd;
        }
        return groups;
    }

    /**
     * Particles that join a name only after another particle ("van der", "de la", "von zur"): alone
     * they are articles and prepositions ("Lieferung der Ersatzteile", "Termin zur Kontrolle").
     */
    private static final java.util.Set<String> INNER_PARTICLES =
            java.util.Set.of(
                    "der", "den", "het", "la", "les", "das", "zum", "zur", "zu", "vom", "e", "y",
                    "i", "te", "'t", "'s", "st", "o", "av", "af");

    /**
     * Words after which a name written in lower case is meant (chat greetings, mentions, asking
     * someone).
     */
    private static final java.util.Set<String> LOWER_CASE_CUES =
            java.util.Set.of(
                    "@",
                    "hi",
                    "hey",
                    "hello",
                    "thanks",
                    "thx",
                    "ty",
                    "ask",
                    "ping",
                    "tell",
                    "cc",
                    "dear",
                    "bye",
                    "sorry",
                    "congrats",
                    "hallo",
                    "danke",
                    "merci",
                    "salut",
                    "bonjour",
                    "hola",
                    "gracias",
                    "ciao",
                    "grazie",
                    "hoi",
                    "dank",
                    "cześć",
                    "dzięki",
                    "ahoj",
                    "díky",
                    "hej",
                    "tack",
                    "olá",
                    "lol",
                    "haha",
                    "ok",
                    "okay",
                    "yo",
                    "btw",
                    "omg",
                    "np");

    /**
     * Chat that names a person in lower case without a greeting: "so i told sarah", "met with
     * priya", "me and jessica went", "kevin and i", "brandon already fixed it" (a verb after one
     * adverb), always among lower-case words. Only for words of four letters or more, since the
     * short listed given names ("max", "don", "min") are as often ordinary words.
     */
    private static boolean chatPerson(PersonTokens t, int i) {
        if (i > 0 && !t.lowerCase(i - 1) && !t.lineStart[i]) {
            return false;
        }
        if (t.word(i - 1) && CHAT_VERBS.contains(t.key[i - 1])) {
            return true;
        }
        if (t.word(i - 1)
                && t.key[i - 1].equals("and")
                && t.word(i - 2)
                && t.key[i - 2].equals("me")) {
            return true;
        }
        if (t.word(i + 1)
                && t.key[i + 1].equals("and")
                && t.word(i + 2)
                && (t.key[i + 2].equals("i") || t.key[i + 2].equals("me"))) {
            return true;
        }
        return t.lowerCase(i + 1)
                && ADVERBS.contains(t.key[i + 1])
                && PersonFeatures.verbAfter(t, i + 2);
    }

    /** Verbs and prepositions of chat that are followed by the person they concern. */
    private static final java.util.Set<String> CHAT_VERBS =
            java.util.Set.of(
                    "told asked texted messaged emailed pinged with met saw tagged thank miss love w"
                            .split(" "));

    /** Adverbs standing between a subject and its verb in chat ("brandon already fixed it"). */
    private static final java.util.Set<String> ADVERBS =
            java.util.Set.of(
                    "already just also still never finally probably really actually literally always apparently basically totally"
                            .split(" "));

    private static int[][] options(PersonTokens t, int[] words, int count, boolean lower) {
        List<int[]> options = new ArrayList<>(6);
        for (int a = 0; a <= Math.min(1, count - 1); a++) {
            for (int b = count; b >= Math.max(a + 1, count - 1); b--) {
                if (isParticle(t, words[a])
                        || a > 0 && PersonRules.bareInitials(t, words[a])
                        || isParticle(t, words[b - 1])
                        || capitalParticle(t, words[b - 1])) {
                    continue;
                }
                int kind =
                        a > 0
                                ? PersonFeatures.TRIMMED_START
                                : b < count ? PersonFeatures.TRIMMED_END : PersonFeatures.WHOLE_RUN;
                options.add(new int[] {words[a], afterWord(t, words[b - 1]), kind});
            }
        }
        // "KOWALSKI, Jan" and "Smith, John R.": the family name first, then a comma and the given
        // name(s)
        int after = afterWord(t, words[count - 1]);
        if (!lower
                && count <= 2
                && (!ordinary(t, words[0])
                        || count == 1
                                && (t.lexicon[words[0]] & PersonTokens.NOT_NAME) == 0
                                && listedGiven(t, after + 1))
                && t.punct(after, ',')
                && after + 1 < t.size
                && !t.lineStart[after + 1]
                && capitalName(t, after + 1)) {
            int end = afterWord(t, after + 1);
            options.add(new int[] {words[0], end, PersonFeatures.INVERTED});
            if (end < t.size && !t.lineStart[end] && capitalName(t, end)) {
                options.add(new int[] {words[0], afterWord(t, end), PersonFeatures.INVERTED});
            }
        }
        return options.toArray(int[][]::new);
    }

    /**
     * "De", "Van", "Di", "Von", "Da", "Le" written with a capital inside or at the head of a family
     * name ("Giuseppe De Luca", "De Vries said"): a particle that no name list has as a name, with
     * a name-like word right after it on the same line. Never the last word of a span.
     */
    static boolean capitalParticle(PersonTokens t, int i) {
        return t.word(i)
                && t.capitalised(i)
                && !t.allCaps(i)
                && (t.lexicon[i] & PersonTokens.PARTICLE) != 0
                && (t.lexicon[i] & (PersonTokens.FIRST | PersonTokens.LAST)) == 0
                && t.sameLineNext(i)
                && capitalName(t, i + 1)
                && !t.initial(i + 1);
    }

    /**
     * A capitalised given name that no list has as an ordinary word: "Lee, Morgan", "Brown,
     * Charlotte".
     */
    private static boolean listedGiven(PersonTokens t, int i) {
        return t.word(i)
                && t.capitalised(i)
                && !t.allCaps(i)
                && (t.lexicon[i] & PersonTokens.FIRST) != 0
                && (t.lexicon[i]
                                & (PersonTokens.COMMON
                                        | PersonTokens.NOT_NAME
                                        | PersonTokens.HONORIFIC))
                        == 0;
    }

    private static boolean ordinary(PersonTokens t, int i) {
        return (t.lexicon[i] & (PersonTokens.COMMON | PersonTokens.NOT_NAME)) != 0;
    }

    /** The token after word i, stepping over the full stop of an initial. */
    private static int afterWord(PersonTokens t, int i) {
        return t.initial(i) ? i + 2 : i + 1;
    }

    private static boolean isParticle(PersonTokens t, int i) {
        return t.word(i) && t.lowerCase(i) && (t.lexicon[i] & PersonTokens.PARTICLE) != 0;
    }

    /**
     * A capitalised word that may be (part of) a name: not a title, not an ordinary word that no
     * list has as a name.
     */
    static boolean capitalName(PersonTokens t, int i) {
        if (!t.word(i) || !t.capitalised(i)) {
            return false;
        }
        if (t.initial(i)) {
            return true;
        }
        int bits = t.lexicon[i];
        if ((bits & PersonTokens.HONORIFIC) != 0) {
            return false;
        }
        if ((bits & (PersonTokens.NOT_NAME | PersonTokens.FIRST)) == PersonTokens.NOT_NAME) {
            return false; // "With", "Patient", "Street": never a name, even where a family-name
            // list has the word
        }
        boolean listed = (bits & (PersonTokens.FIRST | PersonTokens.LAST | PersonTokens.STEM)) != 0;
        boolean ordinary = (bits & (PersonTokens.COMMON | PersonTokens.NOT_NAME)) != 0;
        if (!listed && t.end[i] - t.start[i] <= 4 && t.allCaps(i)) {
            return false; // an acronym ("ORD", "MRI", "HR"), not a family name in capitals
        }
        return (listed || !ordinary) && t.end[i] - t.start[i] <= 30 && (t.end[i] - t.start[i] >= 2);
    }

    /** A listed given name written in lower case ("ask john"), not an ordinary word or particle. */
    static boolean lowerCaseName(PersonTokens t, int i) {
        if (!t.lowerCase(i)
                || t.end[i] - t.start[i] < 3
                || (t.lexicon[i] & PersonTokens.FIRST) == 0) {
            return false;
        }
        // a listed given name in lower case is an ordinary word ("kam", "will", "per") unless chat
        // marks it as a name
        boolean cued =
                i > 0 && LOWER_CASE_CUES.contains(t.key[i - 1])
                        || t.end[i] - t.start[i] >= 4 && chatPerson(t, i)
                        || t.punct(i + 1, ':') && (i == 0 || t.lineStart[i])
                        || i > 1 && t.punct(i - 1, ',') && LOWER_CASE_CUES.contains(t.key[i - 2])
                        // "so xiomara said", "i think brandon was": chat that writes nothing in
                        // capitals, a verb after the name
                        || PersonFeatures.verbAfter(t, i + 1)
                                && (i == 0
                                        || t.lineStart[i]
                                        || t.lowerCase(i - 1)
                                        || t.punct(i - 1, ','));
        if (!cued) {
            return false;
        }
        int bits = t.lexicon[i];
        return (bits & PersonTokens.FIRST) != 0
                && (bits
                                & (PersonTokens.COMMON
                                        | PersonTokens.NOT_NAME
                                        | PersonTokens.PARTICLE
                                        | PersonTokens.HONORIFIC))
                        == 0;
    }
}
