package io.gatehouse.devhost;

import java.time.Duration;

/**
 * How long a listener waits before polling an empty queue again: the host's exponential back-off,
 * from its 100 ms minimum, doubling after each empty poll up to the polling interval, and back to
 * the minimum once messages arrive. The host also randomizes each wait to spread many instances'
 * polls; one local listener has no one to spread from, so the waits here are exact.
 */
final class PollingBackoff {

    private final Duration minimum;
    private final Duration maximum;
    private Duration next;

    PollingBackoff(Duration minimum, Duration maximum) {
        if (maximum.compareTo(minimum) < 0) {
            throw new IllegalArgumentException(
                    "maximum " + maximum + " is below minimum " + minimum);
        }
        this.minimum = minimum;
        this.maximum = maximum;
        this.next = minimum;
    }

    /**
     * The wait after an empty (or failed) poll; each call returns a longer one, up to the maximum.
     */
    Duration afterEmptyPoll() {
        Duration wait = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(maximum) > 0 ? maximum : doubled;
        return wait;
    }

    /** Messages arrived: the next empty poll waits the minimum again. */
    void reset() {
        next = minimum;
    }
}
