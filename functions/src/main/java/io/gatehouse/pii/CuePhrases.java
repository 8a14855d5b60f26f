package io.gatehouse.pii;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cue phrases that must end right before a candidate ("lives in", "département du", "wohnt in"),
 * grouped by their last word: the word before the candidate is hashed once and only the phrases
 * that end in it are compared. Trying each of a hundred phrases at every capitalised word was the
 * location detector's largest cost.
 */
final class CuePhrases {

    /**
     * Longest last word of any phrase that is looked up (longer words before a candidate are no
     * cue).
     */
    private static final int MAX_WORD = 24;

    private final FoldedLexicon lastWords;
    private final String[][] byLastWord;

    CuePhrases(List<String> phrases) {
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        for (String phrase : phrases) {
            String folded = FoldedLexicon.fold(phrase.strip());
            int space = folded.lastIndexOf(' ');
            grouped.computeIfAbsent(folded.substring(space + 1), k -> new ArrayList<>())
                    .add(folded);
        }
        Map<String, Integer> ids = new LinkedHashMap<>();
        byLastWord = new String[grouped.size()][];
        int id = 0;
        for (Map.Entry<String, List<String>> group : grouped.entrySet()) {
            ids.put(group.getKey(), id + 1);
            byLastWord[id++] = group.getValue().toArray(String[]::new);
        }
        lastWords = new FoldedLexicon(ids);
    }

    /**
     * Whether one of the phrases ends before {@code start}, separated from it by one or more
     * blanks, and starts on a word boundary.
     */
    boolean endsBefore(String text, int start) {
        int wordEnd = start;
        while (wordEnd > 0 && text.charAt(wordEnd - 1) == ' ') {
            wordEnd--;
        }
        if (wordEnd == start) {
            return false;
        }
        int wordStart = wordEnd;
        while (wordStart > 0
                && Chars.wordChar(text.charAt(wordStart - 1))
                && wordEnd - wordStart <= MAX_WORD) {
            wordStart--;
        }
        if (wordStart == wordEnd) {
            return false;
        }
        int id = lastWords.bits(text, wordStart, wordEnd);
        if (id == 0) {
            return false;
        }
        for (String phrase : byLastWord[id - 1]) {
            int from = wordEnd - phrase.length();
            if (from >= 0
                    && Chars.regionMatchesIgnoreCase(text, from, phrase)
                    && !Chars.wordChar(Chars.at(text, from - 1))) {
                return true;
            }
        }
        return false;
    }
}
