package io.gatehouse.audit;

import static io.gatehouse.db.Tables.AUDIT_EVENTS;
import static io.gatehouse.db.Tables.AUDIT_OUTBOX;
import static io.gatehouse.db.Tables.TENANTS;
import static io.gatehouse.testing.FreePorts.freePort;
import static org.assertj.core.api.Assertions.assertThat;

import com.azure.storage.queue.QueueClient;
import com.azure.storage.queue.QueueClientBuilder;
import com.azure.storage.queue.QueueMessageEncoding;
import com.azure.storage.queue.models.PeekedMessageItem;
import com.fasterxml.jackson.databind.JsonNode;
import io.gatehouse.consumers.MessagePipeline;
import io.gatehouse.consumers.TimerSummary;
import io.gatehouse.evidence.AuditBatches;
import io.gatehouse.evidence.AuditEnvelopes;
import io.gatehouse.evidence.AuditEvent;
import io.gatehouse.evidence.AuditOutbox;
import io.gatehouse.observability.Tracing;
import io.gatehouse.platform.Envelope;
import io.gatehouse.platform.Json;
import io.gatehouse.platform.QueueSender;
import io.gatehouse.platform.QueueUnavailableException;
import io.gatehouse.platform.Settings;
import io.gatehouse.platform.StorageQueueSender;
import io.gatehouse.testing.AzuriteServer;
import io.gatehouse.testing.TestClock;
import io.opentelemetry.api.OpenTelemetry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jooq.Record2;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outbox re-sender's method, run directly (the dev host does not run timer triggers) against
 * the real database, through the runtime login under row-level security, and a real Azurite queue.
 * Time is a test clock, so "a minute later" needs no waiting.
 */
class AuditOutboxResenderTest {

    @TempDir static Path azuriteDir;
    static AzuriteServer azurite;
    static QueueClient queue;
    static StorageQueueSender sender;

    final AuditDatabase audit = AuditDatabase.shared();
    final TestClock clock = new TestClock(Instant.now());
    final Queue<LogRecord> warnings = new ConcurrentLinkedQueue<>();

    /**
     * The rows this test wrote, removed afterwards: the database is shared, and the re-sender scans
     * all of it.
     */
    final List<Envelope> written = new ArrayList<>();

    final Logger log = Logger.getLogger(AuditOutboxResender.class.getName());
    final Handler capture =
            new Handler() {
                @Override
                public void publish(LogRecord record) {
                    if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                        warnings.add(record);
                    }
                }

                @Override
                public void flush() {}

                @Override
                public void close() {}
            };

    @BeforeAll
    static void startAzurite() throws IOException, InterruptedException {
        azurite =
                AzuriteServer.start(
                        AzuriteServer.VERSION,
                        freePort(),
                        azuriteDir,
                        Files.createDirectories(azuriteDir.resolve("data")));
        sender =
                StorageQueueSender.from(
                        Settings.of(Map.of("AzureWebJobsStorage", azurite.connectionString())));
        queue =
                new QueueClientBuilder()
                        .connectionString(azurite.connectionString())
                        .queueName(AuditEnvelopes.QUEUE)
                        .messageEncoding(QueueMessageEncoding.BASE64)
                        .buildClient();
        queue.createIfNotExists();
    }

    @AfterAll
    static void stopAzurite() {
        if (azurite != null) {
            azurite.close();
        }
    }

    @BeforeEach
    void emptyQueueAndCaptureWarnings() {
        queue.clearMessages();
        log.addHandler(capture);
    }

    @AfterEach
    void stopCapturingAndRemoveRows() {
        log.removeHandler(capture);
        for (Envelope envelope : written) {
            UUID chain =
                    envelope.customerId() == null
                            ? AuditEvent.PLATFORM_CHAIN
                            : envelope.customerId();
            audit.inChainScope(
                    chain,
                    db ->
                            db.deleteFrom(AUDIT_OUTBOX)
                                    .where(AUDIT_OUTBOX.EVENT_ID.eq(envelope.id()))
                                    .execute());
        }
    }

    @Test
    void eventsInTheOutboxAreShippedPerChainAndMarked() throws Exception {
        UUID tenantA = registeredTenant();
        UUID tenantB = registeredTenant();
        Envelope ofA = outboxed(tenantA);
        Envelope ofB = outboxed(tenantB);
        Envelope ofPlatform = outboxed(AuditEvent.PLATFORM_CHAIN);
        clock.advance(Duration.ofSeconds(61));

        resendDue(sender);

        // Compared as JSON values: jsonb keeps an object's members in an order of its own.
        assertThat(queuedEvents())
                .contains(
                        tree(ofA.payload().toString()),
                        tree(ofB.payload().toString()),
                        tree(ofPlatform.payload().toString()));
        assertThat(queuedJson())
                .as("one message per chain")
                .hasSize(3)
                .allSatisfy(json -> assertThat(json).contains(AuditBatches.TYPE));
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (var sent :
                List.of(
                        List.of(tenantA, ofA.id()),
                        List.of(tenantB, ofB.id()),
                        List.of(AuditEvent.PLATFORM_CHAIN, ofPlatform.id()))) {
            Record2<Integer, OffsetDateTime> row = outboxRow(sent.get(0), sent.get(1));
            assertThat(row.value1()).as("resends").isEqualTo(1);
            assertThat(row.value2().toInstant())
                    .isEqualTo(now.toInstant().truncatedTo(ChronoUnit.MICROS));
        }
    }

    @Test
    void aRowIsShippedAtOnceAndThenLeftAloneForAMinuteAfterEachSend() throws Exception {
        UUID tenant = registeredTenant();
        Envelope envelope = outboxed(tenant);

        resendDue(sender);
        assertThat(queuedIds()).as("never sent: shipped at once").contains(envelope.id());

        clock.advance(Duration.ofSeconds(30));
        resendDue(sender);
        clock.advance(Duration.ofSeconds(29));
        resendDue(sender);
        assertThat(queuedIds())
                .as("sent once, not again within the minute")
                .containsOnlyOnce(envelope.id());

        clock.advance(Duration.ofSeconds(2));
        resendDue(sender);
        assertThat(queuedIds().stream().filter(envelope.id()::equals)).hasSize(2);
        clock.advance(Duration.ofSeconds(59));
        resendDue(sender);
        assertThat(queuedIds().stream().filter(envelope.id()::equals)).hasSize(2);
        assertThat(outboxRow(tenant, envelope.id()).value1()).isEqualTo(2);
    }

    @Test
    void afterTenSendsARowIsNoLongerSentAndAWarningNamesTheEvent() throws Exception {
        UUID tenant = registeredTenant();
        Envelope envelope = outboxed(tenant);

        for (int run = 0; run < 12; run++) {
            clock.advance(Duration.ofSeconds(61));
            resendDue(sender);
        }

        assertThat(queuedIds().stream().filter(envelope.id()::equals))
                .hasSize(AuditOutboxResender.MAX_SENDS);
        assertThat(outboxRow(tenant, envelope.id()).value1())
                .isEqualTo(AuditOutboxResender.MAX_SENDS);
        assertThat(warnings)
                .filteredOn(record -> record.getMessage().contains(envelope.id().toString()))
                .singleElement()
                .satisfies(record -> assertThat(record.getMessage()).contains("no more sends"));
    }

    @Test
    void aResentEventIsWrittenAndLeavesTheOutbox() throws Exception {
        UUID tenant = registeredTenant();
        Envelope envelope = outboxed(tenant);
        clock.advance(Duration.ofMinutes(2));
        resendDue(sender);

        String delivered =
                queuedJson().stream()
                        .filter(json -> json.contains(envelope.id().toString()))
                        .findFirst()
                        .orElseThrow();
        new MessagePipeline(
                        audit.transactions, new Tracing(OpenTelemetry.noop()), clock, Duration.ZERO)
                .consume(Envelope.fromJson(delivered), new AuditWriter());

        assertThat(
                        audit.countAsTenant(
                                tenant, AUDIT_OUTBOX, AUDIT_OUTBOX.EVENT_ID.eq(envelope.id())))
                .isZero();
        assertThat(
                        audit.countAsTenant(
                                tenant, AUDIT_EVENTS, AUDIT_EVENTS.EVENT_ID.eq(envelope.id())))
                .isEqualTo(1);
    }

    @Test
    void withTheQueueDownNothingIsMarkedAndTheNextRunSends() throws Exception {
        UUID tenant = registeredTenant();
        Envelope envelope = outboxed(tenant);
        clock.advance(Duration.ofMinutes(2));
        QueueSender queueDown =
                (name, message) -> {
                    throw new QueueUnavailableException(
                            name, new IOException("connection refused"));
                };

        resendDue(queueDown);

        Record2<Integer, OffsetDateTime> row = outboxRow(tenant, envelope.id());
        assertThat(row.value1()).isZero();
        assertThat(row.value2()).isNull();

        resendDue(sender);
        assertThat(queuedIds()).contains(envelope.id());
    }

    @Test
    void manyEventsOfAChainTravelInFewMessagesInTheirOrderEachWithinTheQueueLimit()
            throws Exception {
        UUID tenant = registeredTenant();
        List<UUID> inOrder = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            inOrder.add(outboxed(tenant).id());
        }

        assertThat(resendDue(sender).done()).isEqualTo(120);

        List<String> messages = queuedJson();
        assertThat(messages.size()).as("messages for 120 events").isBetween(2, 12);
        assertThat(messages)
                .allSatisfy(
                        json ->
                                assertThat(
                                                java.util.Base64.getEncoder()
                                                        .encodeToString(
                                                                json.getBytes(
                                                                        java.nio.charset
                                                                                .StandardCharsets
                                                                                .UTF_8))
                                                        .length())
                                        .as("base64 message size")
                                        .isLessThanOrEqualTo(64 * 1024));
        List<UUID> shipped = new ArrayList<>();
        messages.stream()
                .map(Envelope::fromJson)
                .sorted(java.util.Comparator.comparing(Envelope::occurredAt))
                .forEach(
                        batch ->
                                AuditBatches.eventsOf(batch)
                                        .forEach(event -> shipped.add(event.eventId())));
        assertThat(shipped).containsExactlyElementsOf(inOrder);
    }

    /** One run of the timer, through the message pipeline with the test's clock. */
    private TimerSummary resendDue(QueueSender queues) {
        return new MessagePipeline(
                        audit.transactions, new Tracing(OpenTelemetry.noop()), clock, Duration.ZERO)
                .run(
                        new AuditOutboxResender(queues, new Tracing(OpenTelemetry.noop())),
                        Optional.empty());
    }

    private UUID registeredTenant() {
        UUID tenant = UUID.randomUUID();
        audit.transactions.inPlatformScope(
                db ->
                        db.insertInto(TENANTS)
                                .set(TENANTS.CUSTOMER_ID, tenant)
                                .set(TENANTS.NAME, "Outbox test")
                                .set(TENANTS.SLUG, "outbox-" + tenant.toString().substring(0, 8))
                                .execute());
        return tenant;
    }

    /** An event committed to the outbox whose send after commit never happened. */
    private Envelope outboxed(UUID chain) {
        Envelope envelope =
                audit.inChainScope(chain, db -> AuditOutbox.add(db, AuditSamples.event(chain)));
        written.add(envelope);
        // The row's created_at is the real time of the add; the test's clock starts there.
        clock.set(Instant.now());
        return envelope;
    }

    private Record2<Integer, OffsetDateTime> outboxRow(UUID chain, UUID eventId) {
        return audit.inChainScope(
                chain,
                db ->
                        db.select(AUDIT_OUTBOX.RESENDS, AUDIT_OUTBOX.LAST_SENT_AT)
                                .from(AUDIT_OUTBOX)
                                .where(AUDIT_OUTBOX.EVENT_ID.eq(eventId))
                                .fetchSingle());
    }

    private static List<String> queuedJson() {
        return queue.peekMessages(32, null, null).stream()
                .map(PeekedMessageItem::getBody)
                .map(Object::toString)
                .toList();
    }

    private static JsonNode tree(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ids of the events the queued messages carry, batches unpacked. */
    private static List<UUID> queuedIds() {
        return queuedJson().stream()
                .flatMap(json -> AuditBatches.eventsOf(Envelope.fromJson(json)).stream())
                .map(AuditEvent::eventId)
                .toList();
    }

    private static List<JsonNode> queuedEvents() {
        List<JsonNode> events = new ArrayList<>();
        queuedJson()
                .forEach(
                        json ->
                                Envelope.fromJson(json)
                                        .payload()
                                        .get("events")
                                        .forEach(events::add));
        return events;
    }
}
