package io.gatehouse.consumers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.tenancy.DatabaseUnavailableException;
import io.gatehouse.testing.TestClock;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

/**
 * The audit writer's wait for the database: which failures it waits out, how it paces itself, when
 * it stops.
 */
class OutageRetryTest {

    final TestClock clock = new TestClock(Instant.parse("2026-11-22T08:00:00Z"));
    final List<Duration> pauses = new ArrayList<>();
    final OutageRetry retry =
            new OutageRetry(
                    Duration.ofSeconds(60),
                    clock,
                    pause -> {
                        pauses.add(pause);
                        clock.advance(pause);
                    });

    @Test
    void aDatabaseThatStaysAwayIsRetriedWithDoublingCappedPausesForTheWholeBudgetThenThrown() {
        DatabaseUnavailableException outage =
                new DatabaseUnavailableException(new SQLException("refused", "08001"));
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(
                        () ->
                                retry.run(
                                        "test",
                                        () -> {
                                            calls.incrementAndGet();
                                            throw outage;
                                        }))
                .isSameAs(outage);

        assertThat(pauses)
                .containsExactly(
                        ms(250),
                        ms(500),
                        ms(1_000),
                        ms(2_000),
                        ms(4_000),
                        ms(8_000),
                        ms(10_000),
                        ms(10_000),
                        ms(10_000),
                        ms(10_000),
                        ms(4_250));
        assertThat(pauses.stream().reduce(Duration.ZERO, Duration::plus))
                .isEqualTo(Duration.ofSeconds(60));
        assertThat(calls).hasValue(pauses.size() + 1);
    }

    @Test
    void aDatabaseThatComesBackWithinTheBudgetGivesTheResult() {
        AtomicInteger calls = new AtomicInteger();

        String result =
                retry.run(
                        "test",
                        () -> {
                            if (calls.incrementAndGet() < 4) {
                                throw new DataAccessException(
                                        "terminating connection",
                                        new SQLException("admin shutdown", "57P01"));
                            }
                            return "written";
                        });

        assertThat(result).isEqualTo("written");
        assertThat(calls).hasValue(4);
    }

    @Test
    void aRefusalIsThrownAtOnceWithoutWaiting() {
        DataAccessException refusal =
                new DataAccessException("duplicate", new SQLException("unique", "23505"));
        IllegalArgumentException invalid = new IllegalArgumentException("not an audit event");

        assertThatThrownBy(
                        () ->
                                retry.run(
                                        "test",
                                        () -> {
                                            throw refusal;
                                        }))
                .isSameAs(refusal);
        assertThatThrownBy(
                        () ->
                                retry.run(
                                        "test",
                                        () -> {
                                            throw invalid;
                                        }))
                .isSameAs(invalid);
        assertThat(pauses).isEmpty();
    }

    @Test
    void aClosedPoolIsNotWaitedFor() {
        // What TenantTransactions throws once its pool is closed: no amount of waiting reopens it.
        DatabaseUnavailableException closed =
                new DatabaseUnavailableException(
                        new SQLException("HikariDataSource (gatehouse-runtime) has been closed."));

        assertThatThrownBy(
                        () ->
                                retry.run(
                                        "test",
                                        () -> {
                                            throw closed;
                                        }))
                .isSameAs(closed);
        assertThat(pauses).isEmpty();
    }

    @Test
    void aPoolThatCannotGetAConnectionInTimeIsAnOutage() {
        DatabaseUnavailableException timedOut =
                new DatabaseUnavailableException(
                        new SQLTransientConnectionException(
                                "gatehouse-runtime - Connection is not available, request timed out after 5000ms"));
        AtomicInteger calls = new AtomicInteger();

        assertThat(
                        retry.run(
                                "test",
                                () -> {
                                    if (calls.incrementAndGet() == 1) {
                                        throw timedOut;
                                    }
                                    return "written";
                                }))
                .isEqualTo("written");
        assertThat(pauses).containsExactly(ms(250));
    }

    @Test
    void aZeroBudgetTriesOnce() {
        OutageRetry none = new OutageRetry(Duration.ZERO, clock, pause -> pauses.add(pause));
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(
                        () ->
                                none.run(
                                        "test",
                                        () -> {
                                            calls.incrementAndGet();
                                            throw new DatabaseUnavailableException(
                                                    new SQLException("refused", "08001"));
                                        }))
                .isInstanceOf(DatabaseUnavailableException.class);
        assertThat(calls).hasValue(1);
        assertThat(pauses).isEmpty();
    }

    @Test
    void anInterruptedWaitGivesTheMessageBackAndKeepsTheInterrupt() {
        OutageRetry interrupted =
                new OutageRetry(
                        Duration.ofSeconds(60),
                        clock,
                        pause -> {
                            throw new InterruptedException("host shutting down");
                        });
        try {
            assertThatThrownBy(
                            () ->
                                    interrupted.run(
                                            "test",
                                            () -> {
                                                throw new DatabaseUnavailableException(
                                                        new SQLException("refused", "08001"));
                                            }))
                    .isInstanceOf(DatabaseUnavailableException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    private static Duration ms(long millis) {
        return Duration.ofMillis(millis);
    }
}
