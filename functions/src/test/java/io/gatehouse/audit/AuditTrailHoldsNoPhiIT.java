package io.gatehouse.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.storage.queue.QueueClient;
import com.azure.storage.queue.QueueServiceClientBuilder;
import com.azure.storage.queue.models.PeekedMessageItem;
import io.gatehouse.evidence.AuditEnvelopes;
import io.gatehouse.testing.AuditTrailProbe;
import io.gatehouse.testing.Eventually;
import io.gatehouse.testing.GatehouseStack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The audit trail holds no personal data: after every other integration test has run (this class is
 * ordered last: ClassOrderer.OrderAnnotation, set for failsafe in the pom), every name, e-mail
 * address, phone number, date of birth and note the suite stored in a client record is looked for
 * in every audit event, in the outbox and in the poison queue. None may appear.
 */
@Order(Integer.MAX_VALUE)
class AuditTrailHoldsNoPhiIT {

    /** Shorter values (an initial, "Al") would match by coincidence and prove nothing. */
    static final int SHORTEST_VALUE = 6;

    private static final String WORD_BREAK = "[^\\p{L}\\p{N}@._+-]+";

    @Test
    void noValueTheSuiteStoredInAClientRecordAppearsAnywhereInTheAuditTrail() {
        GatehouseStack stack = GatehouseStack.shared();
        AuditTrailProbe database = new AuditTrailProbe(stack.database());
        QueueClient queue = queue(stack, AuditEnvelopes.QUEUE);
        Eventually.await(
                "the audit queue to drain",
                Duration.ofMinutes(2),
                () ->
                        queue.getProperties().getApproximateMessagesCount() == 0
                                ? Optional.of(true)
                                : Optional.empty());

        Set<String> phi = phiValues(database);
        List<String> evidence = new ArrayList<>();
        database.query("select row_to_json(e)::text as text from gatehouse.audit_events e")
                .forEach(row -> evidence.add((String) row.get("text")));
        int events = evidence.size();
        database.query("select envelope::text as text from gatehouse.audit_outbox")
                .forEach(row -> evidence.add((String) row.get("text")));
        queue(stack, AuditEnvelopes.QUEUE + "-poison").peekMessages(32, null, null).stream()
                .map(PeekedMessageItem::getBody)
                .map(Object::toString)
                .forEach(evidence::add);

        assertThat(phi).as("the suite stored personal data to look for").hasSizeGreaterThan(20);
        assertThat(events).as("the suite left audit events to look in").isGreaterThan(50);
        assertThat(leaks(evidence, phi)).isEmpty();
    }

    @Test
    void theScanFindsAValuePlantedInAnEvent() {
        List<String> evidence =
                List.of(
                        "{\"action\":\"phi.read\",\"details\":{\"note\":\"call Evie Dence at +44 20 7946 0111\"}}",
                        "{\"action\":\"client.update\"}");
        assertThat(leaks(evidence, Set.of("Evie Dence", "+44 20 7946 0111", "nobody@example.org")))
                .containsExactlyInAnyOrder("Evie Dence", "+44 20 7946 0111");
    }

    private static Set<String> phiValues(AuditTrailProbe database) {
        Set<String> values = new HashSet<>();
        for (Map<String, Object> client :
                database.query(
                        "select full_name, email, phone, date_of_birth::text as date_of_birth, notes from gatehouse.clients")) {
            client.values().stream()
                    .filter(Objects::nonNull)
                    .map(String::valueOf)
                    .filter(value -> value.length() >= SHORTEST_VALUE)
                    .forEach(values::add);
        }
        return values;
    }

    /**
     * The values found in any of the texts. Every text's words go into one set first, so that only
     * values all of whose words occur somewhere are searched for in full: a few thousand values
     * against a few thousand events stays quick.
     */
    static Set<String> leaks(List<String> texts, Set<String> values) {
        Set<String> words = new HashSet<>();
        texts.forEach(text -> words.addAll(Arrays.asList(text.split(WORD_BREAK))));
        Set<String> found = new HashSet<>();
        for (String value : values) {
            boolean candidate =
                    Arrays.stream(value.split(WORD_BREAK))
                            .filter(word -> !word.isEmpty())
                            .allMatch(words::contains);
            if (candidate && texts.stream().anyMatch(text -> text.contains(value))) {
                found.add(value);
            }
        }
        return found;
    }

    private static QueueClient queue(GatehouseStack stack, String name) {
        QueueClient client =
                new QueueServiceClientBuilder()
                        .connectionString(stack.azurite().connectionString())
                        .buildClient()
                        .getQueueClient(name);
        client.createIfNotExists();
        return client;
    }
}
