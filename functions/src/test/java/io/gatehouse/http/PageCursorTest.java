package io.gatehouse.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PageCursorTest {

    @Test
    void roundTripsToTheMicrosecondLikePostgres() {
        PageCursor cursor =
                new PageCursor(
                        OffsetDateTime.of(2026, 11, 22, 6, 30, 1, 123_456_000, ZoneOffset.UTC),
                        UUID.randomUUID());
        assertThat(PageCursor.decode(cursor.encode())).isEqualTo(cursor);
        PageCursor beforeEpoch =
                new PageCursor(
                        OffsetDateTime.of(1969, 12, 31, 23, 59, 59, 999_999_000, ZoneOffset.UTC),
                        UUID.randomUUID());
        assertThat(PageCursor.decode(beforeEpoch.encode())).isEqualTo(beforeEpoch);
    }

    @Test
    void carriesNoReadableDataAndRefusesForgeries() {
        String encoded =
                new PageCursor(OffsetDateTime.now(ZoneOffset.UTC), UUID.randomUUID()).encode();
        assertThat(encoded).matches("[A-Za-z0-9_-]+");
        for (String forged :
                new String[] {
                    "",
                    "%%%",
                    "abc",
                    b64("1:12:not-a-uuid"),
                    b64("2:1:" + UUID.randomUUID()),
                    b64("1:99999999999999999999:" + UUID.randomUUID()),
                    b64("1:1:" + UUID.randomUUID() + "' or 1=1")
                }) {
            assertThatThrownBy(() -> PageCursor.decode(forged))
                    .as(forged)
                    .isInstanceOfSatisfying(
                            ProblemException.class, p -> assertThat(p.status()).isEqualTo(400));
        }
    }

    private static String b64(String plain) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }
}
