package io.gatehouse.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.gatehouse.platform.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/** A response as the core produces it; the adapter turns it into the host's response. */
public record ApiResponse(int status, Map<String, String> headers, String body) {

    public static final String JSON = "application/json";
    public static final String PROBLEM_JSON = "application/problem+json";

    public ApiResponse {
        headers = Map.copyOf(headers);
    }

    public static ApiResponse json(int status, Object value) {
        return new ApiResponse(status, Map.of("Content-Type", JSON), write(value));
    }

    public static ApiResponse ok(Object value) {
        return json(200, value);
    }

    public static ApiResponse created(String location, Object value) {
        return new ApiResponse(
                201, Map.of("Content-Type", JSON, "Location", location), write(value));
    }

    public ApiResponse withHeader(String name, String value) {
        return withHeaders(Map.of(name, value));
    }

    public ApiResponse withHeaders(Map<String, String> more) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.putAll(more);
        return new ApiResponse(status, all, body);
    }

    static String write(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "response not serialisable: " + value.getClass().getName(), e);
        }
    }
}
