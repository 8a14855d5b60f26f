package io.gatehouse.devhost;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes a packaged-app directory for tests, in the format azure-functions-maven-plugin 1.37.0
 * produces: {@code host.json} plus {@code <FunctionName>/function.json} per function.
 */
final class FunctionAppDirectory {

    static final String SAMPLE_CLASS = SampleFunctions.class.getName();
    static final String QUEUE_SAMPLE_CLASS = SampleQueueFunctions.class.getName();
    static final String TIMER_SAMPLE_CLASS = SampleTimerFunctions.class.getName();

    /** The connection setting every sample queue trigger names, as the app's own functions do. */
    static final String CONNECTION = "AzureWebJobsStorage";

    private static final ObjectMapper JSON =
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path dir;

    private FunctionAppDirectory(Path dir) {
        this.dir = dir;
    }

    /**
     * @param routePrefix written to host.json; {@code null} writes a host.json that does not set
     *     one
     */
    static FunctionAppDirectory create(Path dir, String routePrefix) {
        ObjectNode host = JSON.createObjectNode().put("version", "2.0");
        if (routePrefix != null) {
            host.putObject("extensions").putObject("http").put("routePrefix", routePrefix);
        }
        write(dir.resolve("host.json"), host);
        return new FunctionAppDirectory(dir);
    }

    /** The sample app every end-to-end test serves, under the default "api" prefix. */
    static FunctionAppDirectory sampleApp(Path dir) {
        return create(dir, "api")
                .http("GetClient", "getClient", "clients/{id:guid}", "GET")
                .http("ExportClients", "exportClients", "clients/export", "GET")
                .http("Echo", "echo", "echo", "POST")
                .http("WhoAmI", "whoAmI", null, "GET")
                .http("Items", "items", "items/{name:alpha?}", "GET")
                .http("Fail", "fail", "fail", "GET")
                .http("Rendezvous", "rendezvous", "rendezvous", "GET")
                .queue("OnQueueMessage", SAMPLE_CLASS + ".onQueueMessage", "audit-events");
    }

    /**
     * An HTTP function whose entry point is {@code SampleFunctions.<method>}.
     *
     * @param route {@code null} leaves "route" out, as the plugin does when the annotation has none
     * @param methods none leaves "methods" out (every method accepted)
     */
    FunctionAppDirectory http(String functionName, String method, String route, String... methods) {
        return httpWithEntryPoint(functionName, SAMPLE_CLASS + "." + method, route, methods);
    }

    FunctionAppDirectory httpWithEntryPoint(
            String functionName, String entryPoint, String route, String... methods) {
        ObjectNode function = functionJson(entryPoint);
        ArrayNode bindings = function.putArray("bindings");
        ObjectNode trigger =
                bindings.addObject()
                        .put("type", "httpTrigger")
                        .put("direction", "in")
                        .put("name", "req");
        if (route != null) {
            trigger.put("route", route);
        }
        if (methods.length > 0) {
            ArrayNode declared = trigger.putArray("methods");
            for (String method : methods) {
                declared.add(method);
            }
        }
        trigger.put("authLevel", "ANONYMOUS");
        bindings.addObject().put("type", "http").put("direction", "out").put("name", "$return");
        write(dir.resolve(functionName).resolve("function.json"), function);
        return this;
    }

    /**
     * A queue-triggered function, bound as the plugin writes {@code @QueueTrigger(name = "message",
     * queueName = <queueName>, connection = "AzureWebJobsStorage")}.
     */
    FunctionAppDirectory queue(String functionName, String entryPoint, String queueName) {
        ObjectNode function = functionJson(entryPoint);
        function.putArray("bindings")
                .addObject()
                .put("type", "queueTrigger")
                .put("direction", "in")
                .put("name", "message")
                .put("queueName", queueName)
                .put("connection", CONNECTION);
        write(dir.resolve(functionName).resolve("function.json"), function);
        return this;
    }

    /**
     * A timer-triggered function, bound as the plugin writes {@code @TimerTrigger(name =
     * "timerInfo", schedule = <schedule>)}; {@code runOnStartup} is written only when true, as the
     * annotation has no such attribute and only a hand-edited function.json carries it.
     */
    FunctionAppDirectory timer(
            String functionName, String entryPoint, String schedule, boolean runOnStartup) {
        ObjectNode function = functionJson(entryPoint);
        ObjectNode trigger =
                function.putArray("bindings")
                        .addObject()
                        .put("type", "timerTrigger")
                        .put("direction", "in")
                        .put("name", "timerInfo")
                        .put("schedule", schedule);
        if (runOnStartup) {
            trigger.put("runOnStartup", true);
        }
        write(dir.resolve(functionName).resolve("function.json"), function);
        return this;
    }

    /** Sets host.json's {@code extensions.queues}, e.g. {@code Map.of("maxDequeueCount", 2)}. */
    FunctionAppDirectory queueSettings(Map<String, ?> settings) {
        Path hostJson = dir.resolve("host.json");
        try {
            ObjectNode host = (ObjectNode) JSON.readTree(hostJson.toFile());
            host.withObject("/extensions").set("queues", JSON.valueToTree(settings));
            write(hostJson, host);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A function with another trigger, e.g. {@code blobTrigger}, that the dev host only lists. */
    FunctionAppDirectory trigger(String functionName, String entryPoint, String triggerType) {
        ObjectNode function = functionJson(entryPoint);
        function.putArray("bindings")
                .addObject()
                .put("type", triggerType)
                .put("direction", "in")
                .put("name", "message");
        write(dir.resolve(functionName).resolve("function.json"), function);
        return this;
    }

    Path path() {
        return dir;
    }

    private static ObjectNode functionJson(String entryPoint) {
        return JSON.createObjectNode()
                .put("scriptFile", "../gatehouse-0.1.0-SNAPSHOT.jar")
                .put("entryPoint", entryPoint);
    }

    private static void write(Path file, ObjectNode json) {
        try {
            Files.createDirectories(file.getParent());
            JSON.writeValue(file.toFile(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
