package io.gatehouse.devhost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The small rules queue delivery is built from, each as the host applies it. */
class QueueDeliveryPartsTest {

    @Test
    void backsOffFromTheMinimumDoublingUpToThePollingIntervalAndResetsWhenMessagesArrive() {
        PollingBackoff backoff =
                new PollingBackoff(Duration.ofMillis(100), Duration.ofMillis(1000));

        assertThat(Stream.generate(backoff::afterEmptyPoll).limit(6).map(Duration::toMillis))
                .containsExactly(100L, 200L, 400L, 800L, 1000L, 1000L);
        backoff.reset();
        assertThat(backoff.afterEmptyPoll()).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void looksUpAConnectionWithTheAzureWebJobsPrefixFirst() {
        assertThat(
                        new AppSettings(Map.of("AzureWebJobsStorage", "plain"))
                                .connectionString("AzureWebJobsStorage"))
                .isEqualTo("plain");
        assertThat(
                        new AppSettings(Map.of("AzureWebJobsAudit", "prefixed", "Audit", "plain"))
                                .connectionString("Audit"))
                .isEqualTo("prefixed");
        assertThat(new AppSettings(Map.of("Audit", "plain")).connectionString("Audit"))
                .isEqualTo("plain");
    }

    @Test
    void refusesAMissingConnectionByName() {
        assertThatThrownBy(() -> new AppSettings(Map.of()).connectionString("AzureWebJobsStorage"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("AzureWebJobsStorage");
    }

    @Test
    void resolvesSettingReferencesInQueueNames() {
        AppSettings settings = new AppSettings(Map.of("Env", "dev"));

        assertThat(settings.resolve("audit-%Env%")).isEqualTo("audit-dev");
        assertThat(settings.resolve("audit-events")).isEqualTo("audit-events");
        assertThatThrownBy(() -> settings.resolve("%Missing%")).hasMessageContaining("Missing");
    }

    @Test
    void namesThePoisonQueueLikeTheHost() {
        assertThat(QueueNames.poisonQueueFor("audit-events")).hasValue("audit-events-poison");
        assertThat(QueueNames.poisonQueueFor("audit-events-poison")).isEmpty();
        assertThat(QueueNames.poisonQueueFor("q".repeat(57))).isEmpty();
        assertThat(QueueNames.poisonQueueFor("q".repeat(56))).hasValue("q".repeat(56) + "-poison");
    }

    @Test
    void acceptsOnlyValidQueueNames() {
        assertThat(QueueNames.normalize("Audit-Events")).isEqualTo("audit-events");
        Stream.of("ab", "-audit", "audit-", "audit--events", "audit_events", "q".repeat(64))
                .forEach(
                        name ->
                                assertThatThrownBy(() -> QueueNames.normalize(name))
                                        .isInstanceOf(IllegalArgumentException.class));
    }
}
