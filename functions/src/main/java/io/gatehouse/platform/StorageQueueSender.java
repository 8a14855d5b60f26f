package io.gatehouse.platform;

import com.azure.identity.DefaultAzureCredentialBuilder;
import com.azure.storage.common.policy.RequestRetryOptions;
import com.azure.storage.common.policy.RetryPolicyType;
import com.azure.storage.queue.QueueClient;
import com.azure.storage.queue.QueueMessageEncoding;
import com.azure.storage.queue.QueueServiceClient;
import com.azure.storage.queue.QueueServiceClientBuilder;
import com.azure.storage.queue.models.QueueStorageException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sends envelopes with the Azure Storage Queue SDK, base64-encoded as the Functions queue trigger
 * expects by default. Connects with {@code AzureWebJobsStorage} (a connection string: Azurite
 * locally) or, on Azure, {@code AzureWebJobsStorage__queueServiceUri} with the app's managed
 * identity — no account key anywhere. Thread-safe; one per process.
 */
public final class StorageQueueSender implements QueueSender {

    /**
     * A caller may be waiting to return PHI until its audit event is queued: a few quick retries,
     * then a clear failure (503), rather than the SDK's default of minutes.
     */
    private static final RequestRetryOptions BOUNDED_RETRIES =
            new RequestRetryOptions(
                    RetryPolicyType.EXPONENTIAL,
                    3,
                    Duration.ofSeconds(5),
                    Duration.ofMillis(200),
                    Duration.ofSeconds(2),
                    null);

    private final QueueServiceClient service;
    private final Map<String, QueueClient> queues = new ConcurrentHashMap<>();

    StorageQueueSender(QueueServiceClient service) {
        this.service = service;
    }

    public static StorageQueueSender from(Settings settings) {
        QueueServiceClientBuilder builder =
                new QueueServiceClientBuilder()
                        .messageEncoding(QueueMessageEncoding.BASE64)
                        .retryOptions(BOUNDED_RETRIES);
        var serviceUri = settings.optional("AzureWebJobsStorage__queueServiceUri");
        if (serviceUri.isPresent()) {
            var credential = new DefaultAzureCredentialBuilder();
            settings.optional("AZURE_CLIENT_ID").ifPresent(credential::managedIdentityClientId);
            builder.endpoint(serviceUri.get()).credential(credential.build());
        } else {
            builder.connectionString(settings.required("AzureWebJobsStorage"));
        }
        return new StorageQueueSender(builder.buildClient());
    }

    @Override
    public void send(String queue, Envelope envelope) {
        try {
            queueNamed(queue).sendMessage(envelope.toJson());
        } catch (RuntimeException e) {
            // The SDK reports service and transport failures as assorted unchecked exceptions.
            queues.remove(queue);
            throw new QueueUnavailableException(queue, e);
        }
    }

    /**
     * The queue whose properties the readiness probe reads. On Azure the app's identity holds queue
     * roles per queue, not on the account, so the probe asks about a queue it may read (the one
     * every request's evidence goes to) rather than the service's properties.
     */
    static final String PROBE_QUEUE = "audit-events";

    /** True when the queue service answers for the app's identity; for readiness probes. */
    public boolean isReachable() {
        try {
            service.getQueueClient(PROBE_QUEUE).getProperties();
            return true;
        } catch (QueueStorageException e) {
            // Not created yet (a fresh local emulator): the service answered, and the first send
            // creates it.
            return e.getStatusCode() == 404;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private QueueClient queueNamed(String queue) {
        return queues.computeIfAbsent(
                queue,
                name -> {
                    QueueClient client = service.getQueueClient(name);
                    client.createIfNotExists();
                    return client;
                });
    }
}
