package io.gatehouse.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextRegionsTest {

    @Test
    void regionsCoverTheTextAtLineStartsAndWindowsReachTheMarginInWholeLines() {
        Random random = new Random(11);
        for (int round = 0; round < 100; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0, length = random.nextInt(20_000); i < length; i++) {
                text.append(random.nextInt(40) == 0 ? '\n' : 'a');
            }
            String s = text.toString();
            int size = 1 + random.nextInt(3_000);
            int margin = random.nextInt(500);
            List<TextRegions.Region> regions = TextRegions.of(s, size, margin);
            int expectedStart = 0;
            for (TextRegions.Region r : regions) {
                assertThat(r.start()).isEqualTo(expectedStart);
                assertThat(r.end()).isGreaterThan(r.start());
                assertThat(lineStart(s, r.start())).isTrue();
                assertThat(lineStart(s, r.end()) || r.end() == s.length()).isTrue();
                if (r.end() < s.length()) {
                    assertThat(r.end() - r.start()).isGreaterThanOrEqualTo(size);
                }
                assertThat(r.windowStart()).isLessThanOrEqualTo(Math.max(0, r.start() - margin));
                assertThat(r.windowEnd())
                        .isGreaterThanOrEqualTo(Math.min(s.length(), r.end() + margin));
                assertThat(lineStart(s, r.windowStart())).isTrue();
                assertThat(lineStart(s, r.windowEnd()) || r.windowEnd() == s.length()).isTrue();
                expectedStart = r.end();
            }
            assertThat(expectedStart).isEqualTo(s.length());
        }
    }

    @Test
    void aTextWithoutLineBreaksIsOneRegionAndOwnershipIsByStart() {
        String text = "x".repeat(50_000);
        assertThat(TextRegions.of(text, 1_000, 100))
                .containsExactly(new TextRegions.Region(0, 50_000, 0, 50_000));
        List<TextRegions.Region> lines = TextRegions.of("ab\ncd\nef", 1, 0);
        assertThat(lines)
                .containsExactly(
                        new TextRegions.Region(0, 3, 0, 3),
                        new TextRegions.Region(3, 6, 3, 6),
                        new TextRegions.Region(6, 8, 6, 8));
        assertThat(lines.get(1).owns(3)).isTrue();
        assertThat(lines.get(1).owns(6)).isFalse();
        assertThat(TextRegions.of("", 10, 0)).isEmpty();
        assertThatThrownBy(() -> TextRegions.of("a", 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static boolean lineStart(String s, int i) {
        return i == 0 || s.charAt(i - 1) == '\n';
    }
}
