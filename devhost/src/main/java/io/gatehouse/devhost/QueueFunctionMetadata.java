package io.gatehouse.devhost;

import java.util.List;

/**
 * A queue-triggered function as its packaged function.json declares it, e.g. what
 * azure-functions-maven-plugin writes for {@code @QueueTrigger(name = "message", queueName =
 * "audit-events", connection = "AzureWebJobsStorage")}.
 *
 * @param functionName the function's folder name, which is its {@code @FunctionName}
 * @param entryPoint the class and method the worker invokes
 * @param queueName the queue as declared, lower-cased as the host does; may still hold {@code
 *     %setting%} references, resolved from the app settings when delivery starts
 * @param connection the name of the app setting that holds the storage connection (not its value);
 *     {@code "AzureWebJobsStorage"} when function.json names none, as in the host
 * @param triggerBindingName the {@code name} of the queueTrigger binding (the message parameter's
 *     binding)
 * @param bindingNames the names of every binding, in declaration order
 */
public record QueueFunctionMetadata(
        String functionName,
        EntryPoint entryPoint,
        String queueName,
        String connection,
        String triggerBindingName,
        List<String> bindingNames) {

    /** The setting the host reads when a trigger names no connection. */
    public static final String DEFAULT_CONNECTION = "AzureWebJobsStorage";

    public QueueFunctionMetadata {
        bindingNames = List.copyOf(bindingNames);
    }
}
