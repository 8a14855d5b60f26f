package io.gatehouse.app;

import io.gatehouse.platform.Settings;
import java.util.function.Supplier;

/**
 * The process's one {@link Gatehouse}, held for {@link GatehouseInjector}. The worker makes the
 * injector through {@link java.util.ServiceLoader}, so it cannot be handed the graph: this holder
 * is the one static step left, and it stays inside the app package. On Azure the graph is built
 * from the environment on the first instance request (the cold start), exactly once; a host that
 * cannot give the app environment variables (the dev host's local stack, the test stacks) installs
 * one it built from its own settings instead.
 */
public final class ProcessApp {

    private static volatile Gatehouse current;

    private ProcessApp() {}

    /** The installed graph, or the one built from the environment on first use. */
    static Gatehouse get() {
        return get(() -> Gatehouse.create(Settings.fromEnvironment()));
    }

    /** The installed graph, or the one {@code build} makes when there is none yet. */
    static Gatehouse get(Supplier<Gatehouse> build) {
        Gatehouse app = current;
        if (app == null) {
            synchronized (ProcessApp.class) {
                if (current == null) {
                    // A refused configuration or a secret-store outage throws and leaves none:
                    // the next request tries again, so the app recovers without a restart.
                    current = build.get();
                }
                app = current;
            }
        }
        return app;
    }

    /**
     * Installs the process's graph and closes the previous one, releasing its pool. {@code null}
     * leaves none (the next instance request builds one from the environment).
     */
    public static synchronized void install(Gatehouse app) {
        Gatehouse previous = current;
        current = app;
        if (previous != null && previous != app) {
            previous.close();
        }
    }
}
