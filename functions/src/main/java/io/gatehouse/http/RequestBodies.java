package io.gatehouse.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.gatehouse.platform.Json;
import java.util.Locale;

/** Reads JSON request bodies strictly, turning every kind of bad input into a precise problem. */
final class RequestBodies {

    /** Larger bodies are refused before parsing; no route of this API needs more. */
    static final int MAX_BODY_CHARS = 256 * 1024;

    private RequestBodies() {}

    static JsonNode readJson(ApiRequest request) {
        String contentType = request.header("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        String mediaType = contentType.split(";", 2)[0].trim();
        if (!mediaType.equals("application/json")
                && !mediaType.equals("application/merge-patch+json")) {
            throw new ProblemException(415, "The request body must be application/json.");
        }
        String body = request.body().orElse("");
        if (body.length() > MAX_BODY_CHARS) {
            throw new ProblemException(
                    413, "The request body is larger than " + MAX_BODY_CHARS + " characters.");
        }
        if (body.isBlank()) {
            throw ProblemException.badRequest("The request body is empty.");
        }
        try {
            return Json.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            throw ProblemException.badRequest("The request body is not valid JSON.");
        }
    }

    static <T> T bind(JsonNode node, Class<T> type) {
        try {
            return Json.mapper().treeToValue(node, type);
        } catch (UnrecognizedPropertyException e) {
            throw ProblemException.unknownField(e.getPropertyName());
        } catch (ValueInstantiationException e) {
            // Request records validate themselves in their constructors with ProblemException.
            if (e.getCause() instanceof ProblemException problem) {
                throw problem;
            }
            throw ProblemException.unprocessable("The request body has invalid values.");
        } catch (MismatchedInputException e) {
            throw ProblemException.unprocessable(
                    "Field '" + fieldOf(e) + "' has a value of the wrong type or format.");
        } catch (JsonProcessingException e) {
            throw ProblemException.badRequest("The request body could not be read.");
        }
    }

    private static String fieldOf(MismatchedInputException e) {
        return e.getPath().isEmpty()
                ? "?"
                : ProblemException.echoableName(
                        e.getPath().get(e.getPath().size() - 1).getFieldName());
    }
}
