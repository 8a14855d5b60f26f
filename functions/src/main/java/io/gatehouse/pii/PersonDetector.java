package io.gatehouse.pii;

import java.util.ArrayList;
import java.util.List;

/**
 * Personal names: one to three capitalised words (a middle initial such as {@code J.} may sit
 * between them), judged by what surrounds and forms them:
 * <ul>
 *   <li>after an honorific ({@code Mr}, {@code Mrs}, {@code Dr}, {@code Prof}…): 0.9; the honorific
 *       itself is not part of the finding;</li>
 *   <li>a known given name followed by a family name: 0.85 when the family name is known too, else 0.75;</li>
 *   <li>an unknown given name before a known family name: 0.6;</li>
 *   <li>"Family, Given" with both names known: 0.8;</li>
 *   <li>after a context phrase ("patient", "name:", "signed by", "dear", "spouse"…): at least 0.65 for
 *       two or more words, 0.55 for one;</li>
 *   <li>a known given name alone: 0.45 (many are also ordinary words: Will, Grace, Mark).</li>
 * </ul>
 * Words that are never names (days, months, "Hospital", "Street"…) end a name. This detector is
 * the least precise of all; docs/pii.md reports its measured figures.
 */
final class PersonDetector implements Detector {

    private static final ContextWords CONTEXT = new ContextWords(24,
            "patient", "patient name", "name:", "name is", "client", "signed by", "dear", "contact", "attn", "attn:",
            "referred by", "seen by", "spouse", "wife", "husband", "mother", "father", "son", "daughter", "caregiver",
            "guardian", "emergency contact", "customer", "employee", "applicant", "member", "resident", "tenant", "cc:",
            "from:", "to:", "physician", "nurse", "therapist", "spoke with", "met with", "talked to", "cc", "visited by");
    private static final int MAX_WORDS = 3;

    @Override
    public String type() {
        return EntityType.PERSON.name();
    }

    @Override
    public void detect(String text, List<Candidate> out) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!capitalisedWordStart(text, i)) {
                i++;
                continue;
            }
            List<int[]> words = sequence(text, i);
            Candidate found = judge(text, words);
            if (found != null) {
                out.add(found);
                i = found.end();
            } else {
                i = words.isEmpty() ? wordEnd(text, i) : words.get(0)[1];
            }
        }
    }

    private static boolean capitalisedWordStart(String text, int i) {
        if (!Character.isUpperCase(Chars.at(text, i)) || Chars.wordChar(Chars.at(text, i - 1))) {
            return false;
        }
        char next = Chars.at(text, i + 1);
        // "Smith", and "O'Brien"
        return Character.isLowerCase(next) || (next == '\'' && Character.isUpperCase(Chars.at(text, i + 2))
                && Character.isLowerCase(Chars.at(text, i + 3)));
    }

    /** Up to three capitalised words from {@code start}, separated by one space, stopping at a non-name. */
    private static List<int[]> sequence(String text, int start) {
        List<int[]> words = new ArrayList<>(MAX_WORDS);
        int i = start;
        while (words.size() < MAX_WORDS && capitalisedWordStart(text, i)) {
            int end = wordEnd(text, i);
            if (NameLexicon.notName(text.substring(i, end)) || end - i > 20) {
                break;
            }
            words.add(new int[] {i, end});
            int next = end + 1;
            if (Chars.at(text, end) != ' ') {
                break;
            }
            // a middle initial: "John F. Kennedy"
            if (Chars.upper(Chars.at(text, next)) && Chars.at(text, next + 1) == '.' && Chars.at(text, next + 2) == ' '
                    && capitalisedWordStart(text, next + 3)) {
                next += 3;
            }
            i = next;
        }
        return words;
    }

    private static int wordEnd(String text, int start) {
        int i = start;
        while (i < text.length() && (Character.isLetter(text.charAt(i))
                || ((text.charAt(i) == '\'' || text.charAt(i) == '-') && Character.isLetter(Chars.at(text, i + 1))))) {
            i++;
        }
        return Math.max(i, start + 1);
    }

    private Candidate judge(String text, List<int[]> words) {
        if (words.isEmpty()) {
            return null;
        }
        Candidate inverted = lastCommaFirst(text, words.get(0));
        if (inverted != null) {
            return inverted;
        }
        int start = words.get(0)[0];
        int end = words.get(words.size() - 1)[1];
        String first = text.substring(start, words.get(0)[1]);
        String last = text.substring(words.get(words.size() - 1)[0], end);
        boolean several = words.size() > 1;
        double score = 0;
        if (afterHonorific(text, start)) {
            score = 0.9;
        } else if (NameLexicon.firstName(first) && several) {
            score = NameLexicon.lastName(last) ? 0.85 : 0.75;
        } else if (several && NameLexicon.lastName(last)) {
            score = 0.6;
        } else if (NameLexicon.firstName(first)) {
            score = 0.45;
        }
        double withContext = several ? 0.65 : 0.55;
        if (score < withContext && CONTEXT.before(text, start)) {
            score = withContext;
        }
        return score > 0 ? new Candidate(type(), start, end, score) : null;
    }

    /** "Smith, John", as lists and forms write names: a known family name, a comma, a known given name. */
    private Candidate lastCommaFirst(String text, int[] word) {
        int comma = word[1];
        if (Chars.at(text, comma) != ',' || Chars.at(text, comma + 1) != ' ' || !capitalisedWordStart(text, comma + 2)) {
            return null;
        }
        int givenEnd = wordEnd(text, comma + 2);
        if (NameLexicon.lastName(text.substring(word[0], word[1])) && NameLexicon.firstName(text.substring(comma + 2, givenEnd))
                && !Chars.wordChar(Chars.at(text, givenEnd))) {
            return new Candidate(type(), word[0], givenEnd, 0.8);
        }
        return null;
    }

    /** "Dr. ", "Mrs ", "Prof. " right before the name. */
    private static boolean afterHonorific(String text, int start) {
        int i = start - 1;
        if (Chars.at(text, i) != ' ') {
            return false;
        }
        i--;
        if (Chars.at(text, i) == '.') {
            i--;
        }
        int wordEnd = i + 1;
        while (i >= 0 && Chars.asciiLetter(text.charAt(i)) && wordEnd - i <= 5) {
            i--;
        }
        return wordEnd - (i + 1) >= 2 && !Chars.wordChar(Chars.at(text, i)) && NameLexicon.honorific(text.substring(i + 1, wordEnd));
    }
}
