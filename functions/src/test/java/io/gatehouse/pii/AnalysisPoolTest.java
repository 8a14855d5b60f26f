package io.gatehouse.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class AnalysisPoolTest {

    @Test
    void runsEveryTaskExactlyOnceOnTheCallerAndDaemonHelpers() {
        int count = 500;
        AtomicIntegerArray runs = new AtomicIntegerArray(count);
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        List<Runnable> tasks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int task = i;
            tasks.add(
                    () -> {
                        threads.add(Thread.currentThread());
                        Chars.digitCount("x".repeat(2_000), 0, 2_000); // a little work each
                        runs.incrementAndGet(task);
                    });
        }
        AnalysisPool.runAll(tasks);
        for (int i = 0; i < count; i++) {
            assertThat(runs.get(i)).as("task %d", i).isEqualTo(1);
        }
        assertThat(threads).hasSizeLessThanOrEqualTo(AnalysisPool.HELPERS + 1);
        for (Thread thread : threads) {
            assertThat(thread == Thread.currentThread() || thread.isDaemon()).isTrue();
        }
    }

    @Test
    void theCallerTakesTasksFromTheFrontAndHelpersFromTheBack() {
        Thread caller = Thread.currentThread();
        CountDownLatch firstBegun = new CountDownLatch(1);
        Thread[] ranFirst = new Thread[1];
        List<Runnable> tasks =
                List.of(
                        () -> {
                            ranFirst[0] = Thread.currentThread();
                            firstBegun.countDown();
                        },
                        () -> {
                            // a helper that took this one cannot take the first: the caller must
                            try {
                                firstBegun.await(10, TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        });
        AnalysisPool.runAll(tasks);
        assertThat(ranFirst[0]).isSameAs(caller);
    }

    @Test
    void aFailingTaskFailsTheCallAfterTheOthersRan() {
        AtomicIntegerArray runs = new AtomicIntegerArray(3);
        List<Runnable> tasks =
                List.of(
                        () -> runs.incrementAndGet(0),
                        () -> {
                            throw new IllegalStateException("task failed");
                        },
                        () -> runs.incrementAndGet(2));
        assertThatThrownBy(() -> AnalysisPool.runAll(tasks)).hasMessage("task failed");
        assertThat(runs.get(0)).isEqualTo(1);
        assertThat(runs.get(2)).isEqualTo(1);
        AnalysisPool.runAll(List.of()); // nothing to do returns at once
    }

    @Test
    void tasksThatShareOutWorkThemselvesFinish() {
        AtomicIntegerArray runs = new AtomicIntegerArray(16);
        List<Runnable> outer = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int base = i * 4;
            outer.add(
                    () -> {
                        List<Runnable> inner = new ArrayList<>();
                        for (int j = 0; j < 4; j++) {
                            int task = base + j;
                            inner.add(() -> runs.incrementAndGet(task));
                        }
                        AnalysisPool.runAll(inner);
                    });
        }
        AnalysisPool.runAll(outer);
        for (int i = 0; i < 16; i++) {
            assertThat(runs.get(i)).isEqualTo(1);
        }
    }
}
