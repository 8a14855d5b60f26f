package io.gatehouse.consumers;

import io.gatehouse.platform.Envelope;
import io.gatehouse.tenancy.TransactionAccess;
import java.util.UUID;
import java.util.function.Function;

/**
 * One message as its handler sees it, the counterpart of the request pipeline's {@code Call}: the
 * checked envelope, the restored correlation id, and transactions that can only be the message's
 * own tenant's (or platform scope, for a platform message the handler accepts).
 */
public final class InboundMessage {

    private final Envelope envelope;
    private final String correlationId;
    private final MessagePipeline.Transactions transactions;

    InboundMessage(
            Envelope envelope, String correlationId, MessagePipeline.Transactions transactions) {
        this.envelope = envelope;
        this.correlationId = correlationId;
        this.transactions = transactions;
    }

    public Envelope envelope() {
        return envelope;
    }

    /** The id of the envelope: the idempotency key. */
    public UUID id() {
        return envelope.id();
    }

    /** The message's tenant; null for a platform message. */
    public UUID customerId() {
        return envelope.customerId();
    }

    /** The producer's correlation id, or a fresh one when the envelope had none fit to keep. */
    public String correlationId() {
        return correlationId;
    }

    /**
     * Runs {@code work} in one transaction of the message's chain. A database outage is waited out
     * (the whole transaction is tried again, its audit events with it) for the pipeline's budget;
     * the events of the transaction that committed are sent after the commit.
     */
    public <T> T inTransaction(Function<ConsumerTransaction, T> work) {
        return inTransaction(TransactionAccess.READ_WRITE, work);
    }

    /**
     * As {@link #inTransaction(Function)}; a read-only one (an idempotency check) refuses every
     * write.
     */
    public <T> T inTransaction(TransactionAccess access, Function<ConsumerTransaction, T> work) {
        return transactions.run(access, work);
    }
}
