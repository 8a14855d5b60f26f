package io.gatehouse.audit;

import io.gatehouse.http.KeysetPosition;
import io.gatehouse.http.ProblemException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A position in a tenant's audit list, which runs newest first: the (occurred_at, seq) of the last
 * event of a page. seq breaks ties between events of the same microsecond, so no event is skipped
 * or repeated between pages. Opaque to clients; it holds a time and a sequence number, no value of
 * any event.
 */
record AuditCursor(Instant occurredAt, long seq) implements KeysetPosition {

    private static final Pattern FORMAT = Pattern.compile("^a1:(-?\\d{1,19}):(\\d{1,19})$");

    @Override
    public String encode() {
        long micros =
                Math.addExact(
                        Math.multiplyExact(occurredAt.getEpochSecond(), 1_000_000L),
                        occurredAt.getNano() / 1_000);
        String plain = "a1:" + micros + ":" + seq;
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    static AuditCursor decode(String token) {
        try {
            String plain =
                    new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII);
            Matcher matcher = FORMAT.matcher(plain);
            if (!matcher.matches()) {
                throw invalid();
            }
            long micros = Long.parseLong(matcher.group(1));
            long seq = Long.parseLong(matcher.group(2));
            Instant occurredAt =
                    Instant.ofEpochSecond(
                            Math.floorDiv(micros, 1_000_000L),
                            Math.floorMod(micros, 1_000_000L) * 1_000L);
            if (!AuditFilter.isStorable(occurredAt)) {
                throw invalid();
            }
            return new AuditCursor(occurredAt, seq);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw invalid();
        }
    }

    private static ProblemException invalid() {
        return ProblemException.badRequest("The cursor is not one this API issued.");
    }
}
