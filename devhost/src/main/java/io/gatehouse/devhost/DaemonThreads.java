package io.gatehouse.devhost;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads for the dev host. Daemons, so a forgotten host never keeps a JVM alive; each carries the
 * function class loader as its context loader, as the worker's invocation threads do, for libraries
 * that look classes up through it.
 */
final class DaemonThreads {

    private DaemonThreads() {}

    /**
     * Names threads {@code <prefix>-1}, {@code <prefix>-2}, ... so a thread dump shows whose they
     * are.
     */
    static ThreadFactory named(String prefix, ClassLoader classLoader) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setContextClassLoader(classLoader);
            return thread;
        };
    }
}
