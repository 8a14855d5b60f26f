package io.gatehouse.devhost;

/**
 * A function that is not HTTP-triggered, as a listing: tests and the local stack see every function the package
 * declares. Queue-triggered functions appear here too, and in {@link FunctionAppMetadata#queueFunctions()} with what
 * delivering their messages needs; other triggers (timers, ...) are listed only and driven by other means.
 *
 * @param triggerType the trigger binding's {@code type}, e.g. {@code queueTrigger} or {@code timerTrigger}
 */
public record NonHttpFunctionMetadata(String functionName, EntryPoint entryPoint, String triggerType) {
}
