package io.gatehouse.devhost;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.TimerTrigger;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Timer-triggered functions for the dev host's timer tests. Each test writes their function.json
 * with its own schedule, so the {@code schedule} in these annotations only mirrors the shape the
 * packaging plugin reads. What the functions saw is recorded in static collections, which the tests
 * reset before each test.
 */
public class SampleTimerFunctions {

    /** One call as the function saw it. */
    record Call(String function, String timerInfo, String functionName, String invocationId) {}

    /** Every call, recorded as it starts. */
    static final Queue<Call> CALLS = new ConcurrentLinkedQueue<>();

    /** Calls of BlockUntilOpened that were interrupted while waiting (the host closing on them). */
    static final Queue<Call> INTERRUPTED = new ConcurrentLinkedQueue<>();

    static final AtomicInteger RUNNING = new AtomicInteger();
    static final AtomicInteger MOST_RUNNING_AT_ONCE = new AtomicInteger();

    /**
     * Set by a test; BlockUntilOpened calls wait until it opens (or their thread is interrupted).
     */
    static volatile CountDownLatch gate = new CountDownLatch(0);

    static void reset() {
        CALLS.clear();
        INTERRUPTED.clear();
        RUNNING.set(0);
        MOST_RUNNING_AT_ONCE.set(0);
        gate = new CountDownLatch(0);
    }

    static List<Call> callsOf(String function) {
        return CALLS.stream().filter(call -> call.function().equals(function)).toList();
    }

    @FunctionName("Tick")
    public void tick(
            @TimerTrigger(name = "timerInfo", schedule = "* * * * * *") String timerInfo,
            ExecutionContext context) {
        CALLS.add(
                new Call("Tick", timerInfo, context.getFunctionName(), context.getInvocationId()));
    }

    /**
     * Holds its run open until the test opens the gate: later firings fall due while it is still
     * running.
     */
    @FunctionName("BlockUntilOpened")
    public void blockUntilOpened(
            @TimerTrigger(name = "timerInfo", schedule = "* * * * * *") String timerInfo,
            ExecutionContext context) {
        Call call =
                new Call(
                        "BlockUntilOpened",
                        timerInfo,
                        context.getFunctionName(),
                        context.getInvocationId());
        CALLS.add(call);
        MOST_RUNNING_AT_ONCE.accumulateAndGet(RUNNING.incrementAndGet(), Math::max);
        try {
            gate.await();
        } catch (InterruptedException e) {
            INTERRUPTED.add(call);
            Thread.currentThread().interrupt();
        } finally {
            RUNNING.decrementAndGet();
        }
    }

    @FunctionName("AlwaysFail")
    public void alwaysFail(
            @TimerTrigger(name = "timerInfo", schedule = "* * * * * *") String timerInfo,
            ExecutionContext context) {
        CALLS.add(
                new Call(
                        "AlwaysFail",
                        timerInfo,
                        context.getFunctionName(),
                        context.getInvocationId()));
        throw new IllegalStateException("this timer function never succeeds");
    }

    /** Wired with the wrong parameter type on purpose: the dev host must refuse it at start-up. */
    @FunctionName("WrongTimerType")
    public void wrongTimerType(
            @TimerTrigger(name = "timerInfo", schedule = "* * * * * *") Integer timerInfo) {}
}
