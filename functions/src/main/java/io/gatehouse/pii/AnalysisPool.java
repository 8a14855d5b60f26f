package io.gatehouse.pii;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A few shared threads that help a request's thread with the parts of one long text. Safe under the
 * Functions host, where many requests run at once: the threads are few (one less than the cores, at
 * most {@value #MAX_HELPERS}), created once and never per request, daemons (they never keep the
 * worker process alive) and ended after {@value #IDLE_SECONDS} s without work. The calling thread
 * takes tasks from the same list as the helpers, so it never waits for a helper to become free:
 * when every helper is busy with other requests, or the queue is full, the caller does all the work
 * itself, as it would without the pool; it only waits for tasks a helper has already begun.
 */
final class AnalysisPool {

    static final int MAX_HELPERS = 3;
    static final int IDLE_SECONDS = 30;

    /** How many helper threads there may be: 0 on a single core, when the caller does all. */
    static final int HELPERS =
            Math.max(0, Math.min(MAX_HELPERS, Runtime.getRuntime().availableProcessors() - 1));

    private static final ThreadPoolExecutor POOL = HELPERS == 0 ? null : newPool();

    private AnalysisPool() {}

    private static ThreadPoolExecutor newPool() {
        AtomicInteger numbers = new AtomicInteger();
        ThreadFactory daemons =
                task -> {
                    Thread thread = new Thread(task, "pii-analysis-" + numbers.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                };
        ThreadPoolExecutor pool =
                new ThreadPoolExecutor(
                        HELPERS,
                        HELPERS,
                        IDLE_SECONDS,
                        TimeUnit.SECONDS,
                        // a few requests' worth of offers; a helper offered after the work is done
                        // finds nothing left and returns at once
                        new ArrayBlockingQueue<>(HELPERS * 4),
                        daemons,
                        new ThreadPoolExecutor.DiscardPolicy());
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /**
     * Runs every task once, on the calling thread and on the helpers free to join, and returns when
     * all have finished. The caller takes tasks from the front of the list, helpers from the back:
     * put the long tasks first and the short ones last, so the caller, which must wait for any task
     * a helper has begun, never waits long for one (a helper's thread may be descheduled on a busy
     * host). The first failure of a task is thrown here, after the others finished.
     */
    static void runAll(List<Runnable> tasks) {
        Batch batch = new Batch(tasks);
        if (POOL != null) {
            int offers = Math.min(HELPERS, tasks.size() - 1);
            for (int i = 0; i < offers; i++) {
                try {
                    POOL.execute(batch::helpFromBack);
                } catch (RejectedExecutionException shutDown) {
                    break; // the caller does the rest
                }
            }
        }
        batch.workFromFront();
        batch.awaitAll();
    }

    /**
     * Tasks claimed one at a time: the caller from the front, helpers from the back. A claim is a
     * decrement of what is left, so the two ends never take the same task.
     */
    private static final class Batch {
        private final List<Runnable> tasks;
        private final AtomicInteger unclaimed;
        private final AtomicInteger back;
        private final CountDownLatch finished;
        private final AtomicReference<Throwable> failure = new AtomicReference<>();

        Batch(List<Runnable> tasks) {
            this.tasks = tasks;
            this.unclaimed = new AtomicInteger(tasks.size());
            this.back = new AtomicInteger(tasks.size());
            this.finished = new CountDownLatch(tasks.size());
        }

        /** Only the calling thread works from the front. */
        void workFromFront() {
            for (int front = 0; unclaimed.getAndDecrement() > 0; front++) {
                run(front);
            }
        }

        void helpFromBack() {
            while (unclaimed.getAndDecrement() > 0) {
                run(back.decrementAndGet());
            }
        }

        private void run(int task) {
            try {
                tasks.get(task).run();
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            } finally {
                finished.countDown();
            }
        }

        void awaitAll() {
            boolean interrupted = false;
            while (true) {
                try {
                    finished.await();
                    break;
                } catch (InterruptedException e) {
                    // the tasks left are a helper's, milliseconds long: finish, then say so
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            Throwable t = failure.get();
            if (t instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (t instanceof Error error) {
                throw error;
            }
            if (t != null) {
                throw new IllegalStateException(t);
            }
        }
    }
}
