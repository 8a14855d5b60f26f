package io.gatehouse.devhost;

/**
 * A function the dev host does not serve (queue, timer, ...). It is still listed so that tests and the local
 * stack can see every function the package declares, and drive these triggers by other means.
 *
 * @param triggerType the trigger binding's {@code type}, e.g. {@code queueTrigger} or {@code timerTrigger}
 */
public record NonHttpFunctionMetadata(String functionName, EntryPoint entryPoint, String triggerType) {
}
