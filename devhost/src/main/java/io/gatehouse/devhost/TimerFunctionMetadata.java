package io.gatehouse.devhost;

import java.util.List;

/**
 * A timer-triggered function as its packaged function.json declares it, e.g. what
 * azure-functions-maven-plugin writes for {@code @TimerTrigger(name = "timerInfo", schedule = "0 *
 * * * * *")}.
 *
 * @param schedule the schedule as declared: NCRONTAB or a TimeSpan, possibly a {@code %setting%}
 *     reference resolved from the app settings when the timers start
 * @param runOnStartup function.json's {@code runOnStartup}: also fire once when the host starts
 * @param useMonitor function.json's {@code useMonitor}; read for the listing, ignored by the dev
 *     host (it keeps no schedule status across restarts, so there are no past-due runs to catch up
 *     on)
 * @param triggerBindingName the {@code name} of the timerTrigger binding
 * @param bindingNames the names of every binding, in declaration order
 */
public record TimerFunctionMetadata(
        String functionName,
        EntryPoint entryPoint,
        String schedule,
        boolean runOnStartup,
        boolean useMonitor,
        String triggerBindingName,
        List<String> bindingNames) {

    public TimerFunctionMetadata {
        bindingNames = List.copyOf(bindingNames);
    }
}
