package io.gatehouse.http;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A request as the core sees it: no Functions host types. Header names are case-insensitive. */
public record ApiRequest(
        String method,
        URI uri,
        Map<String, String> headers,
        Map<String, String> query,
        Optional<String> body) {

    public ApiRequest {
        TreeMap<String, String> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        caseInsensitive.putAll(headers);
        headers = java.util.Collections.unmodifiableMap(caseInsensitive);
        query = Map.copyOf(query);
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name)).filter(value -> !value.isBlank());
    }

    public Optional<String> queryParam(String name) {
        return Optional.ofNullable(query.get(name)).filter(value -> !value.isEmpty());
    }

    /** The path as problem+json's {@code instance}: never the query string, which may hold PHI. */
    public String path() {
        return uri.getRawPath();
    }
}
