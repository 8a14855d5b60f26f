package io.gatehouse.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The positions {@link TextIndex} records are exactly those the detectors used to find by walking
 * every character.
 */
class TextIndexTest {

    @Test
    void recordsWordStartsOpenersAndTokenStarts() {
        // "#" after "MRN" follows a word character: the digits after it start, the "#" does not
        String text = "Call +44 20, MRN#00482913 or ORD-4111 (01)x é::1";
        TextIndex index = TextIndex.of(text);
        List<String> starts = new ArrayList<>();
        for (int k = 0; k < index.startCount(); k++) {
            starts.add(text.substring(index.start(k), Math.min(text.length(), index.start(k) + 2)));
        }
        assertThat(starts)
                .containsExactly(
                        "Ca", "+4", "44", "20", "MR", "00", "or", "OR", "41", "(0", "01", "x ",
                        "é:", ":1", "1");
        List<String> digitTokens = new ArrayList<>();
        for (int k = 0; k < index.digitTokenStartCount(); k++) {
            digitTokens.add(
                    text.substring(
                            index.digitTokenStart(k),
                            Math.min(text.length(), index.digitTokenStart(k) + 2)));
        }
        // "4111" is glued to "ORD-", a word and a joiner: no token starts there
        assertThat(digitTokens).containsExactly("44", "20", "00", "01", "1");
        assertThat(index.digitCount()).isEqualTo(Chars.digitCount(text, 0, text.length()));
        assertThat(index.lowerFirst(0)).isEqualTo('c');
        assertThat(index.lowerSecond(index.startCount() - 1)).isEqualTo(TextIndex.NONE);
    }

    @Test
    void startsAreEveryPositionAfterANonWordCharacterAtAWordCharacterOrOpener() {
        Random random = new Random(7);
        String alphabet = "aZ9 .-_/:@#(+)\né€\u00a0";
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0, length = random.nextInt(9_000); i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            TextIndex index = TextIndex.of(s);
            List<Integer> expected = new ArrayList<>();
            List<Integer> expectedTokens = new ArrayList<>();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (!Chars.wordChar(Chars.at(s, i - 1))
                        && (Chars.wordChar(c) || TextIndex.opener(c))) {
                    expected.add(i);
                    if (c < 128 && Chars.startsToken(s, i)) {
                        expectedTokens.add(i);
                    }
                }
            }
            List<Integer> starts = new ArrayList<>();
            for (int k = 0; k < index.startCount(); k++) {
                starts.add(index.start(k));
            }
            List<Integer> tokens = new ArrayList<>();
            for (int k = 0; k < index.tokenStartCount(); k++) {
                tokens.add(index.tokenStart(k));
                assertThat(index.tokenChar(k)).isEqualTo(s.charAt(index.tokenStart(k)));
            }
            assertThat(starts).isEqualTo(expected);
            assertThat(tokens).isEqualTo(expectedTokens);
        }
    }
}
