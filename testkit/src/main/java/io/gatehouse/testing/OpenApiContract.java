package io.gatehouse.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a response the suites receive against the packaged OpenAPI document: its status is one the
 * operation documents, it carries X-Correlation-ID, its media type is the documented one, and a
 * JSON body satisfies the documented schema's types, constants, enums and required properties (the
 * subset of JSON Schema the document uses; {@code $ref} to components is followed). A request that
 * matches no documented operation is not checked here: OpenApiDocumentTest shows the document and
 * the routes are the same, so such a request is the host's own refusal (unknown route, method).
 */
public final class OpenApiContract {

    /** Where the document is packaged (beside StatusFunctions, which serves it). */
    public static final String RESOURCE = "/io/gatehouse/status/openapi.json";

    private static final JsonNode DOCUMENT = load();

    private OpenApiContract() {}

    /** Problems with one response; empty when it conforms or matches no operation. */
    public static List<String> violations(
            String method,
            String pathAndQuery,
            int status,
            Map<String, List<String>> headers,
            String body) {
        Optional<JsonNode> operation = operation(method, pathAndQuery);
        if (operation.isEmpty()) {
            return List.of();
        }
        String what = method + " " + pathAndQuery + " → " + status;
        List<String> violations = new ArrayList<>();
        JsonNode response = operation.get().path("responses").path(Integer.toString(status));
        if (response.isMissingNode()) {
            return List.of(what + ": status not documented");
        }
        response = resolve(response);
        if (header(headers, "X-Correlation-ID").isEmpty()) {
            violations.add(what + ": no X-Correlation-ID");
        }
        JsonNode content = response.path("content");
        String mediaType =
                header(headers, "Content-Type")
                        .map(value -> value.split(";")[0].trim().toLowerCase(Locale.ROOT))
                        .orElse("");
        if (content.isMissingNode() || content.isEmpty()) {
            return violations;
        }
        if (!content.has(mediaType)) {
            violations.add(what + ": media type " + mediaType + " not documented");
            return violations;
        }
        JsonNode schema = content.path(mediaType).path("schema");
        if (mediaType.equals("application/json") || mediaType.endsWith("+json")) {
            try {
                check(ApiClient.JSON.readTree(body), schema, "$", what, violations);
            } catch (IOException e) {
                violations.add(what + ": body is not JSON");
            }
        }
        return violations;
    }

    /** The document's operation for this method and path (the route prefix /api included). */
    static Optional<JsonNode> operation(String method, String pathAndQuery) {
        String path = pathAndQuery.split("\\?", 2)[0];
        if (!path.startsWith("/api/")) {
            return Optional.empty();
        }
        String route = path.substring("/api".length());
        Iterator<Map.Entry<String, JsonNode>> paths = DOCUMENT.path("paths").fields();
        while (paths.hasNext()) {
            var entry = paths.next();
            String template = entry.getKey().replaceAll("\\{[^}]+}", "[^/]+");
            if (Pattern.compile(template.replace(".", "\\.")).matcher(route).matches()) {
                JsonNode operation = entry.getValue().path(method.toLowerCase(Locale.ROOT));
                if (!operation.isMissingNode()) {
                    return Optional.of(operation);
                }
            }
        }
        return Optional.empty();
    }

    private static void check(
            JsonNode value, JsonNode schema, String at, String what, List<String> violations) {
        schema = resolve(schema);
        if (schema.has("const") && !schema.get("const").equals(value)) {
            violations.add(what + ": " + at + " is not " + schema.get("const"));
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode allowed : schema.get("enum")) {
                listed |= allowed.equals(value);
            }
            if (!listed) {
                violations.add(what + ": " + at + " is not one of " + schema.get("enum"));
            }
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
            violations.add(what + ": " + at + " is not of type " + schema.get("type"));
            return;
        }
        if (value.isObject()) {
            for (JsonNode required : schema.path("required")) {
                if (!value.has(required.asText())) {
                    violations.add(what + ": " + at + " lacks " + required.asText());
                }
            }
            schema.path("properties")
                    .fields()
                    .forEachRemaining(
                            property -> {
                                if (value.has(property.getKey())) {
                                    check(
                                            value.get(property.getKey()),
                                            property.getValue(),
                                            at + "." + property.getKey(),
                                            what,
                                            violations);
                                }
                            });
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(value.get(i), schema.get("items"), at + "[" + i + "]", what, violations);
            }
        }
    }

    private static boolean typeMatches(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (typeMatches(one, value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> true;
        };
    }

    private static JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            String pointer = node.get("$ref").asText();
            if (!pointer.startsWith("#")) {
                throw new IllegalStateException("only local references are used: " + pointer);
            }
            node = DOCUMENT.at(pointer.substring(1));
        }
        return node;
    }

    private static Optional<String> header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .flatMap(entry -> entry.getValue().stream())
                .findFirst();
    }

    /** The packaged document. */
    public static JsonNode document() {
        return DOCUMENT;
    }

    private static JsonNode load() {
        try (InputStream in = OpenApiContract.class.getResourceAsStream(RESOURCE)) {
            return ApiClient.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
