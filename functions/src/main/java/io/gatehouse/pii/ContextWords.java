package io.gatehouse.pii;

import java.util.List;
import java.util.Locale;

/**
 * Words that make a nearby candidate more (or less) likely to be an entity: "DOB" before a date,
 * "SSN" before nine digits. Looked up in a bounded window before the candidate, case-insensitively,
 * on word boundaries; the cost is the window, not the text.
 */
final class ContextWords {

    private final List<String> words;
    private final int window;

    /**
     * The words by their first character (lower case, ASCII), so each window position tries only a
     * few.
     */
    private final String[][] byFirstChar = new String[128][];

    private final String[] otherWords;

    ContextWords(int window, String... words) {
        this.window = window;
        this.words = List.of(words).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        java.util.Map<Character, java.util.List<String>> grouped = new java.util.HashMap<>();
        java.util.List<String> others = new java.util.ArrayList<>();
        for (String word : this.words) {
            char first = word.charAt(0);
            if (first < 128) {
                grouped.computeIfAbsent(first, k -> new java.util.ArrayList<>()).add(word);
            } else {
                others.add(word);
            }
        }
        grouped.forEach((first, list) -> byFirstChar[first] = list.toArray(String[]::new));
        this.otherWords = others.toArray(String[]::new);
    }

    /**
     * Whether one of the words ends within {@code window} characters before {@code start}, in the
     * same sentence: "mobile 555-0100. Account 4820193847" gives the account number no phone
     * context.
     */
    boolean before(String text, int start) {
        int from = sentenceStart(text, Math.max(0, start - window), start);
        for (int i = from; i < start; i++) {
            char c = Character.toLowerCase(text.charAt(i));
            String[] candidates = c < 128 ? byFirstChar[c] : null;
            if (candidates != null && matchesAt(text, i, start, candidates)) {
                return true;
            }
        }
        if (otherWords.length > 0) {
            for (int i = from; i < start; i++) {
                if (matchesAt(text, i, start, otherWords)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matchesAt(String text, int i, int start, String[] candidates) {
        for (String word : candidates) {
            if (i + word.length() <= start
                    && Chars.regionMatchesIgnoreCase(text, i, word)
                    && boundedWord(text, i, i + word.length(), word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the sentence holding {@code start} begins, looking back no further than {@code from}:
     * after a line break, or after {@code . ! ?} and a space before a capital — unless the word
     * before the stop is a short abbreviation such as "Tel." or "Dr.".
     */
    static int sentenceStart(String text, int from, int start) {
        for (int i = start - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            if ((c == '.' || c == '!' || c == '?')
                    && Chars.at(text, i + 1) == ' '
                    && Character.isUpperCase(Chars.at(text, i + 2))
                    && !shortWordBefore(text, i)) {
                return i + 1;
            }
        }
        return from;
    }

    private static boolean shortWordBefore(String text, int stop) {
        int letters = 0;
        int i = stop - 1;
        while (i >= 0 && Character.isLetter(text.charAt(i))) {
            letters++;
            i--;
        }
        return letters > 0 && letters <= 3;
    }

    private static boolean boundedWord(String text, int start, int end, String word) {
        boolean startOk =
                !Chars.wordChar(word.charAt(0)) || !Chars.wordChar(Chars.at(text, start - 1));
        boolean endOk =
                !Chars.wordChar(word.charAt(word.length() - 1))
                        || !Chars.wordChar(Chars.at(text, end));
        return startOk && endOk;
    }
}
