package io.gatehouse.devhost;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Fires every timer-triggered function of one dev host on its schedule, in UTC. One scheduler
 * thread decides what is due (and is the only thread touching a timer's schedule state); the
 * functions run on a separate pool, so a slow function never delays another's firing. Like the
 * host's singleton lock, a function never runs twice at once: an occurrence that falls due while
 * the previous run is still going is skipped and logged. A run that throws is logged and the
 * schedule goes on.
 */
final class TimerListeners implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(TimerListeners.class.getName());

    /** The host's setting for a time zone other than UTC; the dev host fires in UTC only. */
    private static final String TIME_ZONE_SETTING = "WEBSITE_TIME_ZONE";

    /** How long close waits, after the grace period, for interrupted runs to return. */
    private static final Duration INTERRUPTED_RUN_WAIT = Duration.ofSeconds(1);

    /**
     * One timer function and its schedule state. {@code lastDue} is read and written on the
     * scheduler thread only.
     */
    private static final class Timer {
        final String functionName;
        final String scheduleText;
        final TimerSchedule schedule;
        final boolean runOnStartup;
        final FunctionInvoker<TimerInvocation> invoker;
        final AtomicBoolean running = new AtomicBoolean();
        Instant lastDue = TimerInfo.NEVER;

        Timer(
                String functionName,
                String scheduleText,
                TimerSchedule schedule,
                boolean runOnStartup,
                FunctionInvoker<TimerInvocation> invoker) {
            this.functionName = functionName;
            this.scheduleText = scheduleText;
            this.schedule = schedule;
            this.runOnStartup = runOnStartup;
            this.invoker = invoker;
        }
    }

    private final List<Timer> timers;
    private final Clock clock;
    private final Duration shutdownGracePeriod;
    private final ScheduledExecutorService scheduler;
    private final ExecutorService runs;
    private final AtomicBoolean closed = new AtomicBoolean();

    private TimerListeners(
            List<Timer> timers,
            Clock clock,
            Duration shutdownGracePeriod,
            ClassLoader classLoader) {
        this.timers = List.copyOf(timers);
        this.clock = clock;
        this.shutdownGracePeriod = shutdownGracePeriod;
        // Executors start their threads on first use, so a host without timers starts none.
        this.scheduler =
                Executors.newSingleThreadScheduledExecutor(
                        DaemonThreads.named("devhost-timer-scheduler", classLoader));
        this.runs =
                Executors.newCachedThreadPool(DaemonThreads.named("devhost-timer", classLoader));
    }

    /** For a dev host started without app settings: timer functions are listed, not fired. */
    static TimerListeners none() {
        return new TimerListeners(
                List.of(), Clock.systemUTC(), Duration.ZERO, TimerListeners.class.getClassLoader());
    }

    /**
     * One timer per timer-triggered function, not yet started.
     *
     * @throws IllegalStateException naming the function when its schedule is not supported or never
     *     fires, a {@code %setting%} it refers to is missing, or its entry point cannot be bound
     */
    static TimerListeners create(
            FunctionAppMetadata metadata,
            AppSettings settings,
            FunctionInstances instances,
            Duration shutdownGracePeriod) {
        List<Timer> timers = new ArrayList<>();
        Instant now = Instant.now();
        for (TimerFunctionMetadata function : metadata.timerFunctions()) {
            try {
                settings.value(TIME_ZONE_SETTING)
                        .ifPresent(
                                zone -> {
                                    throw new IllegalArgumentException(
                                            TIME_ZONE_SETTING
                                                    + " is set to '"
                                                    + zone
                                                    + "', but the dev host fires timers in UTC only");
                                });
                requireOnlyTheTrigger(function);
                String scheduleText = settings.resolve(function.schedule());
                TimerSchedule schedule = TimerSchedule.parse(scheduleText);
                if (schedule.next(now).isEmpty()) {
                    throw new IllegalArgumentException(
                            "schedule '" + scheduleText + "' never fires");
                }
                timers.add(
                        new Timer(
                                function.functionName(),
                                scheduleText,
                                schedule,
                                function.runOnStartup(),
                                FunctionInvoker.forTimerFunction(function, instances)));
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw new IllegalStateException(
                        "timer function " + function.functionName() + ": " + e.getMessage(), e);
            }
        }
        return new TimerListeners(
                timers, Clock.systemUTC(), shutdownGracePeriod, instances.classLoader());
    }

    /**
     * Schedules every timer's first occurrence, and its start-up run where function.json asks for
     * one.
     */
    void start() {
        for (Timer timer : timers) {
            scheduler.execute(
                    () -> {
                        Instant now = clock.instant();
                        Optional<Instant> first = scheduleAfter(timer, now);
                        if (timer.runOnStartup) {
                            begin(timer, now, first);
                        }
                    });
        }
    }

    /**
     * One line per timer, with its schedule as resolved from the app settings and its next
     * occurrence.
     */
    Stream<String> describe() {
        Instant now = clock.instant();
        return timers.stream()
                .map(
                        timer ->
                                timer.functionName
                                        + ": timerTrigger "
                                        + timer.scheduleText
                                        + " (UTC"
                                        + (timer.runOnStartup ? ", runOnStartup" : "")
                                        + "), next at "
                                        + timer.schedule
                                                .next(now)
                                                .map(Instant::toString)
                                                .orElse("never"));
    }

    /**
     * Stops firing, then gives running functions the shutdown grace period before interrupting
     * them. Nothing is lost by stopping a timer: the next start fires at the next occurrence again.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        scheduler.shutdownNow();
        try {
            // The scheduler may be handing over a run right now; let it finish so nothing starts
            // after we wait.
            scheduler.awaitTermination(
                    shutdownGracePeriod.toMillis() + 1000, TimeUnit.MILLISECONDS);
            runs.shutdown();
            if (!runs.awaitTermination(shutdownGracePeriod.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warning(
                        "timer functions still running after the shutdown grace period are being interrupted");
                runs.shutdownNow();
                if (!runs.awaitTermination(
                        INTERRUPTED_RUN_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                    LOG.warning(
                            "a timer function ignored its interrupt and is left running on a daemon thread");
                }
            }
        } catch (InterruptedException e) {
            runs.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Schedules the first occurrence after {@code after} and returns it. A run is due at a whole
     * second; the scheduler's delay is computed from the clock, but the occurrence passed on is the
     * due time itself, so a scheduler that wakes a little early or late never fires an occurrence
     * twice or skips one.
     */
    private Optional<Instant> scheduleAfter(Timer timer, Instant after) {
        Optional<Instant> due = timer.schedule.next(after);
        if (due.isEmpty()) {
            LOG.warning(
                    () ->
                            timer.functionName
                                    + ": schedule '"
                                    + timer.scheduleText
                                    + "' has no further occurrence");
            return due;
        }
        long delayNanos = Math.max(0, Duration.between(clock.instant(), due.get()).toNanos());
        try {
            scheduler.schedule(() -> onDue(timer, due.get()), delayNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closing) {
            return Optional.empty();
        }
        return due;
    }

    private void onDue(Timer timer, Instant due) {
        Instant now = clock.instant();
        // When the scheduler woke late (a suspended laptop), occurrences already past are not fired
        // in a burst.
        Optional<Instant> next = scheduleAfter(timer, now.isAfter(due) ? now : due);
        begin(timer, due, next);
    }

    private void begin(Timer timer, Instant due, Optional<Instant> next) {
        if (!timer.running.compareAndSet(false, true)) {
            LOG.warning(
                    () ->
                            timer.functionName
                                    + ": skipped the occurrence due at "
                                    + due
                                    + " because the previous run is still going (one run at a time, as the host's singleton lock)");
            return;
        }
        String timerInfo =
                TimerInfo.json(
                        timer.schedule.adjustsForDst(),
                        timer.lastDue,
                        next.orElse(TimerInfo.NEVER),
                        clock.instant());
        timer.lastDue = due;
        try {
            runs.execute(() -> run(timer, timerInfo));
        } catch (RejectedExecutionException closing) {
            timer.running.set(false);
        }
    }

    private void run(Timer timer, String timerInfo) {
        try {
            DevExecutionContext context =
                    DevExecutionContext.newInvocation(
                            timer.functionName, DevTraceContext.newTrace());
            timer.invoker.invoke(new TimerInvocation(timerInfo, context));
        } catch (Throwable e) {
            // As in the host: a failed run is logged and the next occurrence fires as usual.
            LOG.log(
                    Level.SEVERE,
                    timer.functionName
                            + " failed at "
                            + clock.instant().atOffset(ZoneOffset.UTC)
                            + "; its schedule continues",
                    e);
        } finally {
            timer.running.set(false);
        }
    }

    /**
     * An output binding the dev host does not perform would silently drop what the function returns
     * or sets.
     */
    private static void requireOnlyTheTrigger(TimerFunctionMetadata function) {
        List<String> others =
                function.bindingNames().stream()
                        .filter(name -> !name.equals(function.triggerBindingName()))
                        .toList();
        if (!others.isEmpty()) {
            throw new IllegalArgumentException(
                    "the dev host binds only the timer trigger, but function.json also "
                            + "declares "
                            + others);
        }
    }
}
