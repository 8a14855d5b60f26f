package io.gatehouse.devhost;

import com.azure.storage.common.policy.RequestRetryOptions;
import com.azure.storage.common.policy.RetryPolicyType;
import com.azure.storage.queue.QueueClient;
import com.azure.storage.queue.QueueMessageEncoding;
import com.azure.storage.queue.QueueServiceClient;
import com.azure.storage.queue.QueueServiceClientBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every queue listener of one dev host. Building them checks everything that can be checked without
 * storage (settings present, queue names valid, entry points bindable), so a mistake stops the
 * start before any message is touched; starting them then creates the queues and begins polling.
 */
final class QueueListeners implements AutoCloseable {

    /**
     * Fewer and shorter retries than the SDK's defaults (4 tries, up to 2 minutes apart): a local
     * emulator either answers at once or is down, and a listener retries on its own schedule
     * anyway.
     */
    private static final RequestRetryOptions RETRIES =
            new RequestRetryOptions(
                    RetryPolicyType.EXPONENTIAL,
                    3,
                    Duration.ofSeconds(30),
                    Duration.ofMillis(200),
                    Duration.ofSeconds(2),
                    null);

    private final List<QueueListener> listeners;
    private final Duration shutdownGracePeriod;

    private QueueListeners(List<QueueListener> listeners, Duration shutdownGracePeriod) {
        this.listeners = List.copyOf(listeners);
        this.shutdownGracePeriod = shutdownGracePeriod;
    }

    /**
     * For a dev host started without app settings: queue functions are listed, not delivered to.
     */
    static QueueListeners none() {
        return new QueueListeners(List.of(), Duration.ZERO);
    }

    /**
     * One listener per queue-triggered function, not yet started.
     *
     * @throws IllegalStateException when a function's connection setting is missing, its queue name
     *     does not resolve to a valid one, or its entry point cannot be bound
     */
    static QueueListeners create(
            FunctionAppMetadata metadata,
            AppSettings settings,
            FunctionInstances instances,
            Duration shutdownGracePeriod) {
        Map<String, QueueServiceClient> clientsByConnectionString = new HashMap<>();
        List<QueueListener> listeners = new ArrayList<>();
        for (QueueFunctionMetadata function : metadata.queueFunctions()) {
            try {
                requireOnlyTheTrigger(function);
                FunctionInvoker<QueueInvocation> invoker =
                        FunctionInvoker.forQueueFunction(function, instances);
                QueueServiceClient account =
                        clientsByConnectionString.computeIfAbsent(
                                settings.connectionString(function.connection()),
                                QueueListeners::serviceClient);
                String queueName = QueueNames.normalize(settings.resolve(function.queueName()));
                Optional<QueueClient> poisonQueue =
                        QueueNames.poisonQueueFor(queueName).map(account::getQueueClient);
                QueueMessageProcessor processor =
                        new QueueMessageProcessor(
                                function.functionName(),
                                invoker,
                                metadata.queuesOptions(),
                                poisonQueue);
                listeners.add(
                        new QueueListener(
                                function.functionName(),
                                account.getQueueClient(queueName),
                                processor,
                                metadata.queuesOptions(),
                                QueueListener.MESSAGE_LEASE,
                                instances.classLoader()));
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw new IllegalStateException(
                        "queue function " + function.functionName() + ": " + e.getMessage(), e);
            }
        }
        return new QueueListeners(listeners, shutdownGracePeriod);
    }

    /**
     * Starts every listener; if one cannot start, the caller closes them all (closing an unstarted
     * one is fine).
     */
    void start() {
        listeners.forEach(QueueListener::start);
    }

    /** One line per listener, with the queue name as resolved from the app settings. */
    Stream<String> describe() {
        return listeners.stream()
                .map(
                        listener ->
                                listener.functionName() + ": queueTrigger " + listener.queueName());
    }

    /**
     * Stops all listeners together, so the grace period is shared rather than spent once per
     * listener.
     */
    @Override
    public void close() {
        listeners.forEach(QueueListener::stopPolling);
        Instant deadline = Instant.now().plus(shutdownGracePeriod);
        listeners.forEach(listener -> listener.drain(deadline));
    }

    /**
     * A client that leaves message text as stored: the listener decodes per host.json itself, and a
     * poison copy must carry the original text, not a re-encoding of it.
     */
    private static QueueServiceClient serviceClient(String connectionString) {
        return new QueueServiceClientBuilder()
                .connectionString(connectionString)
                .messageEncoding(QueueMessageEncoding.NONE)
                .retryOptions(RETRIES)
                .buildClient();
    }

    /**
     * An output binding the dev host does not perform would silently drop what the function returns
     * or sets.
     */
    private static void requireOnlyTheTrigger(QueueFunctionMetadata function) {
        List<String> others =
                function.bindingNames().stream()
                        .filter(name -> !name.equals(function.triggerBindingName()))
                        .toList();
        if (!others.isEmpty()) {
            throw new IllegalArgumentException(
                    "the dev host binds only the queue trigger, but function.json also "
                            + "declares "
                            + others);
        }
    }
}
