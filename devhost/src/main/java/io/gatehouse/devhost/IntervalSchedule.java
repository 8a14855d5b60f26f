package io.gatehouse.devhost;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A TimeSpan schedule ({@code "00:05:00"}): the host fires every interval, counted from the
 * previous occurrence, the first one interval after start-up. Whole seconds only, as the dev host
 * fires at second resolution.
 */
record IntervalSchedule(Duration interval) implements TimerSchedule {

    IntervalSchedule {
        if (interval.isNegative() || interval.isZero() || interval.getNano() != 0) {
            throw new IllegalArgumentException(
                    "a TimeSpan schedule must be a positive whole number of seconds, got "
                            + interval);
        }
    }

    static IntervalSchedule parse(String text) {
        return new IntervalSchedule(HostTimeSpan.parse("schedule", text));
    }

    @Override
    public Optional<Instant> next(Instant after) {
        return Optional.of(after.truncatedTo(ChronoUnit.SECONDS).plus(interval));
    }

    @Override
    public boolean adjustsForDst() {
        return false;
    }
}
