package io.gatehouse.devhost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.azure.functions.HttpMethod;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the packaged app declares: host.json's route prefix and queue settings, and every function
 * from its {@code <name>/function.json}, read from the directory {@code mvn package} writes ({@code
 * target/azure-functions/<app>/}). The dev host serves from this metadata rather than from the
 * annotations, so a test exercises exactly what gets deployed.
 *
 * @param queuesOptions host.json's {@code extensions.queues}, with the host's defaults filled in
 * @param queueFunctions the queue-triggered functions, with what the dev host needs to deliver
 *     their messages
 * @param timerFunctions the timer-triggered functions, with what the dev host needs to fire them
 * @param nonHttpFunctions every function that is not HTTP-triggered (queue and timer ones
 *     included), as a listing
 */
public record FunctionAppMetadata(
        Path appDir,
        String routePrefix,
        QueuesExtensionOptions queuesOptions,
        List<HttpFunctionMetadata> httpFunctions,
        List<QueueFunctionMetadata> queueFunctions,
        List<TimerFunctionMetadata> timerFunctions,
        List<NonHttpFunctionMetadata> nonHttpFunctions) {

    /** The host's default when host.json does not set {@code extensions.http.routePrefix}. */
    public static final String DEFAULT_ROUTE_PREFIX = "api";

    private static final ObjectMapper JSON = new ObjectMapper();

    public FunctionAppMetadata {
        httpFunctions = List.copyOf(httpFunctions);
        queueFunctions = List.copyOf(queueFunctions);
        timerFunctions = List.copyOf(timerFunctions);
        nonHttpFunctions = List.copyOf(nonHttpFunctions);
    }

    /**
     * Reads {@code appDir/host.json} (optional) and every {@code appDir/<name>/function.json}, in
     * name order.
     *
     * @throws IllegalArgumentException when a function.json cannot be understood (no trigger, bad
     *     route, ...); failing here beats serving the function differently from Azure
     */
    public static FunctionAppMetadata read(Path appDir) {
        JsonNode hostJson = readHostJson(appDir.resolve("host.json"));
        String routePrefix = routePrefix(hostJson);
        QueuesExtensionOptions queuesOptions;
        try {
            queuesOptions =
                    QueuesExtensionOptions.fromHostJson(hostJson.path("extensions").path("queues"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    appDir.resolve("host.json") + ": extensions.queues: " + e.getMessage(), e);
        }
        FunctionLists functions = new FunctionLists();
        for (Path functionJson : functionJsonFiles(appDir)) {
            String functionName = functionJson.getParent().getFileName().toString();
            try {
                readFunction(functionName, readJson(functionJson), routePrefix, functions);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(functionJson + ": " + e.getMessage(), e);
            }
        }
        return new FunctionAppMetadata(
                appDir,
                routePrefix,
                queuesOptions,
                functions.http,
                functions.queue,
                functions.timer,
                functions.other);
    }

    public List<String> functionNames() {
        return Stream.concat(
                        httpFunctions.stream().map(HttpFunctionMetadata::functionName),
                        nonHttpFunctions.stream().map(NonHttpFunctionMetadata::functionName))
                .sorted()
                .toList();
    }

    /** A missing host.json is an empty one: every setting takes the host's default. */
    private static JsonNode readHostJson(Path hostJson) {
        return Files.isRegularFile(hostJson) ? readJson(hostJson) : JSON.createObjectNode();
    }

    private static String routePrefix(JsonNode hostJson) {
        JsonNode prefix = hostJson.path("extensions").path("http").path("routePrefix");
        return prefix.isTextual() ? prefix.asText() : DEFAULT_ROUTE_PREFIX;
    }

    private static List<Path> functionJsonFiles(Path appDir) {
        if (!Files.isDirectory(appDir)) {
            throw new IllegalArgumentException("not a function app directory: " + appDir);
        }
        try (Stream<Path> children = Files.list(appDir)) {
            return children.map(child -> child.resolve("function.json"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The functions read so far, by how the dev host treats them. */
    private static final class FunctionLists {
        final List<HttpFunctionMetadata> http = new ArrayList<>();
        final List<QueueFunctionMetadata> queue = new ArrayList<>();
        final List<TimerFunctionMetadata> timer = new ArrayList<>();
        final List<NonHttpFunctionMetadata> other = new ArrayList<>();
    }

    private static void readFunction(
            String functionName,
            JsonNode functionJson,
            String routePrefix,
            FunctionLists functions) {
        EntryPoint entryPoint = EntryPoint.parse(functionJson.path("entryPoint").asText(null));
        JsonNode bindings = functionJson.path("bindings");
        JsonNode trigger = findTrigger(bindings);
        String triggerType = trigger.path("type").asText();
        if (triggerType.equalsIgnoreCase("httpTrigger")) {
            functions.http.add(
                    httpFunction(functionName, entryPoint, trigger, bindings, routePrefix));
            return;
        }
        if (triggerType.equalsIgnoreCase("queueTrigger")) {
            functions.queue.add(queueFunction(functionName, entryPoint, trigger, bindings));
        }
        if (triggerType.equalsIgnoreCase("timerTrigger")) {
            functions.timer.add(timerFunction(functionName, entryPoint, trigger, bindings));
        }
        functions.other.add(new NonHttpFunctionMetadata(functionName, entryPoint, triggerType));
    }

    private static HttpFunctionMetadata httpFunction(
            String functionName,
            EntryPoint entryPoint,
            JsonNode trigger,
            JsonNode bindings,
            String routePrefix) {
        // The host uses the function name when a trigger declares no route.
        String route = trigger.hasNonNull("route") ? trigger.get("route").asText() : functionName;
        return new HttpFunctionMetadata(
                functionName,
                entryPoint,
                route,
                RouteTemplate.of(routePrefix, route),
                methods(trigger.path("methods")),
                trigger.path("name").asText(),
                bindingNames(bindings),
                trigger.path("authLevel").asText(null));
    }

    private static QueueFunctionMetadata queueFunction(
            String functionName, EntryPoint entryPoint, JsonNode trigger, JsonNode bindings) {
        String queueName = trigger.path("queueName").asText("");
        if (queueName.isBlank()) {
            throw new IllegalArgumentException("a queueTrigger needs a queueName");
        }
        // A %setting% reference is checked once the app settings resolve it, when delivery starts.
        if (!queueName.contains("%")) {
            queueName = QueueNames.normalize(queueName);
        }
        String connection = trigger.path("connection").asText("");
        return new QueueFunctionMetadata(
                functionName,
                entryPoint,
                queueName,
                connection.isBlank() ? QueueFunctionMetadata.DEFAULT_CONNECTION : connection,
                trigger.path("name").asText(),
                bindingNames(bindings));
    }

    /**
     * The schedule itself is parsed when the timers start, once app settings can resolve a
     * %setting% in it.
     */
    private static TimerFunctionMetadata timerFunction(
            String functionName, EntryPoint entryPoint, JsonNode trigger, JsonNode bindings) {
        String schedule = trigger.path("schedule").asText("");
        if (schedule.isBlank()) {
            throw new IllegalArgumentException("a timerTrigger needs a schedule");
        }
        return new TimerFunctionMetadata(
                functionName,
                entryPoint,
                schedule,
                trigger.path("runOnStartup").asBoolean(false),
                // The host's default: monitor the schedule (the dev host ignores it either way).
                trigger.path("useMonitor").asBoolean(true),
                trigger.path("name").asText(),
                bindingNames(bindings));
    }

    private static JsonNode findTrigger(JsonNode bindings) {
        List<JsonNode> triggers = new ArrayList<>();
        for (JsonNode binding : bindings) {
            if (binding.path("type").asText().toLowerCase(Locale.ROOT).endsWith("trigger")) {
                triggers.add(binding);
            }
        }
        if (triggers.size() != 1) {
            throw new IllegalArgumentException(
                    "a function needs exactly one trigger binding, found " + triggers.size());
        }
        return triggers.getFirst();
    }

    private static Set<HttpMethod> methods(JsonNode declared) {
        if (!declared.isArray() || declared.isEmpty()) {
            return EnumSet.allOf(HttpMethod.class);
        }
        Set<HttpMethod> methods = EnumSet.noneOf(HttpMethod.class);
        declared.forEach(method -> methods.add(HttpMethod.value(method.asText())));
        return methods;
    }

    private static List<String> bindingNames(JsonNode bindings) {
        List<String> names = new ArrayList<>();
        bindings.forEach(binding -> names.add(binding.path("name").asText()));
        return names;
    }

    private static JsonNode readJson(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
