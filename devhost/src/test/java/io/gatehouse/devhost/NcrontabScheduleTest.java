package io.gatehouse.devhost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The timer schedules the dev host reads from function.json, evaluated against fixed instants:
 * which seconds match, when the next occurrence is, and what is refused. No clock is read and
 * nothing sleeps.
 */
class NcrontabScheduleTest {

    private static Instant at(String utc) {
        return Instant.parse(utc);
    }

    private static Instant nextOf(String schedule, String after) {
        return TimerSchedule.parse(schedule).next(at(after)).orElseThrow();
    }

    @ParameterizedTest(name = "{0} after {1} is {2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # every second: the next whole second, strictly after
            * * * * * *         | 2026-11-22T10:00:00.500Z | 2026-11-22T10:00:01Z
            * * * * * *         | 2026-11-22T10:00:00Z     | 2026-11-22T10:00:01Z
            # numbers: a daily time, tomorrow once today's has passed
            30 15 9 * * *       | 2026-11-22T09:16:00Z     | 2026-11-23T09:15:30Z
            30 15 9 * * *       | 2026-11-22T09:15:29Z     | 2026-11-22T09:15:30Z
            # a range of hours
            0 0 9-17 * * *      | 2026-11-22T12:00:00Z     | 2026-11-22T13:00:00Z
            0 0 9-17 * * *      | 2026-11-22T17:30:00Z     | 2026-11-23T09:00:00Z
            # a list of minutes
            0 0,30 * * * *      | 2026-11-22T10:10:00Z     | 2026-11-22T10:30:00Z
            0 0,30 * * * *      | 2026-11-22T10:30:00Z     | 2026-11-22T11:00:00Z
            # steps over the whole field and over a range
            */15 * * * * *      | 2026-11-22T10:00:16Z     | 2026-11-22T10:00:30Z
            */15 * * * * *      | 2026-11-22T10:00:45Z     | 2026-11-22T10:01:00Z
            0 10-40/10 * * * *  | 2026-11-22T10:20:00Z     | 2026-11-22T10:30:00Z
            0 10-40/10 * * * *  | 2026-11-22T10:41:00Z     | 2026-11-22T11:10:00Z
            0 */5 * * * *       | 2026-11-22T23:58:00Z     | 2026-11-23T00:00:00Z
            # every minute, as audit-outbox-resend runs
            0 * * * * *         | 2026-11-22T10:00:00Z     | 2026-11-22T10:01:00Z
            # day-of-week, 0 = Sunday: weekdays from a Friday evening reach Monday (2026-11-23)
            0 30 9 * * 1-5      | 2026-11-20T10:00:00Z     | 2026-11-23T09:30:00Z
            0 0 0 * * 0         | 2026-11-20T10:00:00Z     | 2026-11-22T00:00:00Z
            0 0 0 * * 6         | 2026-11-22T00:00:00Z     | 2026-11-28T00:00:00Z
            # day and day-of-week must both match (NCrontab): Friday the 13th
            0 0 0 13 * 5        | 2026-03-14T00:00:00Z     | 2026-11-13T00:00:00Z
            # month and year roll-over, leap day
            0 0 0 1 1 *         | 2026-11-22T10:00:00Z     | 2027-01-01T00:00:00Z
            0 0 12 29 2 *       | 2026-03-01T00:00:00Z     | 2028-02-29T12:00:00Z
            0 0 0 31 * *        | 2026-11-01T00:00:00Z     | 2026-12-31T00:00:00Z
            # surrounding white space and several spaces between fields
            '  0  0  *  * * * ' | 2026-11-22T10:10:00Z     | 2026-11-22T11:00:00Z
            """)
    void computesTheNextOccurrence(String schedule, String after, String expected) {
        assertThat(nextOf(schedule, after)).isEqualTo(at(expected));
    }

    @Test
    void matchesExactlyTheSecondsOfItsFields() {
        NcrontabSchedule weekdayMornings = NcrontabSchedule.parse("0 30 9 * * 1-5");

        assertThat(weekdayMornings.matches(at("2026-11-23T09:30:00Z"))).isTrue();
        assertThat(weekdayMornings.matches(at("2026-11-23T09:30:00.999Z"))).isTrue();
        assertThat(weekdayMornings.matches(at("2026-11-23T09:30:01Z"))).isFalse();
        assertThat(weekdayMornings.matches(at("2026-11-23T10:30:00Z"))).isFalse();
        assertThat(weekdayMornings.matches(at("2026-11-22T09:30:00Z"))).as("a Sunday").isFalse();
    }

    @Test
    void successiveOccurrencesOfAStepFollowEachOther() {
        TimerSchedule everyTwentySeconds = TimerSchedule.parse("*/20 * * * * *");
        Instant t = at("2026-11-22T10:00:05Z");
        StringBuilder seen = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            t = everyTwentySeconds.next(t).orElseThrow();
            seen.append(t).append(' ');
        }
        assertThat(seen.toString().strip())
                .isEqualTo(
                        "2026-11-22T10:00:20Z 2026-11-22T10:00:40Z 2026-11-22T10:01:00Z 2026-11-22T10:01:20Z");
    }

    @Test
    void aDateThatNeverOccursHasNoNextOccurrence() {
        assertThat(TimerSchedule.parse("0 0 0 30 2 *").next(at("2026-11-22T10:00:00Z"))).isEmpty();
        assertThat(TimerSchedule.parse("0 0 0 31 4,6,9,11 *").next(at("2026-11-22T10:00:00Z")))
                .isEmpty();
    }

    @ParameterizedTest(name = "''{0}'' is refused: {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            * * * * *           | six fields
            * * * * * * *       | six fields
            ''                  | six fields
            * * * * * MON       | day-of-week field 'MON'
            * * * * JAN *       | month field 'JAN'
            60 * * * * *        | second field '60'
            * 60 * * * *        | minute field '60'
            * * 24 * * *        | hour field '24'
            * * * 0 * *         | day field '0'
            * * * 32 * *        | day field '32'
            * * * * 13 *        | month field '13'
            * * * * * 7         | day-of-week field '7'
            5-1 * * * * *       | from low to high
            */0 * * * * *       | at least 1
            5/10 * * * * *      | a step applies to * or a range
            ? * * * * *         | second field '?'
            * * * L * *         | day field 'L'
            * * * * * 5#3       | day-of-week field '5#3'
            1,,2 * * * * *      | second field ''
            -1 * * * * *        | second field '-1'
            00:00:00            | positive
            25:00:00            | out-of-range
            """)
    void refusesWhatItDoesNotSupportSayingWhere(String schedule, String reason) {
        assertThatThrownBy(() -> TimerSchedule.parse(schedule))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void readsATimeSpanScheduleAsAnIntervalFromThePreviousOccurrence() {
        TimerSchedule everyFiveMinutes = TimerSchedule.parse("00:05:00");

        assertThat(everyFiveMinutes).isEqualTo(new IntervalSchedule(Duration.ofMinutes(5)));
        assertThat(everyFiveMinutes.next(at("2026-11-22T10:00:00.300Z")))
                .contains(at("2026-11-22T10:05:00Z"));
        assertThat(TimerSchedule.parse("1.00:00:00").next(at("2026-11-22T10:00:00Z")))
                .contains(at("2026-11-23T10:00:00Z"));
        assertThat(everyFiveMinutes.adjustsForDst()).isFalse();
        assertThat(TimerSchedule.parse("0 * * * * *").adjustsForDst()).isTrue();
    }

    @Test
    void timerInfoHasTheHostsShapeAndTimestamps() throws Exception {
        String json =
                TimerInfo.json(
                        true,
                        TimerInfo.NEVER,
                        at("2026-11-22T10:01:00Z"),
                        at("2026-11-22T10:00:00.012Z"));

        JsonNode info = new ObjectMapper().readTree(json);
        assertThat(info.fieldNames())
                .toIterable()
                .containsExactly("Schedule", "ScheduleStatus", "IsPastDue");
        assertThat(info.path("Schedule").path("AdjustForDST").asBoolean()).isTrue();
        assertThat(info.path("IsPastDue").isBoolean()).isTrue();
        assertThat(info.path("IsPastDue").asBoolean()).isFalse();
        assertThat(info.path("ScheduleStatus").path("Last").asText())
                .isEqualTo("0001-01-01T00:00:00+00:00");
        assertThat(info.path("ScheduleStatus").path("Next").asText())
                .isEqualTo("2026-11-22T10:01:00+00:00");
        assertThat(info.path("ScheduleStatus").path("LastUpdated").asText())
                .isEqualTo("2026-11-22T10:00:00.012+00:00");
    }
}
