package io.gatehouse.devhost;

import com.microsoft.azure.functions.ExecutionContext;

/**
 * What one timer-triggered invocation can bind parameters from.
 *
 * @param timerInfo the TimerInfo JSON the Java worker hands a {@code @TimerTrigger String}
 *     parameter
 */
record TimerInvocation(String timerInfo, ExecutionContext context) {}
