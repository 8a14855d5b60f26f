package io.gatehouse.devhost;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The answers the dev host gives itself, when no function does (no route, wrong method, body too
 * large, a function that threw, a request its HTTP layer could not parse): RFC 9457 problem+json
 * with an X-Correlation-ID, the same shape and correlation rule (SPEC.md §1.1) as the app's own
 * problems, so a client meets one error format whichever layer refused it. The host serves any
 * function app, so it writes that shape itself rather than borrowing the app's classes.
 */
final class HostProblems {

    static final String CORRELATION_HEADER = "X-Correlation-ID";

    /**
     * SPEC.md §1.1: a caller's id is kept when it is short and plain enough for logs and headers.
     */
    private static final Pattern ACCEPTED_CORRELATION_ID =
            Pattern.compile("^[A-Za-z0-9._-]{1,64}$");

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();

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
        String correlationId = correlationId(request.getHeaders().get(CORRELATION_HEADER));
        byte[] body = problem(status, detail, instance, correlationId);
        response.setStatus(status);
        response.getHeaders().put("Content-Type", PROBLEM_JSON);
        SAFETY_HEADERS.forEach(response.getHeaders()::put);
        addHeaders.forEach(response.getHeaders()::put);
        response.getHeaders().put(CORRELATION_HEADER, correlationId);
        response.write(true, ByteBuffer.wrap(body), callback);
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

    /** The caller's correlation id when it is acceptable, otherwise a fresh one. */
    static String correlationId(String offered) {
        if (offered != null && ACCEPTED_CORRELATION_ID.matcher(offered).matches()) {
            return offered;
        }
        return UUID.randomUUID().toString();
    }

    /** RFC 9457 problem details; {@code instance} is left out when it is not known. */
    static byte[] problem(int status, String detail, String instance, String correlationId) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:gatehouse:problem:" + slug(status));
        problem.put("title", title(status));
        problem.put("status", status);
        problem.put("detail", detail);
        if (instance != null) {
            problem.put("instance", instance);
        }
        problem.put("correlationId", correlationId);
        try {
            return JSON.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings and a number is always JSON", e);
        }
    }

    /** The statuses the host answers itself, with the titles the app gives them too. */
    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 415 -> "Unsupported Media Type";
            case 417 -> "Expectation Failed";
            case 426 -> "Upgrade Required";
            case 431 -> "Request Header Fields Too Large";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Internal Server Error" : "Request Refused";
        };
    }

    private static String slug(int status) {
        return title(status).toLowerCase(Locale.ROOT).replace(' ', '-');
    }
}
