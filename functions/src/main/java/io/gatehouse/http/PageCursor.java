package io.gatehouse.http;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A keyset position: the (created_at, id) of the last row of a page. Opaque to clients, and
 * deliberately free of any data value, so cursors in URLs and logs carry no PHI.
 */
public record PageCursor(OffsetDateTime createdAt, UUID id) implements KeysetPosition {

    private static final Pattern FORMAT = Pattern.compile("^1:(-?\\d{1,19}):([0-9a-f-]{36})$");

    @Override
    public String encode() {
        long micros =
                createdAt.toInstant().getEpochSecond() * 1_000_000L
                        + createdAt.toInstant().getNano() / 1_000;
        String plain = "1:" + micros + ":" + id;
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    public static PageCursor decode(String token) {
        try {
            String plain =
                    new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII);
            Matcher matcher = FORMAT.matcher(plain);
            if (!matcher.matches()) {
                throw invalid();
            }
            long micros = Long.parseLong(matcher.group(1));
            Instant instant =
                    Instant.ofEpochSecond(
                            Math.floorDiv(micros, 1_000_000L),
                            Math.floorMod(micros, 1_000_000L) * 1_000L);
            return new PageCursor(
                    instant.atOffset(ZoneOffset.UTC), UUID.fromString(matcher.group(2)));
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw invalid();
        }
    }

    private static ProblemException invalid() {
        return ProblemException.badRequest("The cursor is not one this API issued.");
    }
}
