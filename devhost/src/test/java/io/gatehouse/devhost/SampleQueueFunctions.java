package io.gatehouse.devhost;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.annotation.BindingName;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.QueueTrigger;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Queue-triggered functions for the dev host's queue tests. Each test writes their function.json
 * with its own queue name, so the {@code queueName} in these annotations only mirrors the shape the
 * packaging plugin reads. What the functions saw is recorded in static collections, which the tests
 * reset before each test.
 */
public class SampleQueueFunctions {

    /** One call as the function saw it; metadata the function did not ask for is null. */
    record Call(
            String message,
            long dequeueCount,
            String id,
            String popReceipt,
            String insertionTime,
            String nextVisibleTime,
            String functionName,
            String invocationId,
            long atNanos) {

        static Call of(String message, long dequeueCount) {
            return new Call(
                    message, dequeueCount, null, null, null, null, null, null, System.nanoTime());
        }
    }

    /** Every call, recorded as it starts. */
    static final Queue<Call> ATTEMPTS = new ConcurrentLinkedQueue<>();

    /** Calls that returned normally, recorded just before returning. */
    static final Queue<Call> COMPLETED = new ConcurrentLinkedQueue<>();

    /** Calls that threw, recorded just before throwing. */
    static final Queue<Call> FAILED = new ConcurrentLinkedQueue<>();

    static final AtomicInteger RUNNING = new AtomicInteger();
    static final AtomicInteger MOST_RUNNING_AT_ONCE = new AtomicInteger();

    /** Set by a test; every Rendezvous call waits here until all parties have arrived. */
    static volatile CyclicBarrier rendezvous = new CyclicBarrier(1);

    /** Set by a test; WaitForGate calls block until it opens (or their thread is interrupted). */
    static volatile CountDownLatch gate = new CountDownLatch(0);

    static void reset() {
        ATTEMPTS.clear();
        COMPLETED.clear();
        FAILED.clear();
        RUNNING.set(0);
        MOST_RUNNING_AT_ONCE.set(0);
        rendezvous = new CyclicBarrier(1);
        gate = new CountDownLatch(0);
    }

    static List<String> completedMessages() {
        return COMPLETED.stream().map(Call::message).toList();
    }

    @FunctionName("Record")
    public void record(
            @QueueTrigger(
                            name = "message",
                            queueName = "samples",
                            connection = "AzureWebJobsStorage")
                    String message,
            @BindingName("DequeueCount") long dequeueCount,
            @BindingName("Id") String id,
            @BindingName("PopReceipt") String popReceipt,
            @BindingName("InsertionTime") String insertionTime,
            @BindingName("NextVisibleTime") String nextVisibleTime,
            ExecutionContext context) {
        COMPLETED.add(
                new Call(
                        message,
                        dequeueCount,
                        id,
                        popReceipt,
                        insertionTime,
                        nextVisibleTime,
                        context.getFunctionName(),
                        context.getInvocationId(),
                        System.nanoTime()));
    }

    /** Binds DequeueCount as an int, as many functions do. */
    @FunctionName("SucceedOnFifthAttempt")
    public void succeedOnFifthAttempt(
            @QueueTrigger(
                            name = "message",
                            queueName = "samples",
                            connection = "AzureWebJobsStorage")
                    String message,
            @BindingName("DequeueCount") int dequeueCount) {
        Call call = Call.of(message, dequeueCount);
        ATTEMPTS.add(call);
        if (dequeueCount < 5) {
            FAILED.add(call);
            throw new IllegalStateException("not yet: attempt " + dequeueCount);
        }
        COMPLETED.add(call);
    }

    /** Binds DequeueCount as a String, which the host also offers. */
    @FunctionName("AlwaysFail")
    public void alwaysFail(
            @QueueTrigger(
                            name = "message",
                            queueName = "samples",
                            connection = "AzureWebJobsStorage")
                    String message,
            @BindingName("DequeueCount") String dequeueCount) {
        ATTEMPTS.add(Call.of(message, Long.parseLong(dequeueCount)));
        throw new IllegalStateException("this function never succeeds");
    }

    @FunctionName("FailFirstAttempt")
    public void failFirstAttempt(
            @QueueTrigger(
                            name = "message",
                            queueName = "samples",
                            connection = "AzureWebJobsStorage")
                    String message,
            @BindingName("DequeueCount") Long dequeueCount) {
        ATTEMPTS.add(Call.of(message, dequeueCount));
        if (dequeueCount == 1) {
            FAILED.add(Call.of(message, dequeueCount));
            throw new IllegalStateException("first attempt fails");
        }
        COMPLETED.add(Call.of(message, dequeueCount));
    }

    /**
     * Only returns when every party is inside a call at the same time: proves messages run
     * concurrently.
     */
    @FunctionName("Rendezvous")
    public void rendezvous(
            @QueueTrigger(
                            name = "message",
                            queueName = "samples",
                            connection = "AzureWebJobsStorage")
                    String message)
            throws Exception {
        MOST_RUNNING_AT_ONCE.accumulateAndGet(RUNNING.incrementAndGet(), Math::max);
        try {
            rendezvous.await(30, TimeUnit.SECONDS);
            COMPLETED.add(Call.of(message, 0));
        } finally {
            RUNNING.decrementAndGet();
        }
    }

    @FunctionName("WaitForGate")
    public void waitForGate(
            @QueueTrigger(
                            name = "message",
                            queueName = "samples",
                            connection = "AzureWebJobsStorage")
                    String message,
            @BindingName("DequeueCount") long dequeueCount)
            throws InterruptedException {
        ATTEMPTS.add(Call.of(message, dequeueCount));
        gate.await();
        COMPLETED.add(Call.of(message, dequeueCount));
    }

    /**
     * Like WaitForGate, but deaf to interrupts, as a function blocked in a slow network call can
     * be.
     */
    @FunctionName("WaitForGateIgnoringInterrupts")
    public void waitForGateIgnoringInterrupts(
            @QueueTrigger(
                            name = "message",
                            queueName = "samples",
                            connection = "AzureWebJobsStorage")
                    String message,
            @BindingName("DequeueCount") long dequeueCount) {
        ATTEMPTS.add(Call.of(message, dequeueCount));
        boolean interrupted = false;
        while (gate.getCount() > 0) {
            try {
                gate.await();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        COMPLETED.add(Call.of(message, dequeueCount));
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Wired with the wrong parameter type on purpose: the dev host must refuse it at start-up. */
    @FunctionName("WrongMessageType")
    public void wrongMessageType(
            @QueueTrigger(
                            name = "message",
                            queueName = "samples",
                            connection = "AzureWebJobsStorage")
                    Integer message) {}
}
