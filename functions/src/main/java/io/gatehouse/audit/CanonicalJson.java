package io.gatehouse.audit;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.gatehouse.evidence.AuditEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The JSON text that is hashed: written here, by hand, rather than by a general-purpose serialiser,
 * because its exact bytes are a contract with every chain already stored. A library upgrade that
 * changed escaping, key order or number formatting would silently make intact chains fail
 * verification.
 *
 * <p>Rules: no whitespace; object members in the order the writer states them (fixed order for the
 * event, sorted keys for details and any nested object); strings as UTF-8 with only {@code "},
 * {@code \} and control characters escaped ({@code \}{@code u00xx}, lower-case hex); whole numbers
 * in plain decimal; null written out, never omitted.
 */
final class CanonicalJson {

    /**
     * Reads JSON for the audit trail: duplicate keys are an error (two readers could otherwise
     * disagree on which one counts) and fractions are kept exactly as written.
     */
    static final ObjectMapper READER =
            JsonMapper.builder()
                    .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                    .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .build();

    private final StringBuilder out = new StringBuilder(512).append('{');
    private boolean empty = true;

    CanonicalJson text(String name, String value) {
        name(name);
        if (value == null) {
            out.append("null");
        } else {
            appendString(out, value);
        }
        return this;
    }

    CanonicalJson number(String name, long value) {
        name(name).append(value);
        return this;
    }

    CanonicalJson bool(String name, boolean value) {
        name(name).append(value);
        return this;
    }

    CanonicalJson texts(String name, List<String> values) {
        name(name).append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            appendString(out, values.get(i));
        }
        out.append(']');
        return this;
    }

    /** A member whose value is already canonical JSON text. */
    CanonicalJson raw(String name, String canonicalJson) {
        name(name).append(canonicalJson);
        return this;
    }

    String close() {
        return out.append('}').toString();
    }

    private StringBuilder name(String name) {
        if (!empty) {
            out.append(',');
        }
        empty = false;
        appendString(out, name);
        return out.append(':');
    }

    /** The canonical text of validated details (see {@link AuditEvent#details()}). */
    static String ofDetails(Map<String, Object> details) {
        return canonicalize(READER.valueToTree(details));
    }

    /** The canonical text of JSON read back from the database or an export. */
    static String canonicalize(String json) {
        try {
            return canonicalize(READER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON", e);
        }
    }

    static String canonicalize(JsonNode node) {
        StringBuilder text = new StringBuilder();
        append(text, node);
        return text.toString();
    }

    private static void append(StringBuilder text, JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                List<String> keys = new ArrayList<>();
                node.fieldNames().forEachRemaining(keys::add);
                keys.sort(null);
                text.append('{');
                for (int i = 0; i < keys.size(); i++) {
                    if (i > 0) {
                        text.append(',');
                    }
                    appendString(text, keys.get(i));
                    text.append(':');
                    append(text, node.get(keys.get(i)));
                }
                text.append('}');
            }
            case ARRAY -> {
                text.append('[');
                for (int i = 0; i < node.size(); i++) {
                    if (i > 0) {
                        text.append(',');
                    }
                    append(text, node.get(i));
                }
                text.append(']');
            }
            case STRING -> appendString(text, node.textValue());
            case NUMBER ->
                    text.append(
                            node.isIntegralNumber()
                                    ? node.bigIntegerValue().toString()
                                    // Never written by Gatehouse (AuditEvent allows whole numbers
                                    // only); rendered
                                    // deterministically so that a planted fraction is hashed, not
                                    // choked on.
                                    : node.decimalValue().stripTrailingZeros().toString());
            case BOOLEAN -> text.append(node.booleanValue());
            case NULL -> text.append("null");
            default ->
                    throw new IllegalArgumentException("not a JSON value: " + node.getNodeType());
        }
    }

    static void appendString(StringBuilder text, String value) {
        text.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                text.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f) {
                text.append("\\u00")
                        .append(Character.forDigit(c >> 4, 16))
                        .append(Character.forDigit(c & 0xf, 16));
            } else {
                text.append(c);
            }
        }
        text.append('"');
    }
}
