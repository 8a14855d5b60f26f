package io.gatehouse.devhost;

/**
 * A function that is not HTTP-triggered, as a listing: tests and the local stack see every function
 * the package declares. Queue- and timer-triggered functions appear here too, and in {@link
 * FunctionAppMetadata#queueFunctions()} and {@link FunctionAppMetadata#timerFunctions()} with what
 * delivering messages and firing them needs; other triggers are listed only and driven by other
 * means.
 *
 * @param triggerType the trigger binding's {@code type}, e.g. {@code queueTrigger} or {@code
 *     timerTrigger}
 */
public record NonHttpFunctionMetadata(
        String functionName, EntryPoint entryPoint, String triggerType) {}
