package io.gatehouse.audit;

import io.gatehouse.evidence.OutboxSignal;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The prompt half of the relay: told that a chain has new committed outbox rows ({@link
 * OutboxSignal}), it ships them on one background thread, off the request's path. Signals for a
 * chain that is already waiting its turn are merged, so under load one transaction ships the rows
 * of many requests. A chain whose shipping fails (queue or database down) is tried again after a
 * pause that doubles up to {@link #LONGEST_PAUSE}; the every-minute timer ({@link
 * AuditOutboxResender}) covers whatever this process never got to (it died, or was frozen).
 */
public final class OutboxRelay implements OutboxSignal, AutoCloseable {

    static final Duration FIRST_PAUSE = Duration.ofMillis(250);
    static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

    private final Set<UUID> waiting = ConcurrentHashMap.newKeySet();
    private final Map<UUID, Duration> pauses = new ConcurrentHashMap<>();
    private final ScheduledExecutorService thread =
            Executors.newSingleThreadScheduledExecutor(
                    runnable -> {
                        Thread relay = new Thread(runnable, "gatehouse-audit-relay");
                        relay.setDaemon(true);
                        return relay;
                    });
    private volatile ToIntFunction<UUID> shipChain;

    /**
     * Starts shipping with {@code shipChain}: one transaction of the chain that ships up to {@link
     * AuditOutboxResender#BATCH} rows and returns how many it shipped. Signals before this wait.
     */
    public void start(ToIntFunction<UUID> shipChain) {
        this.shipChain = shipChain;
        waiting.forEach(this::submit);
    }

    @Override
    public void committed(UUID chain) {
        if (waiting.add(chain) && shipChain != null) {
            submit(chain);
        }
    }

    private void submit(UUID chain) {
        try {
            thread.execute(() -> ship(chain));
        } catch (RejectedExecutionException closed) {
            // shutting down: the rows are committed, and the timer of a live instance ships them
        }
    }

    private void ship(UUID chain) {
        // Taken off the waiting set before the transaction starts, so a commit during it is
        // shipped by the next turn rather than lost between the read and the removal.
        waiting.remove(chain);
        try {
            int shipped = shipChain.applyAsInt(chain);
            pauses.remove(chain);
            if (shipped >= AuditOutboxResender.BATCH) {
                committed(chain); // more may be there: another turn, after the other chains
            }
        } catch (RuntimeException failure) {
            Duration pause = pauses.merge(chain, FIRST_PAUSE, OutboxRelay::doubled);
            LOG.warn(
                    "audit relay: chain "
                            + chain
                            + " not shipped ("
                            + failure.getClass().getSimpleName()
                            + "); next try in "
                            + pause.toMillis()
                            + " ms");
            // Waiting again at once, so the signals of the pause merge into the one retry.
            waiting.add(chain);
            try {
                thread.schedule(() -> submit(chain), pause.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException closed) {
                // shutting down
            }
        }
    }

    private static Duration doubled(Duration previous, Duration first) {
        Duration next = previous.multipliedBy(2);
        return next.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : next;
    }

    /** Stops the thread; rows not yet shipped stay in the outbox for the timer. */
    @Override
    public void close() {
        thread.shutdownNow();
    }
}
