package io.gatehouse.devhost;

import com.azure.storage.queue.models.QueueMessageItem;
import java.time.OffsetDateTime;

/**
 * A message as one receive returned it, before any decoding.
 *
 * @param text the message text exactly as stored (still base64 when the producer encoded it); this
 *     is what a poison copy carries, so the poison queue holds the message unchanged
 * @param popReceipt the receipt from the receive; renewing or releasing the lease replaces it, see
 *     {@link InFlightMessage}
 * @param dequeueCount how many times the message has been received, this time included
 */
record ReceivedMessage(
        String id,
        String popReceipt,
        long dequeueCount,
        OffsetDateTime insertionTime,
        OffsetDateTime expirationTime,
        OffsetDateTime nextVisibleTime,
        String text) {

    /**
     * @param item received through a client with no message encoding, so its body is the stored
     *     text
     */
    static ReceivedMessage from(QueueMessageItem item) {
        return new ReceivedMessage(
                item.getMessageId(),
                item.getPopReceipt(),
                item.getDequeueCount(),
                item.getInsertionTime(),
                item.getExpirationTime(),
                item.getTimeNextVisible(),
                item.getBody() == null ? "" : item.getBody().toString());
    }
}
