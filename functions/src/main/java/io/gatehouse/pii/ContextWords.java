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

    ContextWords(int window, String... words) {
        this.window = window;
        this.words = List.of(words).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    /** Whether one of the words ends within {@code window} characters before {@code start}. */
    boolean before(String text, int start) {
        int from = Math.max(0, start - window);
        for (String word : words) {
            int last = start - word.length();
            for (int i = from; i <= last; i++) {
                if (text.regionMatches(true, i, word, 0, word.length()) && boundedWord(text, i, i + word.length(), word)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean boundedWord(String text, int start, int end, String word) {
        boolean startOk = !Chars.wordChar(word.charAt(0)) || !Chars.wordChar(Chars.at(text, start - 1));
        boolean endOk = !Chars.wordChar(word.charAt(word.length() - 1)) || !Chars.wordChar(Chars.at(text, end));
        return startOk && endOk;
    }
}
