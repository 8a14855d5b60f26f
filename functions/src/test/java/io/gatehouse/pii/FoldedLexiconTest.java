package io.gatehouse.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * FoldedLexicon and CuePhrases: lookups by a range of the text, case-folded, verified, never a
 * partial match.
 */
class FoldedLexiconTest {

    private static final FoldedLexicon PLACES =
            new FoldedLexicon(Map.of("frankfurt am main", 1, "köln", 2, "l'aquila", 4, "st", 8));

    private static int bits(String text) {
        return PLACES.bits(text, 0, text.length());
    }

    @Test
    void aRangeIsFoldedLikeTheEntries() {
        assertThat(bits("Frankfurt am Main")).isEqualTo(1);
        assertThat(bits("FRANKFURT AM MAIN")).isEqualTo(1);
        assertThat(bits("Frankfurt\u00A0am\tMain")).isEqualTo(1);
        assertThat(bits("KÖLN")).isEqualTo(2);
        assertThat(bits("L’Aquila")).isEqualTo(4);
        String text = "moved to Köln, then";
        assertThat(PLACES.bits(text, 9, 13)).isEqualTo(2);
    }

    @Test
    void partsLongerRangesAndNearMissesAreNotFound() {
        assertThat(bits("Frankfurt am")).isZero();
        assertThat(bits("Frankfurt am Mainz")).isZero();
        assertThat(bits("Koln")).isZero();
        assertThat(bits("")).isZero();
        assertThat(bits("s")).isZero();
        assertThat(PLACES.bits("Köln", 0, 3)).isZero();
        assertThat(bits("x".repeat(1_000))).isZero();
    }

    @Test
    void anEntryListedTwiceKeepsBothBits() {
        FoldedLexicon lexicon = new FoldedLexicon(Map.of("Reading", 1, "reading", 2));
        assertThat(lexicon.bits("reading", 0, 7)).isEqualTo(3);
    }

    @Test
    void everyEntryOfALargeListIsFoundAndNoOtherWord() {
        java.util.Map<String, Integer> entries = new java.util.HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            entries.put("town" + i, 1);
        }
        FoldedLexicon lexicon = new FoldedLexicon(entries);
        for (int i = 0; i < 20_000; i++) {
            String word = "Town" + i;
            assertThat(lexicon.contains(word, 0, word.length())).as(word).isTrue();
            String other = "Town" + (i + 20_000);
            assertThat(lexicon.contains(other, 0, other.length())).as(other).isFalse();
        }
    }

    @Test
    void cuePhrasesEndRightBeforeTheCandidateOnAWordBoundary() {
        CuePhrases cues = new CuePhrases(List.of("lives in", "born in", "département du"));
        String text = "She lives in Leeds; reborn in Paris; le département du Rhône; lives inLyon";
        assertThat(cues.endsBefore(text, text.indexOf("Leeds"))).isTrue();
        assertThat(cues.endsBefore(text, text.indexOf("Paris"))).isFalse();
        assertThat(cues.endsBefore(text, text.indexOf("Rhône"))).isTrue();
        assertThat(cues.endsBefore(text, text.indexOf("Lyon"))).isFalse();
        assertThat(cues.endsBefore("LIVES IN  Leeds", 10)).isTrue();
        assertThat(cues.endsBefore("Leeds", 0)).isFalse();
    }
}
