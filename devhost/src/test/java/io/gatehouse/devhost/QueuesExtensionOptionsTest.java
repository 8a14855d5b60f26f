package io.gatehouse.devhost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class QueuesExtensionOptionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void defaultsAreTheHosts() {
        QueuesExtensionOptions defaults = QueuesExtensionOptions.defaults();

        assertThat(defaults.maxDequeueCount()).isEqualTo(5);
        assertThat(defaults.visibilityTimeout()).isEqualTo(Duration.ZERO);
        assertThat(defaults.batchSize()).isEqualTo(16);
        assertThat(defaults.newBatchThreshold()).isEqualTo(8);
        assertThat(defaults.maxPollingInterval()).isEqualTo(Duration.ofMinutes(1));
        assertThat(defaults.messageEncoding()).isEqualTo(MessageEncoding.BASE64);
    }

    @Test
    void readsEverySettingTheHostDocuments() {
        QueuesExtensionOptions options =
                read(
                        """
                { "maxDequeueCount": 3, "visibilityTimeout": "00:00:30", "batchSize": 4, "newBatchThreshold": 1,
                  "maxPollingInterval": "00:00:02", "messageEncoding": "none" }""");

        assertThat(options)
                .isEqualTo(
                        new QueuesExtensionOptions(
                                3,
                                Duration.ofSeconds(30),
                                4,
                                1,
                                Duration.ofSeconds(2),
                                MessageEncoding.NONE));
    }

    @Test
    void matchesNamesCaseInsensitivelyAndAcceptsNumbersWrittenAsStrings() {
        QueuesExtensionOptions options =
                read("{ \"MaxDequeueCount\": \"2\", \"MESSAGEENCODING\": \"Base64\" }");

        assertThat(options.maxDequeueCount()).isEqualTo(2);
        assertThat(options.messageEncoding()).isEqualTo(MessageEncoding.BASE64);
    }

    @Test
    void readsTimeSpansWithDaysAndFractions() {
        assertThat(HostTimeSpan.parse("t", "1.02:03:04")).isEqualTo(Duration.parse("P1DT2H3M4S"));
        assertThat(HostTimeSpan.parse("t", "00:00:00.5")).isEqualTo(Duration.ofMillis(500));
        assertThat(HostTimeSpan.parse("t", "00:00:00")).isEqualTo(Duration.ZERO);
    }

    @Test
    void refusesTimeSpansItCouldMisread() {
        assertThatThrownBy(() -> read("{ \"visibilityTimeout\": 30 }"))
                .hasMessageContaining("visibilityTimeout");
        assertThatThrownBy(() -> read("{ \"visibilityTimeout\": \"30\" }"))
                .hasMessageContaining("hh:mm:ss");
        assertThatThrownBy(() -> read("{ \"visibilityTimeout\": \"00:61:00\" }"))
                .hasMessageContaining("out-of-range");
    }

    @Test
    void refusesWhatTheHostRefuses() {
        assertThatThrownBy(() -> read("{ \"batchSize\": 33 }")).hasMessageContaining("batchSize");
        assertThatThrownBy(() -> read("{ \"batchSize\": 0 }")).hasMessageContaining("batchSize");
        assertThatThrownBy(() -> read("{ \"maxDequeueCount\": 0 }"))
                .hasMessageContaining("maxDequeueCount");
        assertThatThrownBy(() -> read("{ \"newBatchThreshold\": -1 }"))
                .hasMessageContaining("newBatchThreshold");
        assertThatThrownBy(() -> read("{ \"maxPollingInterval\": \"00:00:00.05\" }"))
                .hasMessageContaining("maxPollingInterval");
        assertThatThrownBy(() -> read("{ \"visibilityTimeout\": \"8.00:00:00\" }"))
                .hasMessageContaining("visibilityTimeout");
        assertThatThrownBy(() -> read("{ \"messageEncoding\": \"utf8\" }"))
                .hasMessageContaining("messageEncoding");
    }

    @Test
    void pollsAtMostEverySecondLocallyWhateverHostJsonSays() {
        assertThat(QueuesExtensionOptions.defaults().devHostPollingInterval())
                .isEqualTo(Duration.ofSeconds(1));
        assertThat(read("{ \"maxPollingInterval\": \"00:00:00.2\" }").devHostPollingInterval())
                .isEqualTo(Duration.ofMillis(200));
    }

    @Test
    void decodesPerMessageEncoding() {
        assertThat(MessageEncoding.BASE64.decode("aGVsbG8="))
                .hasValueSatisfying(bytes -> assertThat(new String(bytes)).isEqualTo("hello"));
        assertThat(MessageEncoding.BASE64.decode("not base64!")).isEmpty();
        assertThat(MessageEncoding.NONE.decode("not base64!"))
                .hasValueSatisfying(
                        bytes -> assertThat(new String(bytes)).isEqualTo("not base64!"));
    }

    private static QueuesExtensionOptions read(String queuesJson) {
        try {
            JsonNode queues = JSON.readTree(queuesJson);
            return QueuesExtensionOptions.fromHostJson(queues);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
