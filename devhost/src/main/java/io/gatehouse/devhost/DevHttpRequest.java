package io.gatehouse.devhost;

import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatus;
import com.microsoft.azure.functions.HttpStatusType;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The request a function receives, shaped the way the Functions host hands it to the Java worker.
 *
 * <p><b>Header names are lower-cased</b> ({@code getHeaders().get("authorization")}), because the
 * host lower-cases them before they reach the worker: code that looks up {@code "Authorization"}
 * gets {@code null} in Azure, and gets {@code null} here too instead of passing locally. Repeated
 * headers arrive as one value joined with {@code ","}. Query parameters are decoded; repeated ones
 * are joined with {@code ","} and empty ones are dropped, as the host does. Both maps are
 * unmodifiable.
 *
 * <p>Usable on its own in unit tests of function classes: {@code new DevHttpRequest(GET, uri,
 * headers, body)}.
 */
public final class DevHttpRequest implements HttpRequestMessage<Optional<String>> {

    private final HttpMethod method;
    private final URI uri;
    private final Map<String, String> headers;
    private final Map<String, String> queryParameters;
    private final Optional<String> body;

    /**
     * @param uri the full request URI; query parameters are taken from it
     * @param headers header names in any case; they are lower-cased here
     * @param body the body, or empty when the request had none
     */
    public DevHttpRequest(
            HttpMethod method, URI uri, Map<String, String> headers, Optional<String> body) {
        this.method = Objects.requireNonNull(method, "method");
        this.uri = Objects.requireNonNull(uri, "uri");
        this.headers = lowerCaseNames(headers);
        this.queryParameters = decodeQuery(uri.getRawQuery());
        this.body = Objects.requireNonNull(body, "body");
    }

    @Override
    public URI getUri() {
        return uri;
    }

    @Override
    public HttpMethod getHttpMethod() {
        return method;
    }

    @Override
    public Map<String, String> getHeaders() {
        return headers;
    }

    @Override
    public Map<String, String> getQueryParameters() {
        return queryParameters;
    }

    @Override
    public Optional<String> getBody() {
        return body;
    }

    @Override
    public HttpResponseMessage.Builder createResponseBuilder(HttpStatus status) {
        return DevHttpResponse.builder().status(status);
    }

    @Override
    public HttpResponseMessage.Builder createResponseBuilder(HttpStatusType status) {
        return DevHttpResponse.builder().status(status);
    }

    private static Map<String, String> lowerCaseNames(Map<String, String> headers) {
        Map<String, String> lowerCased = new LinkedHashMap<>();
        headers.forEach(
                (name, value) ->
                        lowerCased.merge(
                                name.toLowerCase(Locale.ROOT),
                                value,
                                (first, second) -> first + "," + second));
        return Collections.unmodifiableMap(lowerCased);
    }

    private static Map<String, String> decodeQuery(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return Collections.unmodifiableMap(parameters);
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (!name.isEmpty() && !value.isEmpty()) {
                parameters.merge(name, value, (first, second) -> first + "," + second);
            }
        }
        return Collections.unmodifiableMap(parameters);
    }

    private static String decode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformedEscape) {
            return value;
        }
    }
}
