package io.gatehouse.pii.eval;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.gatehouse.platform.Json;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a corpus in the common span format: JSON lines, or one JSON array, of
 *
 * <pre>
 * {"full_text": "...", "spans": [{"entity_type": "EMAIL", "start_position": 8, "end_position": 25}]}
 * </pre>
 *
 * ({@code text}, {@code label}, {@code start}, {@code end} are accepted for the same fields; other
 * fields such as {@code entity_value} or {@code tokens} are ignored). Offsets are code points, end
 * exclusive. The format is told by the first character: {@code [} is an array, anything else lines.
 *
 * <p>Every defect is an error naming the file and line, never a silently skipped document: a
 * skipped document would quietly change the figures. One thing is only a warning: a span whose
 * optional {@code entity_value} is not the text at its offsets — the usual sign of a corpus counted
 * in UTF-16 units or bytes instead of code points.
 */
public final class CorpusReader {

    private static final int MAX_WARNINGS = 5;

    /** Reads one array element at a time; the elements after it are not "trailing tokens". */
    private static final ObjectReader ELEMENT =
            Json.mapper().reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final List<String> warnings = new ArrayList<>();
    private int valueMismatches;

    /** The documents of one file, in file order. */
    public List<CorpusDocument> read(Path file) {
        String content;
        try {
            content =
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                            .toString();
        } catch (CharacterCodingException e) {
            throw new CorpusFormatException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new CorpusFormatException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        return parse(file.toString(), content);
    }

    /** The documents of {@code content}; {@code name} names it in messages. */
    public List<CorpusDocument> parse(String name, String content) {
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        String trimmed = content.stripLeading();
        return trimmed.startsWith("[") ? array(name, content) : lines(name, content);
    }

    /**
     * What the corpus readers noticed without refusing: spans whose {@code entity_value} is not the
     * text at their offsets (a total and the first few).
     */
    public List<String> warnings() {
        List<String> all = new ArrayList<>();
        if (valueMismatches > 0) {
            all.add(
                    valueMismatches
                            + " span(s) have an entity_value that is not the text at their offsets"
                            + " (are the offsets UTF-16 units or bytes instead of code points?); first ones:");
        }
        all.addAll(warnings);
        return all;
    }

    private List<CorpusDocument> lines(String name, String content) {
        List<CorpusDocument> documents = new ArrayList<>();
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String where = name + " line " + (i + 1);
            JsonNode node;
            try {
                node = Json.mapper().readTree(lines[i]);
            } catch (JsonProcessingException e) {
                throw new CorpusFormatException(
                        where + ": not valid JSON (" + jsonProblem(e) + ")");
            }
            documents.add(document(where, node));
        }
        return documents;
    }

    private List<CorpusDocument> array(String name, String content) {
        List<CorpusDocument> documents = new ArrayList<>();
        try (JsonParser parser = Json.mapper().createParser(content)) {
            parser.nextToken(); // the opening bracket
            while (true) {
                JsonToken token = parser.nextToken();
                if (token == JsonToken.END_ARRAY) {
                    break;
                }
                if (token == null) {
                    throw new CorpusFormatException(name + ": the JSON array is not closed");
                }
                String where =
                        name
                                + " line "
                                + parser.currentTokenLocation().getLineNr()
                                + " (element "
                                + (documents.size() + 1)
                                + ")";
                documents.add(document(where, ELEMENT.readTree(parser)));
            }
            if (parser.nextToken() != null) {
                throw new CorpusFormatException(
                        name
                                + " line "
                                + parser.currentTokenLocation().getLineNr()
                                + ": text after the end of the JSON array");
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new CorpusFormatException(
                    name
                            + (at == null ? "" : " line " + at.getLineNr())
                            + ": not valid JSON ("
                            + jsonProblem(e)
                            + ")");
        } catch (IOException e) {
            throw new CorpusFormatException(name + ": cannot be read (" + e.getMessage() + ")");
        }
        return documents;
    }

    private CorpusDocument document(String where, JsonNode node) {
        if (!node.isObject()) {
            throw new CorpusFormatException(
                    where + ": a document must be a JSON object with full_text and spans");
        }
        JsonNode textNode = field(node, "full_text", "text");
        if (textNode == null || !textNode.isTextual()) {
            throw new CorpusFormatException(where + ": full_text (or text) must be a string");
        }
        String text = textNode.asText();
        int codePoints = text.codePointCount(0, text.length());
        JsonNode spansNode = node.get("spans");
        if (spansNode == null || !spansNode.isArray()) {
            // required rather than defaulted: a misspelt key would otherwise make every entity
            // vanish
            throw new CorpusFormatException(
                    where + ": spans must be an array (empty when the text holds no PII)");
        }
        List<Span> spans = new ArrayList<>(spansNode.size());
        for (int i = 0; i < spansNode.size(); i++) {
            String at = where + ", spans[" + i + "]";
            JsonNode span = spansNode.get(i);
            if (!span.isObject()) {
                throw new CorpusFormatException(at + ": a span must be an object");
            }
            JsonNode type = field(span, "entity_type", "label");
            if (type == null || !type.isTextual() || type.asText().isBlank()) {
                throw new CorpusFormatException(
                        at + ": entity_type (or label) must be a non-empty string");
            }
            int start = offset(span, "start_position", "start", at);
            int end = offset(span, "end_position", "end", at);
            if (end <= start || end > codePoints) {
                throw new CorpusFormatException(
                        at
                                + ": offsets "
                                + start
                                + ".."
                                + end
                                + " do not fit a text of "
                                + codePoints
                                + " code points (0 <= start < end <= length, end exclusive)");
            }
            JsonNode value = span.get("entity_value");
            if (value != null
                    && value.isTextual()
                    && !value.asText().equals(slice(text, start, end))) {
                if (valueMismatches++ < MAX_WARNINGS) {
                    warnings.add(
                            "  "
                                    + at
                                    + ": entity_value \""
                                    + value.asText()
                                    + "\" but the text there is \""
                                    + slice(text, start, end)
                                    + "\"");
                }
            }
            spans.add(new Span(type.asText(), start, end));
        }
        return new CorpusDocument(where, text, spans);
    }

    private static int offset(JsonNode span, String name, String alias, String at) {
        JsonNode value = field(span, name, alias);
        if (value == null
                || !value.canConvertToInt()
                || !value.isIntegralNumber()
                || value.asInt() < 0) {
            throw new CorpusFormatException(
                    at + ": " + name + " (or " + alias + ") must be a non-negative integer");
        }
        return value.asInt();
    }

    private static JsonNode field(JsonNode node, String name, String alias) {
        JsonNode value = node.get(name);
        return value != null && !value.isNull() ? value : node.get(alias);
    }

    /**
     * Jackson's reason without its source description, which says nothing here (the line is named
     * already).
     */
    static String jsonProblem(JsonProcessingException e) {
        return e.getOriginalMessage().replaceAll("\\[Source: [^;\\]]*; ", "[");
    }

    static String slice(String text, int startCodePoint, int endCodePoint) {
        int from = text.offsetByCodePoints(0, startCodePoint);
        return text.substring(from, text.offsetByCodePoints(from, endCodePoint - startCodePoint));
    }
}
