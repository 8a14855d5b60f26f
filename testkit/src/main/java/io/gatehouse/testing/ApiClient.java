package io.gatehouse.testing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Calls the dev host over real HTTP, as a client would. Immutable; {@code with...} returns a copy.
 */
public final class ApiClient {

    /**
     * Reads answers as they are (no app types to bind them to); trailing content after the JSON
     * value is an error, as it is to the app's own mapper.
     */
    static final ObjectMapper JSON =
            JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;
    private final Map<String, String> headers;

    public ApiClient(URI base) {
        this(base, Map.of());
    }

    private ApiClient(URI base, Map<String, String> headers) {
        this.base = base;
        this.headers = headers;
    }

    public ApiClient withToken(String token) {
        return withHeader("Authorization", "Bearer " + token);
    }

    public ApiClient withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiClient(base, more);
    }

    public Response get(String path) {
        return send("GET", path, null, null);
    }

    public Response post(String path, String json) {
        return send("POST", path, "application/json", json);
    }

    public Response patch(String path, String json) {
        return send("PATCH", path, "application/json", json);
    }

    public Response send(String method, String path, String contentType, String body) {
        return exchange(
                method,
                path,
                contentType,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
    }

    /** A POST of raw bytes, for bodies that are not valid text (invalid UTF-8). */
    public Response postBytes(String path, byte[] body) {
        return exchange(
                "POST", path, "application/json", HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private Response exchange(
            String method, String path, String contentType, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body);
        try {
            HttpResponse<String> response =
                    HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            // Every response the suites see is held to the published contract (docs: OpenAPI).
            List<String> violations =
                    OpenApiContract.violations(
                            method,
                            path,
                            response.statusCode(),
                            response.headers().map(),
                            response.body());
            if (!violations.isEmpty()) {
                throw new AssertionError("response breaks the OpenAPI contract: " + violations);
            }
            return new Response(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response with its body parsed on demand. */
    public record Response(HttpResponse<String> raw) {

        public int status() {
            return raw.statusCode();
        }

        public String body() {
            return raw.body();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + raw.body(), e);
            }
        }

        @Override
        public String toString() {
            return raw.statusCode() + " " + raw.body();
        }
    }
}
