package io.gatehouse.devhost;

import io.gatehouse.devhost.ResponseWriter.EncodedResponse;
import io.gatehouse.devhost.RouteTable.RouteMatch;
import com.microsoft.azure.functions.HttpMethod;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Serves one request as the host would: route it (404 with an empty body when nothing matches, whatever the
 * reason), refuse an oversized body (413), invoke the function, and write its response. A function that throws
 * gets a 500 with an empty body; the exception goes to the log only, never to the client.
 */
final class FunctionRequestHandler implements HttpHandler {

    private static final Logger LOG = Logger.getLogger(FunctionRequestHandler.class.getName());

    private final RouteTable routes;
    private final Map<String, FunctionInvoker<HttpInvocation>> invokersByFunctionName;
    private final RequestBodyReader bodyReader;
    private final ResponseWriter responseWriter = new ResponseWriter();

    FunctionRequestHandler(RouteTable routes, Map<String, FunctionInvoker<HttpInvocation>> invokersByFunctionName,
                           int maxBodyBytes) {
        this.routes = routes;
        this.invokersByFunctionName = Map.copyOf(invokersByFunctionName);
        this.bodyReader = new RequestBodyReader(maxBodyBytes);
    }

    @Override
    public void handle(HttpExchange exchange) {
        try (exchange) {
            serve(exchange);
        } catch (IOException e) {
            // The client went away or sent garbage; there is nobody left to answer.
            LOG.log(Level.FINE, "could not complete " + exchange.getRequestURI(), e);
        } catch (RuntimeException e) {
            // A fault in the dev host itself, not in a function: the connection is closed without an answer.
            LOG.log(Level.SEVERE, "dev host failed on " + exchange.getRequestURI(), e);
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        String rawPath = Objects.requireNonNullElse(exchange.getRequestURI().getRawPath(), "");
        Optional<RouteMatch> match = parseMethod(exchange.getRequestMethod())
                .flatMap(method -> routes.find(method, rawPath));
        if (match.isEmpty()) {
            ResponseWriter.sendEmpty(exchange, 404);
            return;
        }
        Optional<byte[]> body;
        try {
            body = bodyReader.read(exchange);
        } catch (RequestBodyReader.BodyTooLargeException e) {
            ResponseWriter.sendEmpty(exchange, 413);
            return;
        }
        Optional<EncodedResponse> response = invoke(match.get(), toFunctionRequest(exchange, body));
        if (response.isPresent()) {
            ResponseWriter.send(exchange, response.get());
        } else {
            ResponseWriter.sendEmpty(exchange, 500);
        }
    }

    /** @return the encoded response, or empty when the function (or encoding its result) failed; logged here */
    private Optional<EncodedResponse> invoke(RouteMatch match, DevHttpRequest request) {
        String functionName = match.function().functionName();
        DevExecutionContext context =
                DevExecutionContext.newInvocation(functionName, DevTraceContext.fromHeaders(request.getHeaders()));
        try {
            Object returned = invokersByFunctionName.get(functionName)
                    .invoke(new HttpInvocation(request, match.routeValues(), context));
            return Optional.of(responseWriter.encode(returned));
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (Throwable failure) {
            LOG.log(Level.SEVERE, "function " + functionName + " failed (invocation " + context.getInvocationId()
                    + ") on " + request.getHttpMethod() + " " + request.getUri(), failure);
            return Optional.empty();
        }
    }

    private static Optional<HttpMethod> parseMethod(String method) {
        try {
            return Optional.of(HttpMethod.value(method));
        } catch (IllegalArgumentException unknownMethod) {
            return Optional.empty();
        }
    }

    private static DevHttpRequest toFunctionRequest(HttpExchange exchange, Optional<byte[]> body) {
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, String.join(",", values)));
        appendForwardedFor(headers, exchange);
        return new DevHttpRequest(
                HttpMethod.value(exchange.getRequestMethod()),
                absoluteUri(exchange),
                headers,
                body.map(bytes -> new String(bytes, StandardCharsets.UTF_8)));
    }

    /**
     * Azure's front end appends the address it received the connection from (with its port) to
     * X-Forwarded-For; whatever the caller sent stays in front of it.
     */
    private static void appendForwardedFor(Map<String, String> headers, HttpExchange exchange) {
        String peer = exchange.getRemoteAddress().getAddress().getHostAddress() + ":" + exchange.getRemoteAddress().getPort();
        String existing = headers.entrySet().stream().filter(header -> header.getKey().equalsIgnoreCase("X-Forwarded-For"))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        headers.keySet().removeIf(name -> name.equalsIgnoreCase("X-Forwarded-For"));
        headers.put("X-Forwarded-For", existing == null ? peer : existing + ", " + peer);
    }

    /** The host gives functions the full URL the client used, so rebuild it from the Host header. */
    private static URI absoluteUri(HttpExchange exchange) {
        String target = exchange.getRequestURI().toString();
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host != null && !host.isBlank()) {
            try {
                return URI.create("http://" + host + target);
            } catch (IllegalArgumentException malformedHost) {
                // fall through to the address the request actually reached
            }
        }
        return URI.create("http://" + exchange.getLocalAddress().getHostString() + ":"
                + exchange.getLocalAddress().getPort() + target);
    }
}
