package io.gatehouse.consumers;

import java.util.Optional;

/**
 * What the Functions host says about one delivery of a message.
 *
 * @param dequeueCount how many times the queue has handed this message out, this time included; 0
 *     when unknown (a direct call)
 * @param hostTraceparent the trace the host started for this invocation, if any
 */
record Delivery(long dequeueCount, Optional<String> hostTraceparent) {

    /** A call from outside the host (tests, tools): no dequeue count, no host trace. */
    public static Delivery direct() {
        return new Delivery(0, Optional.empty());
    }

    boolean isLastAttempt() {
        return dequeueCount >= MessagePipeline.MAX_DEQUEUE_COUNT;
    }
}
