package io.gatehouse.consumers;

import io.gatehouse.platform.Envelope;

/**
 * One queue consumer, as the {@link MessagePipeline} runs it: what it accepts, how it reads its
 * payload, and its work. Everything around the work — the envelope's checks, the trace, the
 * correlation, the tenant's transactions, the audit events' outbox, waiting out a database outage,
 * the log line of a failure — is the pipeline's.
 *
 * @param <P> the decoded payload
 * @param <R> what became of the message (logged by the function, asserted by tests)
 */
public interface MessageHandler<P, R> {

    /** The queue it consumes; names the consumer span {@code process <queue>}. */
    String queue();

    /** The envelope type it accepts; any other is refused before anything runs. */
    String type();

    /**
     * Whether it accepts envelopes of {@code type}: {@link #type()} only, unless a consumer also
     * takes an older form of its messages.
     */
    default boolean accepts(String type) {
        return type().equals(type);
    }

    /**
     * The Gatehouse component its audit events name as the actor, e.g. {@code
     * gatehouse:email-sender}.
     */
    String actor();

    /**
     * Whether a message of no tenant (the platform's) is accepted; it then runs in platform scope.
     * Every other consumer refuses a message that names no tenant.
     */
    default boolean acceptsPlatformMessages() {
        return false;
    }

    /**
     * The payload, checked: a message that is not what this consumer accepts throws {@link
     * IllegalArgumentException} before any transaction begins. Redelivery cannot fix such a
     * message, so it ends in the poison queue, untouched.
     */
    P decode(Envelope envelope);

    /**
     * The work. Database work goes through {@link InboundMessage#inTransaction}, in the message's
     * tenant.
     */
    R handle(P payload, InboundMessage message);
}
