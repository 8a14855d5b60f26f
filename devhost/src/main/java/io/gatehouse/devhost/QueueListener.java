package io.gatehouse.devhost;

import com.azure.core.util.Context;
import com.azure.storage.queue.QueueClient;
import com.azure.storage.queue.models.QueueStorageException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers one queue's messages to one queue-triggered function, as the host's queue listener does:
 * receive up to batchSize messages under a ten-minute lease (renewed while a function runs), run
 * each on its own thread, and fetch the next batch once no more than newBatchThreshold are still
 * running; back off while the queue is empty.
 *
 * <p>Stopping is in two steps so that many listeners stop together: {@link #stopPolling()} asks the
 * poller to stop (a receive under way completes, and whatever it brought is handed straight back);
 * {@link #drain(Instant)} lets running functions finish until the deadline, then releases the
 * messages of those still running (visible again at once) and interrupts them. No message is lost:
 * each one is completed, released, or left to its lease.
 */
final class QueueListener {

    /** The host's receive lease; renewed at half-time while the function runs. */
    static final Duration MESSAGE_LEASE = Duration.ofMinutes(10);

    /**
     * How long a stopping listener waits for a receive under way before giving up on the poller.
     */
    private static final Duration POLLER_STOP_TIMEOUT = Duration.ofSeconds(30);

    private static final Logger LOG = Logger.getLogger(QueueListener.class.getName());

    private final String functionName;
    private final QueueClient queue;
    private final QueueMessageProcessor processor;
    private final QueuesExtensionOptions options;
    private final Duration messageLease;
    private final ExecutorService invocations;
    private final ScheduledExecutorService leaseRenewals;
    private final Thread poller;

    private final Set<InFlightMessage> inFlight = new HashSet<>();
    private boolean stopping;

    /**
     * @param messageLease {@link #MESSAGE_LEASE} but in tests, which cannot wait ten minutes to see
     *     a renewal
     */
    QueueListener(
            String functionName,
            QueueClient queue,
            QueueMessageProcessor processor,
            QueuesExtensionOptions options,
            Duration messageLease,
            ClassLoader classLoader) {
        this.functionName = functionName;
        this.queue = queue;
        this.processor = processor;
        this.options = options;
        this.messageLease = messageLease;
        String threadPrefix = "devhost-queue-" + functionName;
        // Unbounded on purpose: the poller itself keeps at most batchSize + newBatchThreshold
        // messages running.
        this.invocations =
                Executors.newCachedThreadPool(DaemonThreads.named(threadPrefix, classLoader));
        this.leaseRenewals =
                Executors.newSingleThreadScheduledExecutor(
                        DaemonThreads.named(threadPrefix + "-lease", classLoader));
        this.poller =
                DaemonThreads.named(threadPrefix + "-poller", classLoader)
                        .newThread(this::pollUntilStopped);
    }

    String functionName() {
        return functionName;
    }

    String queueName() {
        return queue.getQueueName();
    }

    /**
     * Creates the queue when it is missing, then starts polling. (The host instead polls a missing
     * queue until someone creates it; creating it here spares every local producer and test from
     * doing so first.)
     *
     * @throws RuntimeException when the storage account cannot be reached, so a wrong connection
     *     fails the start
     */
    void start() {
        queue.createIfNotExists();
        poller.start();
    }

    /** Asks the poller to stop; returns at once. */
    synchronized void stopPolling() {
        stopping = true;
        notifyAll();
    }

    /**
     * Waits for the poller, then for running functions until {@code deadline}. Messages whose
     * functions are still running then are released to the queue (visible at once) before those
     * functions are interrupted; whatever they return afterwards is ignored.
     */
    void drain(Instant deadline) {
        stopPolling();
        boolean interrupted = false;
        try {
            poller.join(POLLER_STOP_TIMEOUT.toMillis());
            invocations.shutdown();
            invocations.awaitTermination(millisUntil(deadline), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            interrupted = true;
        }
        List<InFlightMessage> unfinished;
        synchronized (this) {
            unfinished = List.copyOf(inFlight);
        }
        if (!unfinished.isEmpty()) {
            LOG.info(
                    () ->
                            functionName
                                    + ": releasing "
                                    + unfinished.size()
                                    + " message(s) whose functions outlived the shutdown grace period");
            unfinished.forEach(message -> message.release(Duration.ZERO));
        }
        poller.interrupt();
        invocations.shutdownNow();
        leaseRenewals.shutdownNow();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void pollUntilStopped() {
        PollingBackoff backoff =
                new PollingBackoff(
                        QueuesExtensionOptions.MIN_POLLING_INTERVAL,
                        options.devHostPollingInterval());
        boolean failing = false;
        while (!isStopping()) {
            List<ReceivedMessage> batch;
            try {
                batch = receiveBatch();
                failing = false;
            } catch (RuntimeException e) {
                reportPollFailure(e, failing);
                failing = true;
                waitUnlessStopping(backoff.afterEmptyPoll());
                continue;
            }
            if (batch.isEmpty()) {
                waitUnlessStopping(backoff.afterEmptyPoll());
                continue;
            }
            backoff.reset();
            if (!dispatch(batch)) {
                return;
            }
            awaitRunningAtMost(options.newBatchThreshold());
        }
    }

    private List<ReceivedMessage> receiveBatch() {
        return queue.receiveMessages(options.batchSize(), messageLease, null, Context.NONE).stream()
                .map(ReceivedMessage::from)
                .toList();
    }

    /**
     * @return false when the listener is stopping: the batch was handed back instead of run
     */
    private boolean dispatch(List<ReceivedMessage> batch) {
        List<InFlightMessage> messages =
                batch.stream().map(received -> new InFlightMessage(queue, received)).toList();
        synchronized (this) {
            if (!stopping) {
                messages.forEach(this::startProcessing);
                return true;
            }
        }
        messages.forEach(message -> message.release(Duration.ZERO));
        return false;
    }

    private void startProcessing(InFlightMessage message) {
        inFlight.add(message);
        message.keepLeased(leaseRenewals, messageLease);
        invocations.execute(
                () -> {
                    try {
                        processor.process(message);
                    } catch (RuntimeException e) {
                        LOG.log(
                                Level.SEVERE,
                                "dev host failed on a message for " + functionName,
                                e);
                    } finally {
                        // A no-op when the message was settled; otherwise it at least stops
                        // renewing the lease.
                        message.letLeaseExpire();
                        finished(message);
                    }
                });
    }

    private synchronized void finished(InFlightMessage message) {
        inFlight.remove(message);
        notifyAll();
    }

    private synchronized boolean isStopping() {
        return stopping;
    }

    private synchronized void awaitRunningAtMost(int threshold) {
        try {
            while (!stopping && inFlight.size() > threshold) {
                wait();
            }
        } catch (InterruptedException e) {
            stopping = true;
        }
    }

    private synchronized void waitUnlessStopping(Duration duration) {
        Instant until = Instant.now().plus(duration);
        try {
            long millis;
            while (!stopping && (millis = millisUntil(until)) > 0) {
                wait(millis);
            }
        } catch (InterruptedException e) {
            stopping = true;
        }
    }

    /** Said once per outage, not once per poll, so a stopped emulator does not flood the log. */
    private void reportPollFailure(RuntimeException e, boolean alreadyFailing) {
        if (e instanceof QueueStorageException storage && storage.getStatusCode() == 404) {
            // Someone deleted the queue while the host was running; put it back rather than poll
            // nothing forever.
            try {
                queue.createIfNotExists();
            } catch (RuntimeException ignored) {
                // reported below; the next poll tries again
            }
        }
        LOG.log(
                alreadyFailing ? Level.FINE : Level.WARNING,
                functionName + ": cannot receive from queue " + queue.getQueueName() + "; retrying",
                e);
    }

    private static long millisUntil(Instant deadline) {
        return Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
    }
}
