package io.gatehouse.platform;

import static io.gatehouse.testing.FreePorts.freePort;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.storage.queue.QueueClient;
import com.azure.storage.queue.QueueClientBuilder;
import com.azure.storage.queue.models.QueueMessageItem;
import io.gatehouse.testing.AzuriteServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sending to a real Azurite: the message is stored base64-encoded, as the queue trigger expects.
 */
class StorageQueueSenderTest {

    static AzuriteServer azurite;

    @BeforeAll
    static void startAzurite() throws Exception {
        Path dir = Files.createTempDirectory("azurite-sender");
        azurite = AzuriteServer.start(AzuriteServer.VERSION, freePort(), dir, dir);
    }

    @AfterAll
    static void stopAzurite() {
        azurite.close();
    }

    @Test
    void anEnvelopeArrivesBase64EncodedAndIntact() {
        StorageQueueSender sender =
                StorageQueueSender.from(
                        Settings.of(Map.of("AzureWebJobsStorage", azurite.connectionString())));
        Envelope sent =
                new Envelope(
                        UUID.randomUUID(),
                        "audit.event",
                        UUID.randomUUID(),
                        "corr-1",
                        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
                        Instant.now().truncatedTo(ChronoUnit.MICROS),
                        Json.mapper().createObjectNode().put("action", "phi.read"));

        sender.send("sender-test", sent);

        QueueClient raw =
                new QueueClientBuilder()
                        .connectionString(azurite.connectionString())
                        .queueName("sender-test")
                        .buildClient();
        QueueMessageItem stored = raw.receiveMessage();
        String decoded =
                new String(
                        Base64.getDecoder().decode(stored.getBody().toString()),
                        StandardCharsets.UTF_8);
        assertThat(Envelope.fromJson(decoded)).isEqualTo(sent);
        assertThat(sender.isReachable()).isTrue();
    }

    @Test
    void anUnreachableQueueServiceIsAClearFailure() throws Exception {
        String nowhere =
                azurite.connectionString()
                        .replaceAll(
                                "QueueEndpoint=http://127.0.0.1:\\d+/",
                                "QueueEndpoint=http://127.0.0.1:" + freePort() + "/");
        StorageQueueSender sender =
                StorageQueueSender.from(Settings.of(Map.of("AzureWebJobsStorage", nowhere)));
        Envelope envelope =
                new Envelope(
                        UUID.randomUUID(),
                        "audit.event",
                        null,
                        "c",
                        null,
                        Instant.now(),
                        Json.mapper().createObjectNode());

        assertThatThrownBy(() -> sender.send("sender-test", envelope))
                .isInstanceOf(QueueUnavailableException.class);
        assertThat(sender.isReachable()).isFalse();
    }

    @Test
    void envelopesRefuseIncompleteOrForeignJson() {
        assertThatThrownBy(() -> Envelope.fromJson("{\"id\":\"" + UUID.randomUUID() + "\"}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Envelope.fromJson("not json"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
