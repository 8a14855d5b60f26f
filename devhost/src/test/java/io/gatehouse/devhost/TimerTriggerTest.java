package io.gatehouse.devhost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatehouse.devhost.SampleTimerFunctions.Call;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Timer-triggered functions served by the dev host from function.json files, on every-second
 * schedules. Waits poll with a generous deadline; no assertion is about how long anything took.
 */
class TimerTriggerTest {

    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final String SAMPLES = FunctionAppDirectory.TIMER_SAMPLE_CLASS;
    private static final String EVERY_SECOND = "* * * * * *";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path appDir;

    private final Queue<LogRecord> timerLog = new ConcurrentLinkedQueue<>();
    private final Handler logCapture =
            new Handler() {
                @Override
                public void publish(LogRecord record) {
                    timerLog.add(record);
                }

                @Override
                public void flush() {}

                @Override
                public void close() {}
            };

    @BeforeEach
    void resetSamplesAndCaptureTheTimerLog() {
        SampleTimerFunctions.reset();
        Logger.getLogger(TimerListeners.class.getName()).addHandler(logCapture);
    }

    /** A failed test must not leave a sample blocked on the gate into the next one. */
    @AfterEach
    void openTheGateAndStopCapturing() {
        SampleTimerFunctions.gate.countDown();
        Logger.getLogger(TimerListeners.class.getName()).removeHandler(logCapture);
    }

    @Test
    void firesAtEverySecondWithTimerInfoAndAnExecutionContextNamingTheFunction() throws Exception {
        FunctionAppDirectory app =
                FunctionAppDirectory.create(appDir, "api")
                        .timer("Tick", SAMPLES + ".tick", "%TickSchedule%", false);

        try (DevHost host =
                DevHost.start(
                        app.path(),
                        0,
                        DevHostOptions.defaults(),
                        Map.of("TickSchedule", EVERY_SECOND))) {
            await("three runs of Tick", () -> SampleTimerFunctions.callsOf("Tick").size() >= 3);
        }

        List<Call> calls = SampleTimerFunctions.callsOf("Tick");
        assertThat(calls).allSatisfy(call -> assertThat(call.functionName()).isEqualTo("Tick"));
        assertThat(calls)
                .extracting(Call::invocationId)
                .doesNotHaveDuplicates()
                .doesNotContainNull();
        List<JsonNode> infos = calls.stream().map(call -> parse(call.timerInfo())).toList();
        assertThat(infos)
                .allSatisfy(
                        info -> {
                            assertThat(info.path("Schedule").path("AdjustForDST").asBoolean())
                                    .isTrue();
                            assertThat(info.path("IsPastDue").isBoolean()).isTrue();
                            assertThat(info.path("IsPastDue").asBoolean()).isFalse();
                            assertThat(time(info, "LastUpdated")).isBefore(time(info, "Next"));
                        });
        // Before the first run there is no previous one: the host's default(DateTime).
        assertThat(infos.getFirst().path("ScheduleStatus").path("Last").asText())
                .isEqualTo("0001-01-01T00:00:00+00:00");
        for (int i = 1; i < infos.size(); i++) {
            JsonNode previous = infos.get(i - 1);
            JsonNode info = infos.get(i);
            assertThat(time(info, "Last"))
                    .isAfter(time(previous, "Last"))
                    .isBefore(time(info, "Next"));
            assertThat(time(info, "Next")).isAfter(time(previous, "Next"));
        }
    }

    @Test
    void skipsAnOccurrenceWhileThePreviousRunIsStillGoingThenCarriesOn() throws Exception {
        SampleTimerFunctions.gate = new CountDownLatch(1);
        FunctionAppDirectory app =
                FunctionAppDirectory.create(appDir, "api")
                        .timer(
                                "BlockUntilOpened",
                                SAMPLES + ".blockUntilOpened",
                                EVERY_SECOND,
                                false);

        try (DevHost host = DevHost.start(app.path(), 0, DevHostOptions.defaults(), Map.of())) {
            await(
                    "two occurrences skipped while the first run blocks",
                    () -> skipsOf("BlockUntilOpened") >= 2);
            assertThat(SampleTimerFunctions.callsOf("BlockUntilOpened")).hasSize(1);

            SampleTimerFunctions.gate.countDown();
            await(
                    "a further run once the first returned",
                    () -> SampleTimerFunctions.callsOf("BlockUntilOpened").size() >= 3);
        }
        assertThat(SampleTimerFunctions.MOST_RUNNING_AT_ONCE).hasValue(1);
    }

    @Test
    void aFailingRunIsLoggedAndTheScheduleGoesOn() throws Exception {
        FunctionAppDirectory app =
                FunctionAppDirectory.create(appDir, "api")
                        .timer("AlwaysFail", SAMPLES + ".alwaysFail", EVERY_SECOND, false);

        try (DevHost host = DevHost.start(app.path(), 0, DevHostOptions.defaults(), Map.of())) {
            await(
                    "three failed runs",
                    () -> SampleTimerFunctions.callsOf("AlwaysFail").size() >= 3);
            await(
                    "the failures logged",
                    () ->
                            timerLog.stream()
                                            .filter(
                                                    record ->
                                                            record.getLevel() == Level.SEVERE
                                                                    && record.getMessage()
                                                                            .startsWith(
                                                                                    "AlwaysFail failed")
                                                                    && record.getThrown()
                                                                            instanceof
                                                                            IllegalStateException)
                                            .count()
                                    >= 2);
        }
    }

    @Test
    void runsOnStartupWhenFunctionJsonAsks() throws Exception {
        FunctionAppDirectory app =
                FunctionAppDirectory.create(appDir, "api")
                        .timer("Tick", SAMPLES + ".tick", "0 0 0 1 1 *", true);

        try (DevHost host = DevHost.start(app.path(), 0, DevHostOptions.defaults(), Map.of())) {
            await("the start-up run", () -> !SampleTimerFunctions.callsOf("Tick").isEmpty());
        }

        JsonNode info = parse(SampleTimerFunctions.callsOf("Tick").getFirst().timerInfo());
        assertThat(info.path("ScheduleStatus").path("Next").asText())
                .endsWith("-01-01T00:00:00+00:00");
    }

    @Test
    void closingStopsTheScheduleAndInterruptsARunOutlastingTheGracePeriod() throws Exception {
        SampleTimerFunctions.gate = new CountDownLatch(1);
        FunctionAppDirectory app =
                FunctionAppDirectory.create(appDir, "api")
                        .timer(
                                "BlockUntilOpened",
                                SAMPLES + ".blockUntilOpened",
                                EVERY_SECOND,
                                false)
                        .timer("Tick", SAMPLES + ".tick", EVERY_SECOND, false);
        DevHostOptions shortGrace =
                DevHostOptions.defaults().withShutdownGracePeriod(Duration.ofMillis(500));

        DevHost host = DevHost.start(app.path(), 0, shortGrace, Map.of());
        await(
                "both timers running",
                () ->
                        !SampleTimerFunctions.callsOf("Tick").isEmpty()
                                && !SampleTimerFunctions.callsOf("BlockUntilOpened").isEmpty());
        host.close();

        await("the blocked run interrupted", () -> !SampleTimerFunctions.INTERRUPTED.isEmpty());
        assertThat(SampleTimerFunctions.INTERRUPTED)
                .extracting(Call::function)
                .containsExactly("BlockUntilOpened");
        int ticksAtClose = SampleTimerFunctions.callsOf("Tick").size();
        await(
                "the timer threads gone",
                () ->
                        Thread.getAllStackTraces().keySet().stream()
                                .noneMatch(thread -> thread.getName().startsWith("devhost-timer")));
        // An every-second schedule still firing would show within this wait; a stopped one never
        // does.
        Thread.sleep(2_500);
        assertThat(SampleTimerFunctions.callsOf("Tick")).hasSize(ticksAtClose);
    }

    @Test
    void refusesToStartATimerItCannotServeNamingTheFunction() {
        assertRefused(
                FunctionAppDirectory.create(appDir.resolve("five"), "api")
                        .timer("Tick", SAMPLES + ".tick", "*/5 * * * *", false),
                Map.of(),
                "timer function Tick",
                "six fields");
        assertRefused(
                FunctionAppDirectory.create(appDir.resolve("names"), "api")
                        .timer("Tick", SAMPLES + ".tick", "0 0 9 * * MON", false),
                Map.of(),
                "timer function Tick",
                "day-of-week field 'MON'");
        assertRefused(
                FunctionAppDirectory.create(appDir.resolve("never"), "api")
                        .timer("Tick", SAMPLES + ".tick", "0 0 0 30 2 *", false),
                Map.of(),
                "timer function Tick",
                "never fires");
        assertRefused(
                FunctionAppDirectory.create(appDir.resolve("setting"), "api")
                        .timer("Tick", SAMPLES + ".tick", "%Missing%", false),
                Map.of(),
                "timer function Tick",
                "'Missing'");
        assertRefused(
                FunctionAppDirectory.create(appDir.resolve("zone"), "api")
                        .timer("Tick", SAMPLES + ".tick", EVERY_SECOND, false),
                Map.of("WEBSITE_TIME_ZONE", "W. Europe Standard Time"),
                "timer function Tick",
                "UTC only");
        assertRefused(
                FunctionAppDirectory.create(appDir.resolve("type"), "api")
                        .timer("WrongTimerType", SAMPLES + ".wrongTimerType", EVERY_SECOND, false),
                Map.of(),
                "timer function WrongTimerType",
                "must be String");
        assertThat(SampleTimerFunctions.CALLS).isEmpty();
    }

    @Test
    void withoutAppSettingsTimersAreListedNotFired() throws Exception {
        FunctionAppDirectory app =
                FunctionAppDirectory.create(appDir, "api")
                        .timer("Tick", SAMPLES + ".tick", "0 0 0 30 2 *", true);

        // An impossible schedule with runOnStartup would be refused, or fire, if timers were
        // started.
        try (DevHost host = DevHost.start(app.path(), 0)) {
            assertThat(host.metadata().timerFunctions())
                    .extracting(TimerFunctionMetadata::functionName)
                    .containsExactly("Tick");
        }
        assertThat(SampleTimerFunctions.CALLS).isEmpty();
    }

    private void assertRefused(
            FunctionAppDirectory app, Map<String, String> settings, String... messageParts) {
        assertThatThrownBy(
                        () ->
                                DevHost.start(app.path(), 0, DevHostOptions.defaults(), settings)
                                        .close())
                .isInstanceOf(IllegalStateException.class)
                .satisfies(e -> assertThat(e.getMessage()).contains(messageParts));
    }

    private long skipsOf(String functionName) {
        return timerLog.stream()
                .filter(
                        record ->
                                record.getLevel() == Level.WARNING
                                        && record.getMessage()
                                                .startsWith(functionName + ": skipped"))
                .count();
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant time(JsonNode info, String field) {
        return OffsetDateTime.parse(info.path("ScheduleStatus").path(field).asText()).toInstant();
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(DEADLINE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                fail("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }
}
