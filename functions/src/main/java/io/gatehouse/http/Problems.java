package io.gatehouse.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * RFC 9457 problem details, always with the request's correlation id. A 503 also says when to try
 * again: every 503 Gatehouse gives is a dependency (database, queue, issuer keys, secret store) or
 * a start-up that may succeed on the next request, and a client that waits is the right client.
 */
final class Problems {

    /** Seconds a client should wait after a 503 (RFC 9110 §10.2.3). */
    static final String RETRY_AFTER_SECONDS = "30";

    private Problems() {}

    public static ApiResponse of(
            int status, String detail, ApiRequest request, String correlationId) {
        return of(status, detail, request.path(), correlationId);
    }

    /**
     * The same problem where there is no {@link ApiRequest} at hand.
     *
     * @param instance the request path, or {@code null} when it is not known; {@code instance} is
     *     then left out
     */
    public static ApiResponse of(int status, String detail, String instance, String correlationId) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:gatehouse:problem:" + slug(status));
        problem.put("title", title(status));
        problem.put("status", status);
        problem.put("detail", detail);
        if (instance != null) {
            problem.put("instance", instance);
        }
        problem.put("correlationId", correlationId);
        Map<String, String> headers =
                status == 503
                        ? Map.of(
                                "Content-Type",
                                ApiResponse.PROBLEM_JSON,
                                "Retry-After",
                                RETRY_AFTER_SECONDS)
                        : Map.of("Content-Type", ApiResponse.PROBLEM_JSON);
        return new ApiResponse(status, headers, ApiResponse.write(problem));
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 409 -> "Conflict";
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 415 -> "Unsupported Media Type";
            case 417 -> "Expectation Failed";
            case 422 -> "Unprocessable Content";
            case 426 -> "Upgrade Required";
            case 431 -> "Request Header Fields Too Large";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Internal Server Error" : "Request Refused";
        };
    }

    private static String slug(int status) {
        return title(status).toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }
}
