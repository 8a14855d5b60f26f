package io.gatehouse.devhost;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.microsoft.azure.functions.HttpResponseMessage;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

/**
 * Turns what a function returned into bytes on the wire, as the host does: String and byte[] bodies
 * as-is, any other object as JSON, and a Content-Type to match when the function set none. Encoding
 * happens before anything is sent, so a body that cannot be serialised still becomes a clean 500.
 */
final class ResponseWriter {

    /** Status, headers and body ready to send. */
    record EncodedResponse(int status, Map<String, String> headers, byte[] body) {}

    private static final String CONTENT_TYPE = "Content-Type";

    /**
     * Framing headers belong to the server, which computes them from the body it actually sends.
     */
    private static final Set<String> SERVER_OWNED_HEADERS =
            Set.of("content-length", "transfer-encoding");

    private final ObjectMapper json =
            new ObjectMapper()
                    .findAndRegisterModules()
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /**
     * @param returned what the function returned: normally an HttpResponseMessage; {@code null}
     *     becomes 204, and any other object becomes a 200 with that object as the body (the http
     *     output binding's rule)
     */
    EncodedResponse encode(Object returned) throws JsonProcessingException {
        if (returned == null) {
            return new EncodedResponse(204, Map.of(), new byte[0]);
        }
        if (!(returned instanceof HttpResponseMessage response)) {
            return encode(200, Map.of(), returned);
        }
        // The library interface cannot list headers, so only our own response type carries them
        // across.
        Map<String, String> headers =
                response instanceof DevHttpResponse devResponse ? devResponse.headers() : Map.of();
        return encode(response.getStatusCode(), headers, response.getBody());
    }

    /**
     * Writes the response and completes {@code callback}; a HEAD request gets the status and
     * headers only.
     */
    static void send(
            Request request, Response response, Callback callback, EncodedResponse encoded) {
        response.setStatus(encoded.status());
        encoded.headers().forEach(response.getHeaders()::put);
        boolean noBody = encoded.body().length == 0 || HttpMethod.HEAD.is(request.getMethod());
        response.write(
                true, noBody ? BufferUtil.EMPTY_BUFFER : ByteBuffer.wrap(encoded.body()), callback);
    }

    private EncodedResponse encode(int status, Map<String, String> functionHeaders, Object body)
            throws JsonProcessingException {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        functionHeaders.forEach(
                (name, value) -> {
                    if (!SERVER_OWNED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                        headers.put(name, value);
                    }
                });
        byte[] bytes;
        String defaultContentType;
        switch (body) {
            case null -> {
                bytes = new byte[0];
                defaultContentType = null;
            }
            case byte[] raw -> {
                bytes = raw;
                defaultContentType = "application/octet-stream";
            }
            case String text -> {
                bytes = text.getBytes(StandardCharsets.UTF_8);
                defaultContentType = "text/plain; charset=utf-8";
            }
            default -> {
                bytes = json.writeValueAsBytes(body);
                defaultContentType = "application/json; charset=utf-8";
            }
        }
        if (defaultContentType != null && bytes.length > 0) {
            headers.putIfAbsent(CONTENT_TYPE, defaultContentType);
        }
        return new EncodedResponse(status, new LinkedHashMap<>(headers), bytes);
    }
}
