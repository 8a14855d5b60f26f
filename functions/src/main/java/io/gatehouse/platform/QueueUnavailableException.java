package io.gatehouse.platform;

/** A queue could not take a message. Callers that must not proceed without it answer 503. */
public final class QueueUnavailableException extends RuntimeException {
    public QueueUnavailableException(String queue, Throwable cause) {
        super("queue " + queue + " unavailable", cause);
    }
}
