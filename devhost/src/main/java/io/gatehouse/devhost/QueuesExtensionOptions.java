package io.gatehouse.devhost;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * host.json's {@code extensions.queues} section, with the host's defaults for whatever it leaves
 * out and the host's range checks (an out-of-range value stops the dev host, as it stops the real
 * one).
 *
 * @param maxDequeueCount attempts before a failing message moves to {@code <queue>-poison} (default
 *     5)
 * @param visibilityTimeout how long a failed message stays invisible before its next attempt
 *     (default zero: retried at once)
 * @param batchSize messages fetched per poll, 1 to 32 (default 16)
 * @param newBatchThreshold the next batch is fetched once no more than this many messages are still
 *     running (default {@code batchSize / 2}); at most {@code batchSize + newBatchThreshold} run at
 *     once
 * @param maxPollingInterval the longest wait between polls of an empty queue, as configured
 *     (default one minute); the dev host caps it, see {@link #devHostPollingInterval()}
 * @param messageEncoding how message text is decoded (default base64)
 */
public record QueuesExtensionOptions(
        int maxDequeueCount,
        Duration visibilityTimeout,
        int batchSize,
        int newBatchThreshold,
        Duration maxPollingInterval,
        MessageEncoding messageEncoding) {

    public static final int DEFAULT_MAX_DEQUEUE_COUNT = 5;
    public static final int DEFAULT_BATCH_SIZE = 16;
    public static final Duration DEFAULT_MAX_POLLING_INTERVAL = Duration.ofMinutes(1);

    /** The Storage service limit on messages per receive, which the host enforces on batchSize. */
    public static final int MAX_BATCH_SIZE = 32;

    /** The host's shortest polling interval, and its lower bound for maxPollingInterval. */
    public static final Duration MIN_POLLING_INTERVAL = Duration.ofMillis(100);

    /**
     * A developer waiting a minute for a message would think it lost, and tests would crawl: the
     * dev host never waits longer than this between polls, whatever host.json says. Azure does wait
     * up to maxPollingInterval.
     */
    public static final Duration DEV_HOST_POLLING_CAP = Duration.ofSeconds(1);

    /** The Storage service's longest visibility timeout. */
    private static final Duration MAX_VISIBILITY_TIMEOUT = Duration.ofDays(7);

    public QueuesExtensionOptions {
        if (maxDequeueCount < 1) {
            throw new IllegalArgumentException(
                    "maxDequeueCount must be at least 1, got " + maxDequeueCount);
        }
        if (visibilityTimeout.isNegative()
                || visibilityTimeout.compareTo(MAX_VISIBILITY_TIMEOUT) > 0) {
            throw new IllegalArgumentException(
                    "visibilityTimeout must be between 0 and 7 days, got " + visibilityTimeout);
        }
        if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
            throw new IllegalArgumentException(
                    "batchSize must be between 1 and 32, got " + batchSize);
        }
        if (newBatchThreshold < 0) {
            throw new IllegalArgumentException(
                    "newBatchThreshold must not be negative, got " + newBatchThreshold);
        }
        if (maxPollingInterval.compareTo(MIN_POLLING_INTERVAL) < 0) {
            throw new IllegalArgumentException(
                    "maxPollingInterval must be at least 00:00:00.1, got " + maxPollingInterval);
        }
    }

    public static QueuesExtensionOptions defaults() {
        return fromHostJson(null);
    }

    /**
     * @param queues the {@code extensions.queues} object of host.json, or {@code null}/missing for
     *     all defaults. Names match case-insensitively, as in the host's configuration binding;
     *     unknown ones are ignored.
     * @throws IllegalArgumentException when a value is malformed or out of range
     */
    static QueuesExtensionOptions fromHostJson(JsonNode queues) {
        int batchSize = intSetting(queues, "batchSize").orElse(DEFAULT_BATCH_SIZE);
        return new QueuesExtensionOptions(
                intSetting(queues, "maxDequeueCount").orElse(DEFAULT_MAX_DEQUEUE_COUNT),
                timeSpanSetting(queues, "visibilityTimeout").orElse(Duration.ZERO),
                batchSize,
                // The host multiplies this default by the instance's processor count; a Consumption
                // instance has
                // one, and a developer's many cores would otherwise inflate local concurrency.
                intSetting(queues, "newBatchThreshold").orElse(batchSize / 2),
                timeSpanSetting(queues, "maxPollingInterval").orElse(DEFAULT_MAX_POLLING_INTERVAL),
                textSetting(queues, "messageEncoding")
                        .map(MessageEncoding::fromHostJson)
                        .orElse(MessageEncoding.BASE64));
    }

    /**
     * The polling interval the dev host actually backs off to: maxPollingInterval, capped for local
     * use.
     */
    public Duration devHostPollingInterval() {
        return maxPollingInterval.compareTo(DEV_HOST_POLLING_CAP) < 0
                ? maxPollingInterval
                : DEV_HOST_POLLING_CAP;
    }

    private static Optional<Integer> intSetting(JsonNode queues, String name) {
        return setting(queues, name)
                .map(
                        value -> {
                            if (value.isInt()
                                    || (value.isTextual()
                                            && value.asText().matches("-?\\d{1,9}"))) {
                                return value.asInt();
                            }
                            throw new IllegalArgumentException(
                                    name + " must be a whole number, got " + value);
                        });
    }

    private static Optional<Duration> timeSpanSetting(JsonNode queues, String name) {
        return textSetting(queues, name).map(text -> HostTimeSpan.parse(name, text));
    }

    private static Optional<String> textSetting(JsonNode queues, String name) {
        return setting(queues, name)
                .map(
                        value -> {
                            if (!value.isTextual()) {
                                throw new IllegalArgumentException(
                                        name + " must be a string, got " + value);
                            }
                            return value.asText();
                        });
    }

    private static Optional<JsonNode> setting(JsonNode queues, String name) {
        if (queues == null || !queues.isObject()) {
            return Optional.empty();
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = queues.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))
                    && !field.getValue().isNull()) {
                return Optional.of(field.getValue());
            }
        }
        return Optional.empty();
    }
}
