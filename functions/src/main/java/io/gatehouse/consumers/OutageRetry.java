package io.gatehouse.consumers;

import io.gatehouse.tenancy.DatabaseOutages;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits out a database outage inside one queue invocation. The Functions host retries a failed
 * message at once (visibilityTimeout 0 by default) and poisons it after five failures, so without
 * this a database restart of a few seconds would burn all five deliveries of every message that
 * arrived meanwhile. Here a call that meets an outage is tried again after a pause that doubles
 * from {@link #FIRST_PAUSE} up to {@link #LONGEST_PAUSE}, for at most {@code budget}; then the
 * outage is thrown, and the host's next delivery starts a new budget. Anything that is not an
 * outage (a refused event, a constraint) is thrown at once: waiting would not change it.
 */
final class OutageRetry {

    static final Duration FIRST_PAUSE = Duration.ofMillis(250);
    static final Duration LONGEST_PAUSE = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(OutageRetry.class);

    /** How the retry pauses; tests pass one that records the pauses and moves a test clock. */
    interface Sleeper {
        void sleep(Duration pause) throws InterruptedException;
    }

    private final Duration budget;
    private final Clock clock;
    private final Sleeper sleeper;

    OutageRetry(Duration budget, Clock clock, Sleeper sleeper) {
        if (budget.isNegative()) {
            throw new IllegalArgumentException("the retry budget cannot be negative");
        }
        this.budget = budget;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    static OutageRetry within(Duration budget) {
        return new OutageRetry(budget, Clock.systemUTC(), pause -> Thread.sleep(pause.toMillis()));
    }

    Duration budget() {
        return budget;
    }

    /**
     * Runs {@code work}, again after each outage until the budget is spent; what's left is thrown.
     */
    <T> T run(String what, Supplier<T> work) {
        Instant deadline = clock.instant().plus(budget);
        Duration pause = FIRST_PAUSE;
        int outages = 0;
        while (true) {
            try {
                T result = work.get();
                if (outages > 0) {
                    LOG.info("{}: done after the database came back", what);
                }
                return result;
            } catch (RuntimeException failure) {
                if (!DatabaseOutages.isOutage(failure)) {
                    throw failure;
                }
                outages++;
                Duration left = Duration.between(clock.instant(), deadline);
                if (left.isNegative() || left.isZero()) {
                    LOG.warn(
                            what
                                    + ": database still unavailable after "
                                    + budget.toSeconds()
                                    + " s; leaving the message to the host's next delivery");
                    throw failure;
                }
                if (outages == 1) {
                    LOG.warn(
                            what
                                    + ": database unavailable; retrying for up to "
                                    + budget.toSeconds()
                                    + " s");
                }
                try {
                    sleeper.sleep(pause.compareTo(left) < 0 ? pause : left);
                } catch (InterruptedException interrupted) {
                    // The host is shutting down: give the message back now, it will be delivered
                    // again.
                    Thread.currentThread().interrupt();
                    throw failure;
                }
                pause =
                        pause.multipliedBy(2).compareTo(LONGEST_PAUSE) < 0
                                ? pause.multipliedBy(2)
                                : LONGEST_PAUSE;
            }
        }
    }
}
