package io.gatehouse.devhost;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.annotation.BindingName;
import com.microsoft.azure.functions.annotation.QueueTrigger;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The parameters a queue-triggered function may declare in the dev host: the message
 * ({@code @QueueTrigger} as {@code String} or {@code byte[]}), the metadata the host offers as
 * {@code @BindingName}s, and the {@link ExecutionContext}. A function asking for anything else (a
 * POJO message, output bindings, a metadata name the host does not offer) is refused at start-up
 * rather than handed {@code null}.
 */
final class QueueParameterBinder implements FunctionInvoker.ParameterBinder<QueueInvocation> {

    private static final String METADATA_NAMES =
            "QueueTrigger, DequeueCount, Id, PopReceipt, InsertionTime, ExpirationTime, NextVisibleTime";

    @Override
    public FunctionInvoker.ArgumentSource<QueueInvocation> sourceFor(Parameter parameter) {
        if (parameter.isAnnotationPresent(QueueTrigger.class)) {
            FunctionInvoker.requireType(parameter, "@QueueTrigger", String.class, byte[].class);
            return parameter.getType() == String.class
                    ? QueueParameterBinder::bodyAsText
                    : invocation -> invocation.body().clone();
        }
        if (parameter.isAnnotationPresent(BindingName.class)) {
            return metadataSource(parameter, parameter.getAnnotation(BindingName.class).value());
        }
        if (parameter.getType() == ExecutionContext.class) {
            return QueueInvocation::context;
        }
        throw new IllegalArgumentException(
                "parameter '"
                        + parameter.getName()
                        + "' has no binding the dev host "
                        + "supports for queue triggers (@QueueTrigger, @BindingName or ExecutionContext)");
    }

    /** Binding names match case-insensitively, as the host's binding data does. */
    private static FunctionInvoker.ArgumentSource<QueueInvocation> metadataSource(
            Parameter parameter, String name) {
        String binding = "@BindingName(\"" + name + "\")";
        switch (name.toLowerCase(Locale.ROOT)) {
            case "dequeuecount" -> {
                FunctionInvoker.requireType(
                        parameter,
                        binding,
                        String.class,
                        int.class,
                        Integer.class,
                        long.class,
                        Long.class);
                return dequeueCountSource(parameter.getType());
            }
            case "queuetrigger" -> {
                FunctionInvoker.requireType(parameter, binding, String.class);
                return QueueParameterBinder::bodyAsText;
            }
            case "id" -> {
                FunctionInvoker.requireType(parameter, binding, String.class);
                return invocation -> invocation.message().id();
            }
            case "popreceipt" -> {
                FunctionInvoker.requireType(parameter, binding, String.class);
                return invocation -> invocation.message().popReceipt();
            }
            case "insertiontime" -> {
                FunctionInvoker.requireType(parameter, binding, String.class);
                return invocation -> timestamp(invocation.message().insertionTime());
            }
            case "expirationtime" -> {
                FunctionInvoker.requireType(parameter, binding, String.class);
                return invocation -> timestamp(invocation.message().expirationTime());
            }
            case "nextvisibletime" -> {
                FunctionInvoker.requireType(parameter, binding, String.class);
                return invocation -> timestamp(invocation.message().nextVisibleTime());
            }
            default ->
                    throw new IllegalArgumentException(
                            binding
                                    + " is not metadata a queue trigger offers ("
                                    + METADATA_NAMES
                                    + ")");
        }
    }

    private static FunctionInvoker.ArgumentSource<QueueInvocation> dequeueCountSource(
            Class<?> type) {
        if (type == String.class) {
            return invocation -> Long.toString(invocation.message().dequeueCount());
        }
        if (type == int.class || type == Integer.class) {
            return invocation -> Math.toIntExact(invocation.message().dequeueCount());
        }
        return invocation -> invocation.message().dequeueCount();
    }

    /** The host decodes the message bytes as UTF-8 for a string parameter. */
    private static String bodyAsText(QueueInvocation invocation) {
        return new String(invocation.body(), StandardCharsets.UTF_8);
    }

    /**
     * ISO-8601 with its offset ({@code 2025-01-31T09:30:00Z}); {@code null} when the service sent
     * none.
     */
    private static String timestamp(OffsetDateTime time) {
        return time == null ? null : time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
