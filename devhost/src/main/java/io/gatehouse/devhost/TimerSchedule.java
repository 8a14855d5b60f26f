package io.gatehouse.devhost;

import java.time.Instant;
import java.util.Optional;

/**
 * When a timer-triggered function fires, read from its function.json {@code schedule}: an NCRONTAB
 * expression or, as the host also accepts, a TimeSpan interval.
 */
sealed interface TimerSchedule permits NcrontabSchedule, IntervalSchedule {

    /**
     * The first occurrence strictly after {@code after}, in whole seconds.
     *
     * @return empty when the schedule never fires again (e.g. the 30th of February)
     */
    Optional<Instant> next(Instant after);

    /**
     * What the host reports as TimerInfo's {@code Schedule.AdjustForDST}: true for cron, false for
     * an interval.
     */
    boolean adjustsForDst();

    /**
     * Reads a schedule the way the host does: six space-separated fields are NCRONTAB, {@code
     * [d.]hh:mm:ss} is an interval.
     *
     * @throws IllegalArgumentException naming what is not supported
     */
    static TimerSchedule parse(String expression) {
        String trimmed = expression.strip();
        if (trimmed.matches("[\\d.:]+") && trimmed.contains(":")) {
            return IntervalSchedule.parse(trimmed);
        }
        return NcrontabSchedule.parse(trimmed);
    }
}
