package io.gatehouse.consumers;

/**
 * One timer's work, as the {@link MessagePipeline} runs it: once per chain — each registered
 * tenant, and the platform's if it asks — in a transaction of that chain alone. Row-level security
 * shows a transaction one tenant's rows, so a timer never widens a query across tenants; it visits
 * them. A chain whose work fails is logged and left for the next run; the other chains still get
 * their turn.
 */
public interface TimerHandler {

    /** The timer's function name; names its span {@code run <name>}. */
    String name();

    /** The Gatehouse component its audit events name as the actor. */
    String actor();

    /** Whether the platform chain (events of no tenant) is visited too, before the tenants. */
    default boolean includesPlatformChain() {
        return false;
    }

    /**
     * The work in one chain's transaction; {@link ConsumerTransaction#now()} is the run's start,
     * the same for every chain.
     *
     * @return how many things it did there (expired, re-sent), summed over the run
     */
    int runIn(ConsumerTransaction transaction);
}
