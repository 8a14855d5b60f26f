package io.gatehouse.audit;

import static io.gatehouse.db.Tables.AUDIT_OUTBOX;
import static io.gatehouse.testing.FreePorts.freePort;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.azure.storage.queue.QueueClient;
import com.azure.storage.queue.QueueClientBuilder;
import com.azure.storage.queue.models.PeekedMessageItem;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatehouse.app.Gatehouse;
import io.gatehouse.app.ProcessApp;
import io.gatehouse.devhost.DevHost;
import io.gatehouse.devhost.DevHostOptions;
import io.gatehouse.evidence.AuditEnvelopes;
import io.gatehouse.evidence.AuditEvent;
import io.gatehouse.evidence.AuditOutbox;
import io.gatehouse.platform.DatabaseSettings;
import io.gatehouse.platform.Envelope;
import io.gatehouse.platform.Json;
import io.gatehouse.platform.Settings;
import io.gatehouse.tenancy.TenantTransactions;
import io.gatehouse.testing.AzuriteServer;
import io.gatehouse.testing.TestDatabase;
import io.gatehouse.testing.TestSecrets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Nothing lost" on the audit queue path, with every part real: envelopes sent by the app's own
 * queue sender to {@code audit-events} on Azurite, delivered by the dev host with the Functions
 * host's semantics (batches run concurrently, immediate retry, poison after the fifth failure) to
 * the real {@code audit-writer} entry point ({@link AuditFunctions#write}), which writes through
 * the runtime login into an embedded PostgreSQL that is, in one test, really stopped.
 *
 * <p>The function.json is written here the way azure-functions-maven-plugin writes it for that
 * entry point, so this runs before packaging; the packaged binding itself is exercised by
 * RealIdentityProviderE2E. Failures are planned in the database, not in Java: a trigger installed
 * by the superuser refuses the insert of chosen event ids a chosen number of times, and counts
 * every attempt with a sequence (sequences ignore rollbacks), so the count of tries is the
 * database's, not the test's.
 */
class AuditQueueDeliveryTest {

    private static final Duration DEADLINE = Duration.ofSeconds(90);
    private static final String POISON = AuditEnvelopes.QUEUE + "-poison";
    private static final AtomicInteger PLANS = new AtomicInteger();

    /**
     * Longer than five deliveries last without the writer's wait: each fails after the pool's 5 s
     * connection timeout, and host.json redelivers 2 s later, so 5 x 5 s + 4 x 2 s = 33 s.
     */
    private static final Duration OUTAGE = Duration.ofSeconds(40);

    @TempDir static Path workDir;
    static TestDatabase database;

    /** The runtime's own way in, for verifying chains in their scope. */
    static TenantTransactions runtime;

    static AzuriteServer azurite;
    static DevHost host;
    static Gatehouse app;
    static QueueClient queue;
    static QueueClient poison;

    @BeforeAll
    static void startEverything() throws Exception {
        database = TestDatabase.start();
        installFaultPlans();
        runtime =
                new TenantTransactions(
                        DatabaseSettings.from(Settings.of(database.runtimeSettings(2))));
        azurite =
                AzuriteServer.start(
                        AzuriteServer.VERSION,
                        freePort(),
                        workDir,
                        Files.createDirectories(workDir.resolve("azurite")));
        Map<String, String> settings = new HashMap<>(database.runtimeSettings(4));
        settings.put("AzureWebJobsStorage", azurite.connectionString());
        // Never contacted: no request reaches the HTTP pipeline here, and keys load on the first
        // token.
        settings.put("GATEHOUSE_OIDC_ISSUER", "https://issuer.invalid/realms/test");
        settings.put("GATEHOUSE_OIDC_AUDIENCE", "gatehouse-api");
        // Longer than the outage below, so the writer waits it out within one delivery.
        settings.put(Gatehouse.AUDIT_WRITER_OUTAGE_SECONDS, "60");
        settings.put("GATEHOUSE_SECRET_PII_HASH_KEY", TestSecrets.random());
        // the dev host wires the audit writer from this graph through the app's injector
        app = Gatehouse.create(Settings.of(settings));
        ProcessApp.install(app);
        queue = rawClient(AuditEnvelopes.QUEUE);
        queue.createIfNotExists();
        poison = rawClient(POISON);
        poison.createIfNotExists();
        host =
                DevHost.start(
                        writeAuditWriterApp(workDir.resolve("app")),
                        0,
                        DevHostOptions.defaults(),
                        Map.of("AzureWebJobsStorage", azurite.connectionString()));
    }

    @AfterAll
    static void stopEverything() throws IOException {
        if (host != null) {
            host.close();
        }
        ProcessApp.install(null);
        if (runtime != null) {
            runtime.close();
        }
        if (azurite != null) {
            azurite.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @BeforeEach
    void emptyQueues() {
        queue.clearMessages();
        poison.clearMessages();
    }

    @Test
    void theSameMessageDeliveredTwentyFourTimesAtOnceGivesOneRow() throws Exception {
        UUID tenant = UUID.randomUUID();
        Envelope envelope = envelopeOf(AuditSamples.event(tenant));
        // More copies than one batch (16): the host runs each batch's messages concurrently, so the
        // copies race for the chain head; the store decides under its lock.
        for (int copy = 0; copy < 24; copy++) {
            send(envelope);
        }

        awaitDrained();

        assertThat(rowCount(envelope.id())).isEqualTo(1);
        assertThat(poisonedIds()).isEmpty();
        assertThat(chainValid(tenant)).isTrue();
    }

    @Test
    void aWriteThatFailsFourTimesAndSucceedsOnTheFifthGivesOneRowAndNoPoison() throws Exception {
        UUID tenant = UUID.randomUUID();
        // As a request leaves it: the event in the outbox, committed with the work, then sent.
        Envelope envelope =
                runtime.inTenant(tenant, db -> AuditOutbox.add(db, AuditSamples.event(tenant)));
        String attempts = planFailures(envelope.id(), 4);
        send(envelope);

        awaitDrained();

        assertThat(attemptsCounted(attempts)).as("tries that reached the insert").isEqualTo(5);
        assertThat(rowCount(envelope.id())).isEqualTo(1);
        assertThat(poisonedIds()).isEmpty();
        assertThat(outboxCount(tenant, envelope.id()))
                .as("removed with the append that succeeded")
                .isZero();
    }

    @Test
    void aMessageThatAlwaysFailsIsPoisonedIntactAfterExactlyFiveTries() throws Exception {
        UUID tenant = UUID.randomUUID();
        Envelope envelope =
                runtime.inTenant(tenant, db -> AuditOutbox.add(db, AuditSamples.event(tenant)));
        String attempts = planFailures(envelope.id(), Integer.MAX_VALUE);
        send(envelope);

        awaitDrained();

        assertThat(attemptsCounted(attempts)).as("tries that reached the insert").isEqualTo(5);
        assertThat(rowCount(envelope.id())).isZero();
        assertThat(outboxCount(tenant, envelope.id()))
                .as("each removal rolled back with its failed append")
                .isEqualTo(1);
        List<String> poisoned = poisonTexts();
        assertThat(poisoned).hasSize(1);
        // As stored: the base64 text the app's sender put on the queue, byte for byte.
        assertThat(decode(poisoned.get(0))).isEqualTo(envelope.toJson());
    }

    @Test
    void withTheDatabaseStoppedMessagesWaitAndAreAllWrittenOnceItIsBack() throws Exception {
        UUID tenantA = UUID.randomUUID();
        UUID tenantB = UUID.randomUUID();
        List<Envelope> sent = new ArrayList<>();
        database.stopServer();
        try {
            for (int i = 0; i < 5; i++) {
                sent.add(envelopeOf(AuditSamples.event(tenantA)));
                sent.add(envelopeOf(AuditSamples.event(tenantB)));
            }
            sent.add(envelopeOf(AuditSamples.event(AuditEvent.PLATFORM_CHAIN)));
            sent.forEach(AuditQueueDeliveryTest::send);
            // Without the writer's wait, the first batch would be in the poison queue by now. The
            // other messages wait in the queue: the host fetches no more while more than
            // newBatchThreshold (8) run.
            Thread.sleep(OUTAGE.toMillis());
            assertThat(queue.getProperties().getApproximateMessagesCount())
                    .as("the messages are still there, waiting")
                    .isEqualTo(sent.size());
            assertThat(poisonTexts()).isEmpty();
        } finally {
            database.startServer();
        }

        awaitDrained();

        for (Envelope envelope : sent) {
            assertThat(rowCount(envelope.id())).as("event " + envelope.id()).isEqualTo(1);
        }
        assertThat(poisonTexts()).isEmpty();
        assertThat(chainValid(tenantA)).isTrue();
        assertThat(chainValid(tenantB)).isTrue();
    }

    @Test
    void everyProducedIdIsEitherARowOrAPoisonMessage() throws Exception {
        List<UUID> tenants = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        Set<UUID> produced = new HashSet<>();
        List<Envelope> toSend = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Envelope envelope = envelopeOf(AuditSamples.event(tenants.get(i % tenants.size())));
            produced.add(envelope.id());
            toSend.add(envelope);
            if (i % 5 == 0) {
                toSend.add(envelope); // redelivered
            }
            if (i % 10 == 3) {
                planFailures(envelope.id(), Integer.MAX_VALUE); // the database always refuses it
            }
            if (i % 10 == 7) {
                planFailures(envelope.id(), 2); // refused twice, then written
            }
        }
        // An envelope whose event disagrees with it: refused by the writer before the database.
        Envelope honest = envelopeOf(AuditSamples.event(tenants.get(0)));
        ObjectNode tampered = honest.payload().deepCopy();
        tampered.put("customerId", tenants.get(1).toString());
        Envelope disagreeing =
                new Envelope(
                        honest.id(),
                        honest.type(),
                        honest.customerId(),
                        honest.correlationId(),
                        null,
                        honest.occurredAt(),
                        tampered);
        produced.add(disagreeing.id());
        toSend.add(disagreeing);
        toSend.forEach(AuditQueueDeliveryTest::send);

        awaitDrained();

        Set<UUID> written = storedIds(produced);
        List<UUID> poisoned = poisonedIds();
        assertThat(poisoned).as("each poisoned once").doesNotHaveDuplicates();
        assertThat(written)
                .as("nothing both written and poisoned")
                .doesNotContainAnyElementsOf(poisoned);
        Set<UUID> accountedFor = new HashSet<>(written);
        accountedFor.addAll(poisoned);
        assertThat(accountedFor).as("produced = rows + poison").isEqualTo(produced);
        assertThat(poisoned)
                .hasSize(4); // three refused for ever, one that disagrees with its event
        for (UUID id : produced) {
            assertThat(rowCount(id)).as("event " + id).isLessThanOrEqualTo(1);
        }
        tenants.forEach(tenant -> assertThat(chainValid(tenant)).isTrue());
    }

    // --- the app and its queue ---------------------------------------------------------------

    /**
     * The project's host.json (its queue settings), and audit-writer's function.json as the
     * packaging plugin writes it.
     */
    private static Path writeAuditWriterApp(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("audit-writer"));
        // Tests run in the project's directory, where the packaging step also takes host.json from.
        Files.copy(Path.of("host.json"), dir.resolve("host.json"));
        Files.writeString(
                dir.resolve("audit-writer").resolve("function.json"),
                """
                {
                  "scriptFile": "../gatehouse.jar",
                  "entryPoint": "%s.write",
                  "bindings": [{"type": "queueTrigger", "direction": "in", "name": "message",
                                "queueName": "%s", "connection": "AzureWebJobsStorage"}]
                }"""
                        .formatted(AuditFunctions.class.getName(), AuditEnvelopes.QUEUE));
        return dir;
    }

    private static Envelope envelopeOf(AuditEvent event) {
        return AuditEnvelopes.of(event, null);
    }

    /** Sent by the app's own sender, as the pipeline and the outbox re-sender send. */
    private static void send(Envelope envelope) {
        app.queues().send(AuditEnvelopes.QUEUE, envelope);
    }

    private static QueueClient rawClient(String name) {
        return new QueueClientBuilder()
                .connectionString(azurite.connectionString())
                .queueName(name)
                .buildClient();
    }

    /** Every message dealt with: deleted after success, or moved to the poison queue. */
    private static void awaitDrained() throws InterruptedException {
        awaitThat(
                "audit-events is empty",
                () -> queue.getProperties().getApproximateMessagesCount() == 0);
    }

    private static List<String> poisonTexts() {
        return poison.peekMessages(32, null, null).stream()
                .map(PeekedMessageItem::getBody)
                .map(Object::toString)
                .toList();
    }

    private static List<UUID> poisonedIds() throws IOException {
        List<UUID> ids = new ArrayList<>();
        for (String text : poisonTexts()) {
            ids.add(UUID.fromString(Json.mapper().readTree(decode(text)).get("id").asText()));
        }
        return ids;
    }

    private static String decode(String base64) {
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }

    private static void awaitThat(String condition, BooleanSupplier check)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(DEADLINE);
        while (!check.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                fail("gave up waiting until " + condition);
            }
            Thread.sleep(100);
        }
    }

    // --- the database, as the superuser sees it ---------------------------------------------

    /**
     * A trigger that refuses the insert of planned event ids: {@code failures} times, then lets it
     * through. Each try draws from the plan's own sequence, which a rollback does not undo.
     */
    private static void installFaultPlans() throws SQLException {
        try (Connection superuser = database.superuser();
                Statement sql = superuser.createStatement()) {
            sql.execute("create schema fault");
            sql.execute(
                    "create table fault.plans (event_id uuid primary key, failures integer not null, attempts regclass not null)");
            sql.execute(
                    """
                    create function fault.refuse_planned() returns trigger language plpgsql as $$
                    declare
                        plan fault.plans;
                        attempt bigint;
                    begin
                        select * into plan from fault.plans where event_id = new.event_id;
                        if found then
                            attempt := nextval(plan.attempts);
                            if attempt <= plan.failures then
                                raise exception 'planned failure % of this event', attempt;
                            end if;
                        end if;
                        return new;
                    end $$""");
            sql.execute(
                    "create trigger planned_faults before insert on gatehouse.audit_events "
                            + "for each row execute function fault.refuse_planned()");
            sql.execute("grant usage on schema fault to gatehouse_app");
            sql.execute("grant select on fault.plans to gatehouse_app");
        }
    }

    /**
     * Plans {@code failures} refusals of the event's insert; returns the sequence that counts its
     * tries.
     */
    private static String planFailures(UUID eventId, int failures) throws SQLException {
        String attempts = "fault.attempts_" + PLANS.incrementAndGet();
        try (Connection superuser = database.superuser();
                Statement sql = superuser.createStatement()) {
            sql.execute("create sequence " + attempts);
            sql.execute("grant usage on sequence " + attempts + " to gatehouse_app");
            try (PreparedStatement plan =
                    superuser.prepareStatement(
                            "insert into fault.plans values (?, ?, ?::regclass)")) {
                plan.setObject(1, eventId);
                plan.setInt(2, failures);
                plan.setString(3, attempts);
                plan.execute();
            }
        }
        return attempts;
    }

    private static long attemptsCounted(String sequence) throws SQLException {
        try (Connection superuser = database.superuser();
                Statement sql = superuser.createStatement();
                ResultSet row =
                        sql.executeQuery(
                                "select case when is_called then last_value else 0 end from "
                                        + sequence)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static long rowCount(UUID eventId) throws SQLException {
        try (Connection superuser = database.superuser();
                PreparedStatement query =
                        superuser.prepareStatement(
                                "select count(*) from gatehouse.audit_events where event_id = ?")) {
            query.setObject(1, eventId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static int outboxCount(UUID tenant, UUID eventId) {
        return runtime.inTenant(
                tenant, db -> db.fetchCount(AUDIT_OUTBOX, AUDIT_OUTBOX.EVENT_ID.eq(eventId)));
    }

    private static Set<UUID> storedIds(Set<UUID> among) throws SQLException {
        try (Connection superuser = database.superuser();
                PreparedStatement query =
                        superuser.prepareStatement(
                                "select event_id from gatehouse.audit_events where event_id = any (?)")) {
            query.setArray(1, superuser.createArrayOf("uuid", among.toArray()));
            Set<UUID> ids = new HashSet<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
            return ids;
        }
    }

    private static boolean chainValid(UUID chain) {
        return (AuditEvent.PLATFORM_CHAIN.equals(chain)
                        ? runtime.inPlatformScope(db -> ChainVerifier.verify(db, chain))
                        : runtime.inTenant(chain, db -> ChainVerifier.verify(db, chain)))
                .valid();
    }
}
