package io.gatehouse.devhost;

import io.gatehouse.http.ApiResponse;
import io.gatehouse.http.Problems;
import io.gatehouse.observability.CorrelationId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The answers the dev host gives itself, when no function does (no route, wrong method, body too
 * large, a function that threw, a request its HTTP layer could not parse): RFC 9457 problem+json
 * with an X-Correlation-ID, the same shape and correlation rule (SPEC.md §1.1) as the app's own
 * problems, so a client meets one error format whichever layer refused it.
 */
final class HostProblems {

    /**
     * What the app puts on every answer too: problems are never cached nor sniffed as something
     * else.
     */
    private static final Map<String, String> SAFETY_HEADERS =
            Map.of("Cache-Control", "no-store", "X-Content-Type-Options", "nosniff");

    private HostProblems() {}

    /**
     * Writes the problem and completes {@code callback}.
     *
     * @param instance the request path, or {@code null} when the request could not be read that far
     * @param addHeaders more headers, such as a 405's Allow
     */
    static void send(
            Request request,
            Response response,
            Callback callback,
            int status,
            String detail,
            String instance,
            Map<String, String> addHeaders) {
        String correlationId =
                CorrelationId.acceptOrCreate(request.getHeaders().get(CorrelationId.HEADER));
        ApiResponse problem = Problems.of(status, detail, instance, correlationId);
        response.setStatus(status);
        problem.headers().forEach(response.getHeaders()::put);
        SAFETY_HEADERS.forEach(response.getHeaders()::put);
        addHeaders.forEach(response.getHeaders()::put);
        response.getHeaders().put(CorrelationId.HEADER, correlationId);
        response.write(
                true, ByteBuffer.wrap(problem.body().getBytes(StandardCharsets.UTF_8)), callback);
    }

    static void send(
            Request request,
            Response response,
            Callback callback,
            int status,
            String detail,
            String instance) {
        send(request, response, callback, status, detail, instance, Map.of());
    }
}
