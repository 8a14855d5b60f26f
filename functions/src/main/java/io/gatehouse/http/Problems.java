package io.gatehouse.http;

import java.util.LinkedHashMap;
import java.util.Map;

/** RFC 9457 problem details, always with the request's correlation id. */
public final class Problems {

    private Problems() {}

    public static ApiResponse of(int status, String detail, ApiRequest request, String correlationId) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:gatehouse:problem:" + slug(status));
        problem.put("title", title(status));
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", request.path());
        problem.put("correlationId", correlationId);
        return new ApiResponse(status, Map.of("Content-Type", ApiResponse.PROBLEM_JSON), ApiResponse.write(problem));
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Internal Server Error" : "Request Refused";
        };
    }

    private static String slug(int status) {
        return title(status).toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }
}
