package io.gatehouse.pii.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.gatehouse.platform.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps a corpus's entity labels onto Gatehouse's types: a JSON object of corpus type → Gatehouse
 * type, or → {@code null} for a corpus type to ignore ({"PHONE": "PHONE_NUMBER", "NRP": null}). A
 * corpus type the mapping does not name keeps its name when it is a Gatehouse type and is otherwise
 * <em>unmapped</em>: ignored, and reported as such, so a label nobody mapped is seen rather than
 * silently counted as missed.
 */
public final class TypeMapping {

    /** What became of one corpus type. */
    public enum Outcome {
        MAPPED,
        IGNORED,
        UNMAPPED
    }

    private final Map<String, String> mapping;

    private TypeMapping(Map<String, String> mapping) {
        this.mapping = mapping;
    }

    /** No mapping: Gatehouse type names pass, every other label is unmapped. */
    public static TypeMapping identity() {
        return new TypeMapping(Map.of());
    }

    public static TypeMapping of(Map<String, String> mapping) {
        return new TypeMapping(new LinkedHashMap<>(mapping));
    }

    public static TypeMapping read(Path file) {
        String content;
        try {
            content = Files.readString(file);
        } catch (IOException e) {
            throw new CorpusFormatException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        return parse(file.toString(), content);
    }

    public static TypeMapping parse(String name, String content) {
        JsonNode json;
        try {
            json = Json.mapper().readTree(content);
        } catch (JsonProcessingException e) {
            throw new CorpusFormatException(
                    name
                            + " line "
                            + (e.getLocation() == null ? "?" : e.getLocation().getLineNr())
                            + ": not valid JSON ("
                            + CorpusReader.jsonProblem(e)
                            + ")");
        }
        if (json == null || !json.isObject()) {
            throw new CorpusFormatException(
                    name
                            + ": a type mapping is a JSON object of corpus type -> Gatehouse type or null");
        }
        Map<String, String> mapping = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode target = entry.getValue();
            if (!target.isNull() && !(target.isTextual() && !target.asText().isBlank())) {
                throw new CorpusFormatException(
                        name + ": \"" + entry.getKey() + "\" must map to a type name or null");
            }
            mapping.put(entry.getKey(), target.isNull() ? null : target.asText());
        }
        return new TypeMapping(mapping);
    }

    /** The Gatehouse type of a corpus type, if it has one ({@link #outcome} says why not). */
    public Optional<String> map(String corpusType, Set<String> gatehouseTypes) {
        if (mapping.containsKey(corpusType)) {
            return Optional.ofNullable(mapping.get(corpusType));
        }
        return gatehouseTypes.contains(corpusType) ? Optional.of(corpusType) : Optional.empty();
    }

    public Outcome outcome(String corpusType, Set<String> gatehouseTypes) {
        if (mapping.containsKey(corpusType)) {
            return mapping.get(corpusType) == null ? Outcome.IGNORED : Outcome.MAPPED;
        }
        return gatehouseTypes.contains(corpusType) ? Outcome.MAPPED : Outcome.UNMAPPED;
    }

    /** The Gatehouse types the mapping names (to warn about a misspelt one). */
    public Set<String> targets() {
        return Set.copyOf(mapping.values().stream().filter(v -> v != null).toList());
    }
}
