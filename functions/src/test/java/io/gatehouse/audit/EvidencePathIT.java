package io.gatehouse.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.storage.queue.QueueClient;
import com.azure.storage.queue.QueueClientBuilder;
import com.azure.storage.queue.QueueMessageEncoding;
import io.gatehouse.consumers.MessagePipeline;
import io.gatehouse.evidence.AuditEnvelopes;
import io.gatehouse.observability.Tracing;
import io.gatehouse.platform.DatabaseSettings;
import io.gatehouse.platform.QueueSender;
import io.gatehouse.platform.Settings;
import io.gatehouse.platform.StorageQueueSender;
import io.gatehouse.tenancy.TenantTransactions;
import io.gatehouse.testing.ApiClient;
import io.gatehouse.testing.AuditTrailProbe;
import io.gatehouse.testing.Eventually;
import io.gatehouse.testing.GatehouseStack;
import io.opentelemetry.api.OpenTelemetry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The evidence path loses nothing and doubles nothing, with every part real: requests over HTTP to
 * the packaged app on the dev host, the outbox and chains in PostgreSQL, the relay's batches on
 * Azurite, and the queue-triggered writer the dev host delivers them to. Reads, changes and
 * refusals made while the queue is down reach their chain exactly once after a database restart, a
 * relay that dies between sending a batch and marking its rows, and batches delivered many times.
 */
class EvidencePathIT {

    static GatehouseStack stack;
    static AuditTrailProbe audit;
    static UUID tenant;
    static String clientId;

    @BeforeAll
    static void aTenantWithOneClient() {
        stack = GatehouseStack.shared();
        audit = new AuditTrailProbe(stack.database());
        tenant = stack.createTenant("evidence-path");
        clientId =
                stack.createClient(
                        tenant, "{\"fullName\":\"Pat Hway\",\"email\":\"pat.hway@example.org\"}");
    }

    @Test
    void backlogFromAQueueOutageReachesTheChainOnceAcrossARestartACrashedRelayAndDuplicates()
            throws Exception {
        List<String> correlations = new ArrayList<>();
        try {
            stack.installAppWithTheQueueDown();
            // Enough requests for more than one batch message: reads, changes and refusals.
            for (int i = 0; i < 90; i++) {
                correlations.add(request(i % 3));
            }
            assertThat(outboxRowsOf(correlations)).isEqualTo(correlations.size());

            // The database restarts while the backlog waits: committed rows survive it.
            stack.database().stopServer();
            stack.database().startServer();
            assertThat(outboxRowsOf(correlations)).isEqualTo(correlations.size());
        } finally {
            // The new app's relay is told of nothing yet: only the relays below ship the backlog.
            stack.installApp(GatehouseStack.DEFAULT_POOL_SIZE);
        }

        QueueClient queue = rawQueue();
        List<String> firstBatch = new ArrayList<>();
        try (TenantTransactions runtime =
                new TenantTransactions(
                        DatabaseSettings.from(Settings.of(stack.database().runtimeSettings(2))))) {
            MessagePipeline relayPipeline =
                    new MessagePipeline(
                            runtime,
                            new Tracing(OpenTelemetry.noop()),
                            Clock.systemUTC(),
                            Duration.ZERO);
            QueueSender azurite = sender();
            // A relay that dies after the queue took its first batch, before it marked any row:
            // its transaction never commits, as a killed process's would not.
            QueueSender diesAfterFirstSend =
                    (name, envelope) -> {
                        azurite.send(name, envelope);
                        firstBatch.add(envelope.toJson());
                        throw new RelayKilled();
                    };
            try {
                relayPipeline.runInChain(
                        new AuditOutboxResender(
                                diesAfterFirstSend, new Tracing(OpenTelemetry.noop())),
                        tenant);
            } catch (RelayKilled expected) {
                // the crash
            }
            assertThat(firstBatch).hasSize(1);
            assertThat(outboxUnsentOf(correlations))
                    .as("nothing marked by the relay that died")
                    .isEqualTo(correlations.size());

            // The next relay ships the whole backlog again, the first batch's events included.
            List<String> messages = new ArrayList<>();
            QueueSender counting =
                    (name, envelope) -> {
                        azurite.send(name, envelope);
                        messages.add(envelope.toJson());
                    };
            int shipped =
                    relayPipeline.runInChain(
                            new AuditOutboxResender(counting, new Tracing(OpenTelemetry.noop())),
                            tenant);
            assertThat(shipped).isGreaterThanOrEqualTo(correlations.size());
            assertThat(messages).as("the backlog took more than one batch").hasSizeGreaterThan(1);
        }
        // And the first batch is delivered three times more, as a duplicating queue would.
        for (int i = 0; i < 3; i++) {
            queue.sendMessage(firstBatch.get(0));
        }

        // The writer removes an event's outbox row when the chain takes it: an empty outbox
        // means every event is in.
        Eventually.await(
                "the backlog leaves the outbox",
                () -> outboxRowsOf(correlations) == 0 ? Optional.of(true) : Optional.empty());
        // Let the duplicates (sent last) be consumed before counting.
        Eventually.await(
                "the queue drained",
                () ->
                        queue.peekMessages(1, null, null).stream().findAny().isEmpty()
                                ? Optional.of(true)
                                : Optional.empty());
        List<Map<String, Object>> perRequest =
                audit.query(
                        "select correlation_id, count(*) as events, min(action) as action"
                                + " from gatehouse.audit_events where customer_id = ?"
                                + " and correlation_id = any(?) group by correlation_id",
                        tenant,
                        correlations.toArray(String[]::new));
        assertThat(perRequest).as("every request on the chain").hasSize(correlations.size());
        assertThat(perRequest)
                .as("each exactly once")
                .allSatisfy(row -> assertThat(row.get("events")).isEqualTo(1L));
        assertThat(perRequest)
                .extracting(row -> row.get("action"))
                .containsOnly("phi.read", "client.update", "access.denied");
        assertThat(poisoned())
                .as("nothing of this tenant poisoned")
                .doesNotContain(tenant.toString());
    }

    /** One request of three kinds: a PHI read, a change, a refusal (a role it lacks). */
    private static String request(int kind) {
        String correlation = "evidence-path-" + UUID.randomUUID();
        ApiClient user = stack.userOf(tenant).withHeader("X-Correlation-ID", correlation);
        int status =
                switch (kind) {
                    case 0 -> user.get("/api/clients/" + clientId).status();
                    case 1 ->
                            user.patch(
                                            "/api/clients/" + clientId,
                                            "{\"notes\":\"n" + correlation + "\"}")
                                    .status();
                    default -> user.get("/api/audit/verify").status();
                };
        assertThat(status).isEqualTo(kind == 2 ? 403 : 200);
        return correlation;
    }

    private static long outboxRowsOf(List<String> correlations) {
        return audit.query(
                        "select 1 from gatehouse.audit_outbox where customer_id = ?"
                                + " and envelope->>'correlationId' = any(?)",
                        tenant,
                        correlations.toArray(String[]::new))
                .size();
    }

    private static long outboxUnsentOf(List<String> correlations) {
        return audit.query(
                        "select 1 from gatehouse.audit_outbox where customer_id = ?"
                                + " and last_sent_at is null and envelope->>'correlationId' = any(?)",
                        tenant,
                        correlations.toArray(String[]::new))
                .size();
    }

    private static QueueSender sender() {
        return StorageQueueSender.from(
                Settings.of(
                        Map.of(
                                GatehouseStack.STORAGE_SETTING,
                                stack.azurite().connectionString())));
    }

    private static String poisoned() {
        QueueClient poison = rawQueue(AuditEnvelopes.QUEUE + "-poison");
        poison.createIfNotExists();
        return poison.peekMessages(32, null, null).stream()
                .map(message -> message.getBody().toString())
                .reduce("", String::concat);
    }

    private static QueueClient rawQueue() {
        return rawQueue(AuditEnvelopes.QUEUE);
    }

    private static QueueClient rawQueue(String name) {
        return new QueueClientBuilder()
                .connectionString(stack.azurite().connectionString())
                .queueName(name)
                .messageEncoding(QueueMessageEncoding.BASE64)
                .buildClient();
    }

    /** Stands for the relay's process being killed between two steps. */
    private static final class RelayKilled extends RuntimeException {
        RelayKilled() {
            super("relay killed after its first send");
        }
    }
}
