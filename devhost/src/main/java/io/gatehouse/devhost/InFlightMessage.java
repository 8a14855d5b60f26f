package io.gatehouse.devhost;

import com.azure.storage.queue.QueueClient;
import com.azure.storage.queue.models.QueueStorageException;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A received message while its lease is held: it renews the lease and settles the message exactly
 * once (deleted, released, moved to poison, or left to its lease). Every call that uses the pop
 * receipt holds this object's lock, because renewing the lease replaces the receipt and a stale
 * receipt makes the service refuse the call.
 *
 * <p>Settling once matters at shutdown: the listener may release a message whose function is still
 * running; if the function then finishes, its verdict is dropped rather than acted on with a
 * receipt that is no longer ours.
 */
final class InFlightMessage {

    private static final Logger LOG = Logger.getLogger(InFlightMessage.class.getName());

    private final QueueClient queue;
    private final ReceivedMessage received;
    private String popReceipt;
    private boolean settled;
    private ScheduledFuture<?> renewal;

    InFlightMessage(QueueClient queue, ReceivedMessage received) {
        this.queue = queue;
        this.received = received;
        this.popReceipt = received.popReceipt();
    }

    ReceivedMessage received() {
        return received;
    }

    /**
     * Renews the lease whenever half of it has passed, as the host does, so a long function keeps
     * its message.
     */
    synchronized void keepLeased(ScheduledExecutorService scheduler, Duration lease) {
        long halfLeaseMillis = lease.toMillis() / 2;
        renewal =
                scheduler.scheduleAtFixedRate(
                        () -> renew(lease),
                        halfLeaseMillis,
                        halfLeaseMillis,
                        TimeUnit.MILLISECONDS);
    }

    /** The function succeeded: the message is done. */
    synchronized void delete() {
        if (settle()) {
            storageCall("delete", () -> queue.deleteMessage(received.id(), popReceipt));
        }
    }

    /**
     * The message becomes visible again after {@code delay}: a retry, or giving it back at
     * shutdown.
     */
    synchronized void release(Duration delay) {
        if (settle()) {
            storageCall(
                    "release", () -> queue.updateMessage(received.id(), popReceipt, null, delay));
        }
    }

    /**
     * Copies the message text, exactly as stored, to {@code poisonQueue} (created if missing), then
     * deletes the original. Should the copy fail, the original stays and comes back when its lease
     * expires, already past maxDequeueCount, and is moved then.
     */
    synchronized void moveTo(QueueClient poisonQueue) {
        if (settle()) {
            storageCall(
                    "move to " + poisonQueue.getQueueName(),
                    () -> {
                        poisonQueue.createIfNotExists();
                        poisonQueue.sendMessage(received.text());
                        queue.deleteMessage(received.id(), popReceipt);
                    });
        }
    }

    /**
     * Does nothing with the message: it stays invisible until its lease runs out, then is received
     * again.
     */
    synchronized void letLeaseExpire() {
        settle();
    }

    private synchronized void renew(Duration lease) {
        if (!settled) {
            storageCall(
                    "renew the lease of",
                    () ->
                            popReceipt =
                                    queue.updateMessage(received.id(), popReceipt, null, lease)
                                            .getPopReceipt());
        }
    }

    private boolean settle() {
        if (settled) {
            return false;
        }
        settled = true;
        if (renewal != null) {
            renewal.cancel(false);
        }
        return true;
    }

    /**
     * A refused call is logged, not thrown: the message is then received again once its visibility
     * ends, which is the at-least-once delivery consumers already handle. A 400 or 404 means
     * someone else holds or removed it.
     */
    private void storageCall(String action, Runnable call) {
        try {
            call.run();
        } catch (QueueStorageException e) {
            Level level =
                    e.getStatusCode() == 400 || e.getStatusCode() == 404
                            ? Level.FINE
                            : Level.WARNING;
            LOG.log(
                    level,
                    "could not "
                            + action
                            + " message "
                            + received.id()
                            + " of queue "
                            + queue.getQueueName()
                            + ": "
                            + e.getStatusCode()
                            + " "
                            + e.getErrorCode(),
                    e);
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "could not "
                            + action
                            + " message "
                            + received.id()
                            + " of queue "
                            + queue.getQueueName(),
                    e);
        }
    }
}
