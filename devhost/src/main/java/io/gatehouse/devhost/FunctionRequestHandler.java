package io.gatehouse.devhost;

import com.microsoft.azure.functions.HttpMethod;
import io.gatehouse.devhost.ResponseWriter.EncodedResponse;
import io.gatehouse.devhost.RouteTable.RouteMatch;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Serves one request as the host would: route it, refuse an oversized body (413), invoke the
 * function, and write its response. Where the host would answer with an empty body, the dev host
 * answers with one of {@link HostProblems}: 404 when no route matches the path (a route constraint
 * not met included), 405 with Allow when routes match it under other methods. A function that
 * throws gets a 500 that says nothing; the exception goes to the log only, never to the client. A
 * body that cannot be read as framed is left to {@link HttpLayerErrors}, like every other protocol
 * error.
 */
final class FunctionRequestHandler extends Handler.Abstract {

    private static final Logger LOG = Logger.getLogger(FunctionRequestHandler.class.getName());

    private final RouteTable routes;
    private final Map<String, FunctionInvoker<HttpInvocation>> invokersByFunctionName;
    private final int maxBodyBytes;
    private final RequestBodyReader bodyReader;
    private final HttpLayerErrors protocolErrors;
    private final ResponseWriter responseWriter = new ResponseWriter();

    FunctionRequestHandler(
            RouteTable routes,
            Map<String, FunctionInvoker<HttpInvocation>> invokersByFunctionName,
            int maxBodyBytes,
            HttpLayerErrors protocolErrors) {
        this.routes = routes;
        this.protocolErrors = protocolErrors;
        this.invokersByFunctionName = Map.copyOf(invokersByFunctionName);
        this.maxBodyBytes = maxBodyBytes;
        this.bodyReader = new RequestBodyReader(maxBodyBytes);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String rawPath = Objects.requireNonNullElse(request.getHttpURI().getPath(), "");
        Optional<RouteMatch> match =
                parseMethod(request.getMethod()).flatMap(method -> routes.find(method, rawPath));
        if (match.isEmpty()) {
            refuseUnrouted(request, response, callback, rawPath);
            return true;
        }
        Optional<byte[]> body;
        try {
            body = bodyReader.read(request);
        } catch (RequestBodyReader.BodyTooLargeException e) {
            HostProblems.send(
                    request,
                    response,
                    callback,
                    413,
                    "The request body is larger than " + maxBodyBytes + " bytes.",
                    rawPath);
            return true;
        } catch (IOException unreadable) {
            protocolErrors.answerUnreadableBody(request, response, callback, unreadable);
            return true;
        }
        URI uri;
        try {
            uri = absoluteUri(request);
        } catch (IllegalArgumentException malformedTarget) {
            // Jetty checks the path's escapes, not the query's: "?cursor=%%%" reaches here
            HostProblems.send(
                    request,
                    response,
                    callback,
                    400,
                    "The request target is malformed (a query with an invalid %-escape).",
                    rawPath);
            return true;
        }
        Optional<EncodedResponse> encoded =
                invoke(match.get(), toFunctionRequest(request, uri, body));
        if (encoded.isPresent()) {
            ResponseWriter.send(request, response, callback, encoded.get());
        } else {
            HostProblems.send(
                    request,
                    response,
                    callback,
                    500,
                    "The request could not be completed.",
                    rawPath);
        }
        return true;
    }

    private void refuseUnrouted(
            Request request, Response response, Callback callback, String rawPath) {
        Set<HttpMethod> allowed = routes.methodsAllowedOn(rawPath);
        if (allowed.isEmpty()) {
            HostProblems.send(
                    request,
                    response,
                    callback,
                    404,
                    "No function is served at this path.",
                    rawPath);
        } else {
            String allow = allowed.stream().map(HttpMethod::name).collect(Collectors.joining(", "));
            HostProblems.send(
                    request,
                    response,
                    callback,
                    405,
                    "This path does not accept the request's method.",
                    rawPath,
                    Map.of("Allow", allow));
        }
    }

    /**
     * @return the encoded response, or empty when the function (or encoding its result) failed;
     *     logged here
     */
    private Optional<EncodedResponse> invoke(RouteMatch match, DevHttpRequest request) {
        String functionName = match.function().functionName();
        DevExecutionContext context =
                DevExecutionContext.newInvocation(
                        functionName, DevTraceContext.fromHeaders(request.getHeaders()));
        try {
            Object returned =
                    invokersByFunctionName
                            .get(functionName)
                            .invoke(new HttpInvocation(request, match.routeValues(), context));
            return Optional.of(responseWriter.encode(returned));
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (Throwable failure) {
            LOG.log(
                    Level.SEVERE,
                    "function "
                            + functionName
                            + " failed (invocation "
                            + context.getInvocationId()
                            + ") on "
                            + request.getHttpMethod()
                            + " "
                            + request.getUri(),
                    failure);
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

    private static DevHttpRequest toFunctionRequest(
            Request request, URI uri, Optional<byte[]> body) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (HttpField field : request.getHeaders()) {
            headers.merge(
                    field.getName(), field.getValue(), (first, second) -> first + "," + second);
        }
        appendForwardedFor(headers, request);
        return new DevHttpRequest(
                HttpMethod.value(request.getMethod()),
                uri,
                headers,
                body.map(bytes -> new String(bytes, StandardCharsets.UTF_8)));
    }

    /**
     * Azure's front end appends the address it received the connection from (with its port) to
     * X-Forwarded-For; whatever the caller sent stays in front of it.
     */
    private static void appendForwardedFor(Map<String, String> headers, Request request) {
        String peer = Request.getRemoteAddr(request) + ":" + Request.getRemotePort(request);
        String existing =
                headers.entrySet().stream()
                        .filter(header -> header.getKey().equalsIgnoreCase("X-Forwarded-For"))
                        .map(Map.Entry::getValue)
                        .findFirst()
                        .orElse(null);
        headers.keySet().removeIf(name -> name.equalsIgnoreCase("X-Forwarded-For"));
        headers.put("X-Forwarded-For", existing == null ? peer : existing + ", " + peer);
    }

    /**
     * The host gives functions the full URL the client used, so rebuild it from the Host header.
     *
     * @throws IllegalArgumentException when the target itself is not a URI (an invalid escape in
     *     the query)
     */
    private static URI absoluteUri(Request request) {
        String target = request.getHttpURI().getPathQuery();
        String host = request.getHeaders().get(HttpHeader.HOST);
        if (host != null && !host.isBlank()) {
            try {
                return URI.create("http://" + host + target);
            } catch (IllegalArgumentException malformedHost) {
                // fall through to the address the request actually reached
            }
        }
        return URI.create(
                "http://"
                        + Request.getLocalAddr(request)
                        + ":"
                        + Request.getLocalPort(request)
                        + target);
    }
}
