package io.gatehouse.devhost;

import com.azure.storage.queue.QueueClient;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Handles one received message as the host's queue processor does: refuse what already failed too
 * often or cannot be decoded (straight to poison, without invoking), invoke the function, then
 * delete on success, or on failure either retry after visibilityTimeout or, on the last allowed
 * attempt, move it to {@code <queue>-poison}.
 */
final class QueueMessageProcessor {

    private static final Logger LOG = Logger.getLogger(QueueMessageProcessor.class.getName());

    private final String functionName;
    private final FunctionInvoker<QueueInvocation> invoker;
    private final QueuesExtensionOptions options;
    private final Optional<QueueClient> poisonQueue;

    /**
     * @param poisonQueue empty when the queue has none (see {@link QueueNames#poisonQueueFor})
     */
    QueueMessageProcessor(
            String functionName,
            FunctionInvoker<QueueInvocation> invoker,
            QueuesExtensionOptions options,
            Optional<QueueClient> poisonQueue) {
        this.functionName = functionName;
        this.invoker = invoker;
        this.options = options;
        this.poisonQueue = poisonQueue;
    }

    void process(InFlightMessage message) {
        ReceivedMessage received = message.received();
        if (received.dequeueCount() > options.maxDequeueCount()) {
            // Earlier attempts ended without a verdict (a host stopped or crashed mid-call); the
            // host does not
            // spend another attempt on it.
            moveToPoison(
                    message,
                    "was received "
                            + received.dequeueCount()
                            + " times, more than maxDequeueCount");
            return;
        }
        Optional<byte[]> body = options.messageEncoding().decode(received.text());
        if (body.isEmpty()) {
            moveToPoison(
                    message,
                    "is not valid " + options.messageEncoding() + " (host.json messageEncoding)");
            return;
        }
        if (invoke(received, body.get())) {
            message.delete();
        } else if (poisonQueue.isEmpty()) {
            // The host's choice for a queue without a poison queue: no fast retry loop, the lease
            // decides.
            message.letLeaseExpire();
        } else if (received.dequeueCount() >= options.maxDequeueCount()) {
            moveToPoison(
                    message,
                    "failed on attempt "
                            + received.dequeueCount()
                            + " of "
                            + options.maxDequeueCount());
        } else {
            message.release(options.visibilityTimeout());
        }
    }

    /**
     * @return whether the function returned normally; a failure is logged here, as the host logs it
     */
    private boolean invoke(ReceivedMessage received, byte[] body) {
        DevExecutionContext context =
                DevExecutionContext.newInvocation(functionName, DevTraceContext.newTrace());
        try {
            invoker.invoke(new QueueInvocation(received, body, context));
            return true;
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (Throwable failure) {
            LOG.log(
                    Level.WARNING,
                    "function "
                            + functionName
                            + " failed (invocation "
                            + context.getInvocationId()
                            + ") on message "
                            + received.id()
                            + ", attempt "
                            + received.dequeueCount()
                            + " of "
                            + options.maxDequeueCount(),
                    failure);
            return false;
        }
    }

    private void moveToPoison(InFlightMessage message, String reason) {
        if (poisonQueue.isEmpty()) {
            message.letLeaseExpire();
            return;
        }
        LOG.warning(
                () ->
                        "message "
                                + message.received().id()
                                + " for function "
                                + functionName
                                + " "
                                + reason
                                + "; moving it to queue '"
                                + poisonQueue.get().getQueueName()
                                + "'");
        message.moveTo(poisonQueue.get());
    }
}
