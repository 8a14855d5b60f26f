package io.gatehouse.devhost;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;

/**
 * The TimerInfo JSON the host serializes for a timer invocation and the Java worker passes to the
 * {@code @TimerTrigger} parameter: {@code
 * {"Schedule":{"AdjustForDST":true},"ScheduleStatus":{"Last":..,"Next":..,"LastUpdated":..},"IsPastDue":false}}.
 * Timestamps are ISO-8601 with a {@code +00:00} offset, as the host writes them.
 */
final class TimerInfo {

    /**
     * What the host reports as {@code Last} before a function has ever run: .NET's {@code
     * default(DateTime)}.
     */
    static final Instant NEVER = OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).toInstant();

    private static final ObjectMapper JSON = new ObjectMapper();

    /** {@code 2026-11-22T09:30:00+00:00}; a fraction of a second only when there is one. */
    private static final DateTimeFormatter HOST_TIMESTAMP =
            new DateTimeFormatterBuilder()
                    .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                    .appendOffset("+HH:MM", "+00:00")
                    .toFormatter();

    private TimerInfo() {}

    /**
     * @param last when the previous run of this function was due ({@link #NEVER} before the first)
     * @param next the occurrence after this one
     * @param lastUpdated when this run was started
     */
    static String json(boolean adjustForDst, Instant last, Instant next, Instant lastUpdated) {
        ObjectNode info = JSON.createObjectNode();
        info.putObject("Schedule").put("AdjustForDST", adjustForDst);
        info.putObject("ScheduleStatus")
                .put("Last", timestamp(last))
                .put("Next", timestamp(next))
                .put("LastUpdated", timestamp(lastUpdated));
        // The dev host keeps no schedule status across restarts, so it never fires a missed
        // occurrence late.
        info.put("IsPastDue", false);
        return info.toString();
    }

    private static String timestamp(Instant instant) {
        return HOST_TIMESTAMP.format(instant.atOffset(ZoneOffset.UTC));
    }
}
