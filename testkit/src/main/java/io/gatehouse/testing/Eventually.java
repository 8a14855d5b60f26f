package io.gatehouse.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Waits for something that happens asynchronously — an audit event written by the queue consumer —
 * by polling, and fails with what was awaited. A wait, not a timing assertion: the deadline is
 * generous and only bounds a test that would otherwise hang.
 */
public final class Eventually {

    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(60);

    private Eventually() {}

    public static <T> T await(String what, Supplier<Optional<T>> probe) {
        return await(what, DEFAULT_DEADLINE, probe);
    }

    public static <T> T await(String what, Duration patience, Supplier<Optional<T>> probe) {
        Instant deadline = Instant.now().plus(patience);
        while (true) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(
                        "gave up waiting for " + what + " after " + patience.toSeconds() + " s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }
}
