package io.gatehouse.pii;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharsTest {

    @Test
    void letterAnswersAsCharacterIsLetterForEveryChar() {
        int letters = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            boolean expected = Character.isLetter((char) c);
            assertThat(Chars.letter((char) c)).as("U+%04X", c).isEqualTo(expected);
            letters += expected ? 1 : 0;
        }
        assertThat(letters).isGreaterThan(40_000);
    }
}
