package io.gatehouse.devhost;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatus;
import com.microsoft.azure.functions.annotation.AuthorizationLevel;
import com.microsoft.azure.functions.annotation.BindingName;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import com.microsoft.azure.functions.annotation.QueueTrigger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small function app for the dev host's own tests. Its function.json files are written by {@link
 * FunctionAppDirectory} in the packaging plugin's format; the annotations here mirror them.
 */
public class SampleFunctions {

    static final AtomicInteger INSTANCES_CREATED = new AtomicInteger();
    static final AtomicInteger ECHO_INVOCATIONS = new AtomicInteger();

    /** Set by a test; every Rendezvous call waits here until all parties have arrived. */
    static volatile CyclicBarrier rendezvous = new CyclicBarrier(1);

    private final int instanceNumber = INSTANCES_CREATED.incrementAndGet();
    private int callsOnThisInstance;

    @FunctionName("GetClient")
    public HttpResponseMessage getClient(
            @HttpTrigger(
                            name = "req",
                            methods = HttpMethod.GET,
                            route = "clients/{id:guid}",
                            authLevel = AuthorizationLevel.ANONYMOUS)
                    HttpRequestMessage<Optional<String>> request,
            @BindingName("id") String id,
            @BindingName("view") String view,
            ExecutionContext context) {
        Map<String, Object> seen = new LinkedHashMap<>();
        seen.put("id", id);
        seen.put("view", view);
        seen.put("functionName", context.getFunctionName());
        seen.put("invocationId", context.getInvocationId());
        seen.put("traceparent", context.getTraceContext().getTraceparent());
        seen.put("requestIdLowerCase", request.getHeaders().get("x-request-id"));
        seen.put("requestIdAsSent", request.getHeaders().get("X-Request-Id"));
        seen.put("uri", request.getUri().toString());
        return request.createResponseBuilder(HttpStatus.OK)
                .header("X-Function", context.getFunctionName())
                .body(seen)
                .build();
    }

    @FunctionName("ExportClients")
    public HttpResponseMessage exportClients(
            @HttpTrigger(
                            name = "req",
                            methods = HttpMethod.GET,
                            route = "clients/export",
                            authLevel = AuthorizationLevel.ANONYMOUS)
                    HttpRequestMessage<Optional<String>> request) {
        return request.createResponseBuilder(HttpStatus.OK).body("export").build();
    }

    @FunctionName("Echo")
    public HttpResponseMessage echo(
            @HttpTrigger(
                            name = "req",
                            methods = HttpMethod.POST,
                            route = "echo",
                            authLevel = AuthorizationLevel.ANONYMOUS)
                    HttpRequestMessage<Optional<String>> request) {
        ECHO_INVOCATIONS.incrementAndGet();
        return request.createResponseBuilder(HttpStatus.CREATED)
                .header(
                        "Content-Type",
                        request.getHeaders().getOrDefault("content-type", "text/plain"))
                .header("X-Body-Present", String.valueOf(request.getBody().isPresent()))
                .body(request.getBody().orElse("<none>"))
                .build();
    }

    /** Declares no route, so the host serves it at its function name. */
    @FunctionName("WhoAmI")
    public HttpResponseMessage whoAmI(
            @HttpTrigger(
                            name = "req",
                            methods = HttpMethod.GET,
                            authLevel = AuthorizationLevel.ANONYMOUS)
                    HttpRequestMessage<Optional<String>> request) {
        callsOnThisInstance++;
        return request.createResponseBuilder(HttpStatus.OK)
                .body("instance " + instanceNumber + ", call " + callsOnThisInstance)
                .build();
    }

    @FunctionName("Items")
    public HttpResponseMessage items(
            @HttpTrigger(
                            name = "req",
                            methods = HttpMethod.GET,
                            route = "items/{name:alpha?}",
                            authLevel = AuthorizationLevel.ANONYMOUS)
                    HttpRequestMessage<Optional<String>> request,
            @BindingName("name") String name) {
        return request.createResponseBuilder(HttpStatus.OK)
                .body(name == null ? "all items" : name)
                .build();
    }

    @FunctionName("Fail")
    public HttpResponseMessage fail(
            @HttpTrigger(
                            name = "req",
                            methods = HttpMethod.GET,
                            route = "fail",
                            authLevel = AuthorizationLevel.ANONYMOUS)
                    HttpRequestMessage<Optional<String>> request) {
        throw new IllegalStateException("secret-detail: connection string was here");
    }

    @FunctionName("Rendezvous")
    public HttpResponseMessage rendezvous(
            @HttpTrigger(
                            name = "req",
                            methods = HttpMethod.GET,
                            route = "rendezvous",
                            authLevel = AuthorizationLevel.ANONYMOUS)
                    HttpRequestMessage<Optional<String>> request)
            throws Exception {
        // Only returns when every party is inside a function at the same time: proves requests run
        // concurrently.
        rendezvous.await(10, TimeUnit.SECONDS);
        return request.createResponseBuilder(HttpStatus.OK).body("met").build();
    }

    /**
     * Wired to a queue trigger in the HTTP tests' app directory; those tests start without app
     * settings.
     */
    @FunctionName("OnQueueMessage")
    public void onQueueMessage(
            @QueueTrigger(
                            name = "message",
                            queueName = "audit-events",
                            connection = "AzureWebJobsStorage")
                    String message) {}
}
