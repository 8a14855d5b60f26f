package io.gatehouse.devhost;

import static io.gatehouse.testing.FreePorts.freePort;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.azure.storage.queue.QueueClient;
import com.azure.storage.queue.QueueClientBuilder;
import com.azure.storage.queue.QueueMessageEncoding;
import com.azure.storage.queue.QueueServiceClientBuilder;
import com.azure.storage.queue.models.PeekedMessageItem;
import com.azure.storage.queue.models.QueuesSegmentOptions;
import com.azure.storage.queue.models.SendMessageResult;
import io.gatehouse.devhost.SampleQueueFunctions.Call;
import io.gatehouse.testing.AzuriteServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queue-triggered functions served by the dev host from function.json files, fed by a real Azurite.
 * Every test has its own queue, so no test sees another's messages. Waits use generous deadlines;
 * no assertion is about speed.
 */
class QueueTriggerTest {

    private static final String AZURITE_VERSION =
            System.getProperty("gatehouse.azuriteVersion", AzuriteServer.VERSION);
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final String SAMPLES = FunctionAppDirectory.QUEUE_SAMPLE_CLASS;

    @TempDir static Path azuriteDir;
    static AzuriteServer azurite;

    @TempDir Path appDir;
    String queueName;

    @BeforeAll
    static void startAzurite() throws IOException, InterruptedException {
        azurite =
                AzuriteServer.start(
                        AZURITE_VERSION,
                        freePort(),
                        azuriteDir,
                        Files.createDirectories(azuriteDir.resolve("data")));
    }

    @AfterAll
    static void stopAzurite() {
        if (azurite != null) {
            azurite.close();
        }
    }

    @BeforeEach
    void freshQueueAndSamples() {
        SampleQueueFunctions.reset();
        queueName = "devhost-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A failed test must not leave sample calls blocked on a gate into the next one. */
    @AfterEach
    void openTheGate() {
        SampleQueueFunctions.gate.countDown();
    }

    @Test
    void deliversABase64MessageOnceAndDeletesIt() throws Exception {
        FunctionAppDirectory app = appWith("Record", "record");
        producer().sendMessage("{\"type\":\"client.created\"}");

        try (DevHost host = startWithStorage(app)) {
            awaitQueueEmpty(queueName);
        }

        assertThat(SampleQueueFunctions.COMPLETED)
                .singleElement()
                .satisfies(
                        call -> {
                            assertThat(call.message()).isEqualTo("{\"type\":\"client.created\"}");
                            assertThat(call.dequeueCount()).isEqualTo(1);
                            assertThat(call.functionName()).isEqualTo("Record");
                            assertThat(call.invocationId()).matches("[0-9a-f-]{36}");
                        });
    }

    @Test
    void bindsTheMessageMetadataTheHostOffers() throws Exception {
        FunctionAppDirectory app = appWith("Record", "record");
        SendMessageResult sent = producer().sendMessage("metadata");

        try (DevHost host = startWithStorage(app)) {
            awaitThat(
                    "the message was delivered", () -> SampleQueueFunctions.COMPLETED.size() == 1);
        }

        Call call = SampleQueueFunctions.COMPLETED.peek();
        assertThat(call.id()).isEqualTo(sent.getMessageId());
        assertThat(call.dequeueCount()).isEqualTo(1);
        assertThat(call.popReceipt()).isNotBlank();
        assertThat(OffsetDateTime.parse(call.insertionTime())).isEqualTo(sent.getInsertionTime());
        assertThat(OffsetDateTime.parse(call.nextVisibleTime())).isAfter(sent.getInsertionTime());
    }

    @Test
    void retriesAFailingMessageUntilItSucceedsOnTheFifthAttempt() throws Exception {
        FunctionAppDirectory app = appWith("SucceedOnFifthAttempt", "succeedOnFifthAttempt");
        producer().sendMessage("eventually");

        try (DevHost host = startWithStorage(app)) {
            awaitQueueEmpty(queueName);
        }

        assertThat(SampleQueueFunctions.ATTEMPTS)
                .extracting(Call::dequeueCount)
                .containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(SampleQueueFunctions.completedMessages()).containsExactly("eventually");
        assertThat(queueExists(queueName + "-poison")).isFalse();
    }

    @Test
    void movesAMessageThatAlwaysFailsToThePoisonQueueUnchangedAfterFiveAttempts() throws Exception {
        FunctionAppDirectory app = appWith("AlwaysFail", "alwaysFail");
        String body = "{\"id\":\"évènement-1\"}";
        producer().sendMessage(body);
        String storedText =
                Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8));

        try (DevHost host = startWithStorage(app)) {
            awaitThat(
                    "the message reached the poison queue",
                    () -> messageCount(queueName + "-poison") == 1);
            awaitQueueEmpty(queueName);
        }

        assertThat(SampleQueueFunctions.ATTEMPTS)
                .extracting(Call::dequeueCount)
                .containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(SampleQueueFunctions.ATTEMPTS).extracting(Call::message).containsOnly(body);
        assertThat(peekTexts(queueName + "-poison")).containsExactly(storedText);
    }

    @Test
    void takesMaxDequeueCountFromHostJson() throws Exception {
        FunctionAppDirectory app =
                appWith("AlwaysFail", "alwaysFail").queueSettings(Map.of("maxDequeueCount", 2));
        producer().sendMessage("twice");

        try (DevHost host = startWithStorage(app)) {
            awaitThat(
                    "the message reached the poison queue",
                    () -> messageCount(queueName + "-poison") == 1);
            awaitQueueEmpty(queueName);
        }

        assertThat(SampleQueueFunctions.ATTEMPTS)
                .extracting(Call::dequeueCount)
                .containsExactly(1L, 2L);
    }

    @Test
    void waitsTheVisibilityTimeoutFromHostJsonBeforeRetrying() throws Exception {
        Duration visibilityTimeout = Duration.ofSeconds(2);
        FunctionAppDirectory app =
                appWith("FailFirstAttempt", "failFirstAttempt")
                        .queueSettings(Map.of("visibilityTimeout", "00:00:02"));
        producer().sendMessage("later");

        try (DevHost host = startWithStorage(app)) {
            awaitThat("the retry succeeded", () -> SampleQueueFunctions.COMPLETED.size() == 1);
        }

        long failedAt = SampleQueueFunctions.FAILED.peek().atNanos();
        Call retry = SampleQueueFunctions.COMPLETED.peek();
        assertThat(retry.dequeueCount()).isEqualTo(2);
        assertThat(Duration.ofNanos(retry.atNanos() - failedAt))
                .isGreaterThanOrEqualTo(visibilityTimeout);
    }

    @Test
    void movesAMessageThatIsNotBase64ToThePoisonQueueWithoutInvokingTheFunction() throws Exception {
        FunctionAppDirectory app = appWith("Record", "record");
        rawProducer().sendMessage("plain text, not base64!");

        try (DevHost host = startWithStorage(app)) {
            awaitThat(
                    "the message reached the poison queue",
                    () -> messageCount(queueName + "-poison") == 1);
            awaitQueueEmpty(queueName);
        }

        assertThat(SampleQueueFunctions.COMPLETED).isEmpty();
        assertThat(peekTexts(queueName + "-poison")).containsExactly("plain text, not base64!");
    }

    @Test
    void passesTheTextAsStoredWhenMessageEncodingIsNone() throws Exception {
        FunctionAppDirectory app =
                appWith("Record", "record").queueSettings(Map.of("messageEncoding", "none"));
        rawProducer().sendMessage("{\"plain\":true}");

        try (DevHost host = startWithStorage(app)) {
            awaitQueueEmpty(queueName);
        }

        assertThat(SampleQueueFunctions.completedMessages()).containsExactly("{\"plain\":true}");
    }

    @Test
    void deliversEveryMessageThatWaitedWhileNoListenerRan() throws Exception {
        FunctionAppDirectory app = appWith("Record", "record");
        List<String> bodies = IntStream.rangeClosed(1, 40).mapToObj(i -> "waiting-" + i).toList();
        QueueClient producer = producer();
        bodies.forEach(producer::sendMessage);

        try (DevHost host = startWithStorage(app)) {
            awaitQueueEmpty(queueName);
        }

        assertThat(SampleQueueFunctions.completedMessages())
                .containsExactlyInAnyOrderElementsOf(bodies);
        assertThat(SampleQueueFunctions.COMPLETED).extracting(Call::dequeueCount).containsOnly(1L);
    }

    @Test
    void leavesMessagesInTheQueueWhenStartedWithoutAppSettings() throws Exception {
        FunctionAppDirectory app = appWith("Record", "record");
        producer().sendMessage("not yet");

        try (DevHost host = DevHost.start(app.path(), 0)) {
            // Proving an absence takes a wait: two of the dev host's longest polling intervals.
            Thread.sleep(QueuesExtensionOptions.DEV_HOST_POLLING_CAP.multipliedBy(2).toMillis());
            assertThat(SampleQueueFunctions.COMPLETED).isEmpty();
            assertThat(messageCount(queueName)).isEqualTo(1);
        }
        try (DevHost host = startWithStorage(app)) {
            awaitQueueEmpty(queueName);
        }

        assertThat(SampleQueueFunctions.completedMessages()).containsExactly("not yet");
    }

    @Test
    void runsAWholeBatchAtOnceAndFetchesTheNextAtNewBatchThreshold() throws Exception {
        // With newBatchThreshold 0 the next batch waits until the current one is done: exactly
        // batchSize at once.
        FunctionAppDirectory app =
                appWith("Rendezvous", "rendezvous")
                        .queueSettings(Map.of("batchSize", 4, "newBatchThreshold", 0));
        SampleQueueFunctions.rendezvous = new CyclicBarrier(4);
        QueueClient producer = producer();
        IntStream.rangeClosed(1, 8).forEach(i -> producer.sendMessage("party-" + i));

        try (DevHost host = startWithStorage(app)) {
            awaitQueueEmpty(queueName);
        }

        // Each call returns only once four run together, so all eight completing proves four ran at
        // once.
        assertThat(SampleQueueFunctions.COMPLETED).hasSize(8);
        assertThat(SampleQueueFunctions.MOST_RUNNING_AT_ONCE.get()).isEqualTo(4);
    }

    @Test
    void closingLetsRunningFunctionsFinishAndLosesNothing() throws Exception {
        FunctionAppDirectory app =
                appWith("WaitForGate", "waitForGate")
                        .queueSettings(Map.of("batchSize", 3, "newBatchThreshold", 0));
        SampleQueueFunctions.gate = new CountDownLatch(1);
        List<String> bodies = IntStream.rangeClosed(1, 9).mapToObj(i -> "graceful-" + i).toList();
        QueueClient producer = producer();
        bodies.forEach(producer::sendMessage);

        try (DevHost first = startWithStorage(app)) {
            awaitThat("a batch is running", () -> SampleQueueFunctions.ATTEMPTS.size() == 3);
            CompletableFuture<Void> closing = CompletableFuture.runAsync(first::close);
            Thread.sleep(200); // let close() begin before the running calls may finish
            SampleQueueFunctions.gate.countDown();
            closing.get();
        }
        assertThat(SampleQueueFunctions.COMPLETED).hasSizeGreaterThanOrEqualTo(3);

        try (DevHost second = startWithStorage(app)) {
            awaitQueueEmpty(queueName);
        }

        assertThat(SampleQueueFunctions.completedMessages())
                .containsExactlyInAnyOrderElementsOf(bodies);
        assertThat(SampleQueueFunctions.ATTEMPTS).extracting(Call::dequeueCount).containsOnly(1L);
    }

    @Test
    void closingReleasesTheMessagesOfFunctionsThatOutliveTheGracePeriod() throws Exception {
        FunctionAppDirectory app =
                appWith("WaitForGateIgnoringInterrupts", "waitForGateIgnoringInterrupts")
                        .queueSettings(Map.of("batchSize", 3, "newBatchThreshold", 0));
        SampleQueueFunctions.gate = new CountDownLatch(1);
        List<String> bodies = List.of("stuck-1", "stuck-2", "stuck-3");
        QueueClient producer = producer();
        bodies.forEach(producer::sendMessage);

        DevHostOptions shortGrace =
                DevHostOptions.defaults().withShutdownGracePeriod(Duration.ofMillis(300));
        try (DevHost first = DevHost.start(app.path(), 0, shortGrace, storageSettings())) {
            awaitThat("every message is running", () -> SampleQueueFunctions.ATTEMPTS.size() == 3);
        }
        // The first host's calls are still running (they ignore the interrupt), yet their messages
        // are back in the
        // queue at once; without the release they would stay hidden for the ten-minute lease.
        try (DevHost second = startWithStorage(app)) {
            awaitThat(
                    "the second host received every message",
                    () -> SampleQueueFunctions.ATTEMPTS.size() == 6);
            SampleQueueFunctions.gate.countDown();
            awaitQueueEmpty(queueName);
        }

        assertThat(SampleQueueFunctions.ATTEMPTS)
                .filteredOn(call -> call.dequeueCount() == 2)
                .extracting(Call::message)
                .containsExactlyInAnyOrderElementsOf(bodies);
        assertThat(queueExists(queueName + "-poison")).isFalse();
    }

    @Test
    void renewsTheLeaseOfAMessageWhoseFunctionOutlivesIt() throws Exception {
        // A listener built by hand with a two-second lease, as the host's ten minutes cannot be
        // waited out here.
        QueueFunctionMetadata function =
                FunctionAppMetadata.read(appWith("WaitForGate", "waitForGate").path())
                        .queueFunctions()
                        .getFirst();
        QueueMessageProcessor processor =
                new QueueMessageProcessor(
                        function.functionName(),
                        FunctionInvoker.forQueueFunction(
                                function, FunctionInstances.load(getClass().getClassLoader())),
                        QueuesExtensionOptions.defaults(),
                        Optional.of(rawClient(queueName + "-poison")));
        QueueListener listener =
                new QueueListener(
                        function.functionName(),
                        rawClient(queueName),
                        processor,
                        QueuesExtensionOptions.defaults(),
                        Duration.ofSeconds(2),
                        getClass().getClassLoader());
        SampleQueueFunctions.gate = new CountDownLatch(1);
        producer().sendMessage("long-running");

        listener.start();
        try {
            awaitThat("the function is running", () -> SampleQueueFunctions.ATTEMPTS.size() == 1);
            // Past the lease: without renewal the message would be visible again and received a
            // second time.
            Thread.sleep(3_000);
            assertThat(SampleQueueFunctions.ATTEMPTS).hasSize(1);
            SampleQueueFunctions.gate.countDown();
            // Deleting needs the receipt of the latest renewal; with a stale one the message would
            // come back.
            awaitQueueEmpty(queueName);
        } finally {
            listener.drain(Instant.now());
        }

        assertThat(SampleQueueFunctions.COMPLETED)
                .extracting(Call::dequeueCount)
                .containsExactly(1L);
    }

    @Test
    void resolvesAQueueNameFromAnAppSetting() throws Exception {
        FunctionAppDirectory app =
                FunctionAppDirectory.create(appDir, "api")
                        .queue("Record", SAMPLES + ".record", "%AuditQueue%");
        producer().sendMessage("by setting");

        Map<String, String> settings =
                Map.of(
                        FunctionAppDirectory.CONNECTION,
                        azurite.connectionString(),
                        "AuditQueue",
                        queueName);
        try (DevHost host = DevHost.start(app.path(), 0, DevHostOptions.defaults(), settings)) {
            awaitQueueEmpty(queueName);
        }

        assertThat(SampleQueueFunctions.completedMessages()).containsExactly("by setting");
    }

    @Test
    void refusesToStartWhenTheConnectionSettingIsMissing() {
        FunctionAppDirectory app = appWith("Record", "record");

        assertThatThrownBy(() -> DevHost.start(app.path(), 0, DevHostOptions.defaults(), Map.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Record")
                .hasMessageContaining("AzureWebJobsStorage");
    }

    @Test
    void refusesToStartWhenAParameterCannotBeBound() {
        FunctionAppDirectory app = appWith("WrongMessageType", "wrongMessageType");

        assertThatThrownBy(() -> startWithStorage(app))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("WrongMessageType")
                .hasMessageContaining("@QueueTrigger");
    }

    private FunctionAppDirectory appWith(String functionName, String method) {
        return FunctionAppDirectory.create(appDir, "api")
                .queue(functionName, SAMPLES + "." + method, queueName);
    }

    private static DevHost startWithStorage(FunctionAppDirectory app) throws IOException {
        return DevHost.start(app.path(), 0, DevHostOptions.defaults(), storageSettings());
    }

    private static Map<String, String> storageSettings() {
        return Map.of(FunctionAppDirectory.CONNECTION, azurite.connectionString());
    }

    /** Sends as Gatehouse's producers do: base64, which the host expects by default. */
    private QueueClient producer() {
        QueueClient client =
                new QueueClientBuilder()
                        .connectionString(azurite.connectionString())
                        .queueName(queueName)
                        .messageEncoding(QueueMessageEncoding.BASE64)
                        .buildClient();
        client.createIfNotExists();
        return client;
    }

    /** Sends text exactly as given, as a producer that forgot base64 would. */
    private QueueClient rawProducer() {
        QueueClient client = rawClient(queueName);
        client.createIfNotExists();
        return client;
    }

    /** Reads and writes message text exactly as stored. */
    private static QueueClient rawClient(String queue) {
        return new QueueClientBuilder()
                .connectionString(azurite.connectionString())
                .queueName(queue)
                .buildClient();
    }

    /**
     * All messages, visible or not, as the service counts them; 0 for a queue that does not exist.
     */
    private static long messageCount(String queue) {
        return queueExists(queue)
                ? rawClient(queue).getProperties().getApproximateMessagesCountLong()
                : 0;
    }

    /**
     * Asked by listing, not by a request that fails with 404 (which the SDK logs as an error).
     * Metadata is included only because Azurite refuses the empty {@code include=} the SDK sends
     * otherwise.
     */
    private static boolean queueExists(String queue) {
        return new QueueServiceClientBuilder()
                        .connectionString(azurite.connectionString())
                        .buildClient()
                        .listQueues(
                                new QueuesSegmentOptions()
                                        .setPrefix(queue)
                                        .setIncludeMetadata(true),
                                null,
                                null)
                        .stream()
                        .anyMatch(item -> item.getName().equals(queue));
    }

    private static List<String> peekTexts(String queue) {
        return rawClient(queue).peekMessages(32, null, null).stream()
                .map(PeekedMessageItem::getBody)
                .map(Object::toString)
                .toList();
    }

    private static void awaitQueueEmpty(String queue) throws InterruptedException {
        awaitThat("queue " + queue + " is empty", () -> messageCount(queue) == 0);
    }

    private static void awaitThat(String condition, BooleanSupplier check)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(DEADLINE);
        while (!check.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                fail("gave up waiting until " + condition);
            }
            Thread.sleep(50);
        }
    }
}
