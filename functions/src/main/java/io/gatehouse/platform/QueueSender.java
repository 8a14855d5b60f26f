package io.gatehouse.platform;

/**
 * Puts an envelope on a queue, synchronously: when this returns, the queue has the message. The
 * core depends on this interface only; the Storage SDK stays behind {@link StorageQueueSender}.
 */
public interface QueueSender {

    /**
     * @throws QueueUnavailableException when the message could not be stored; nothing was sent
     */
    void send(String queue, Envelope envelope);
}
