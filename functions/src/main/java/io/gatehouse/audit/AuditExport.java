package io.gatehouse.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.gatehouse.db.tables.records.AuditEventsRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.Cursor;
import org.jooq.DSLContext;

/**
 * The NDJSON export of a chain ({@code GET /audit/export}) and its offline verification.
 *
 * <p>One event per line, in seq order, each line a JSON object: the members of the canonical form
 * ({@link CanonicalForm}), in its order, followed by {@code prev_hash} and {@code hash} as
 * lower-case hex; lines end with {@code \n}; UTF-8. Anyone can re-check a file without Gatehouse's
 * database: for each line, SHA-256 over prev_hash's 32 bytes followed by the line's text without
 * its last two members (and with the closing brace) must give hash, and prev_hash must equal the
 * previous line's hash (32 zero bytes for seq 1).
 *
 * <p>A file shows the chain up to its last line; that nothing was cut off after it can be known
 * only by comparing its last hash with the chain head (which {@link ChainVerifier} does).
 */
final class AuditExport {

    private static final DateTimeFormatter UTC_MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'");
    private static final Set<String> MEMBERS =
            Set.of(
                    "format",
                    "customer_id",
                    "seq",
                    "event_id",
                    "occurred_at",
                    "recorded_at",
                    "actor_subject",
                    "actor_roles",
                    "actor_interactive",
                    "action",
                    "resource_type",
                    "resource_id",
                    "outcome",
                    "client_ip",
                    "user_agent",
                    "correlation_id",
                    "trace_id",
                    "details",
                    "prev_hash",
                    "hash");

    private AuditExport() {}

    /**
     * Writes the chain to {@code out}, streaming: rows are fetched in pages, never all at once. Run
     * it in the chain owner's transaction, as {@link ChainVerifier#verify}.
     *
     * @return the number of events written
     * @throws IllegalArgumentException for a row that does not even have a link's shape (a hash
     *     that is not 32 bytes): only possible with the table's constraints removed; {@link
     *     ChainVerifier} reports where
     */
    public static long write(DSLContext db, UUID chain, Writer out) throws IOException {
        long lines = 0;
        try (Cursor<AuditEventsRecord> rows = AuditRows.inChainOrder(db, chain)) {
            for (AuditEventsRecord row : rows) {
                out.write(CanonicalForm.exportLine(AuditRows.fromRow(row)));
                out.write('\n');
                lines++;
            }
        }
        out.flush();
        return lines;
    }

    /**
     * Verifies an export, line by line, stopping at the first broken link.
     *
     * @throws IOException when the input cannot be read as an export at all (not UTF-8, not JSON, a
     *     member missing or of the wrong type): that is not a verdict on the chain, which a
     *     well-formed file with altered values gets instead
     */
    public static ChainVerification verify(BufferedReader in) throws IOException {
        ChainWalk walk = new ChainWalk(null);
        String line;
        long number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isEmpty()) {
                continue;
            }
            if (!walk.accept(parseLine(line, number))) {
                break;
            }
        }
        return walk.result();
    }

    static ChainedEvent parseLine(String line, long number) throws IOException {
        JsonNode json;
        try {
            json = CanonicalJson.READER.readTree(line);
        } catch (JsonProcessingException e) {
            throw unreadable(number, "not JSON");
        }
        if (json == null || !json.isObject()) {
            throw unreadable(number, "not a JSON object");
        }
        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        if (names.size() != MEMBERS.size() || !MEMBERS.containsAll(names)) {
            throw unreadable(number, "members differ from the export format");
        }
        Line fields = new Line(json, number);
        if (!CanonicalForm.FORMAT.equals(fields.text("format"))) {
            throw unreadable(number, "unknown format " + json.get("format"));
        }
        try {
            return new ChainedEvent(
                    fields.uuid("customer_id"),
                    fields.wholeNumber("seq"),
                    fields.uuid("event_id"),
                    fields.instant("occurred_at"),
                    fields.instant("recorded_at"),
                    fields.optionalText("actor_subject"),
                    fields.texts("actor_roles"),
                    fields.bool("actor_interactive"),
                    fields.text("action"),
                    fields.optionalText("resource_type"),
                    fields.optionalText("resource_id"),
                    fields.text("outcome"),
                    fields.optionalText("client_ip"),
                    fields.optionalText("user_agent"),
                    fields.optionalText("correlation_id"),
                    fields.optionalText("trace_id"),
                    CanonicalJson.canonicalize(json.get("details")),
                    ChainHash.ofHex(fields.text("prev_hash")),
                    ChainHash.ofHex(fields.text("hash")));
        } catch (IllegalArgumentException e) {
            throw unreadable(number, e.getMessage());
        }
    }

    private static IOException unreadable(long line, String why) {
        return new IOException("line " + line + ": " + why);
    }

    /** Typed access to the members of one line; a wrong type is an unreadable line. */
    private record Line(JsonNode json, long number) {

        String text(String name) throws IOException {
            JsonNode value = json.get(name);
            if (!value.isTextual()) {
                throw unreadable(number, name + " must be a string");
            }
            return value.textValue();
        }

        String optionalText(String name) throws IOException {
            return json.get(name).isNull() ? null : text(name);
        }

        long wholeNumber(String name) throws IOException {
            JsonNode value = json.get(name);
            if (!value.isIntegralNumber() || !value.canConvertToLong()) {
                throw unreadable(number, name + " must be a whole number");
            }
            return value.longValue();
        }

        boolean bool(String name) throws IOException {
            JsonNode value = json.get(name);
            if (!value.isBoolean()) {
                throw unreadable(number, name + " must be true or false");
            }
            return value.booleanValue();
        }

        UUID uuid(String name) throws IOException {
            String text = text(name);
            try {
                UUID parsed = UUID.fromString(text);
                if (!parsed.toString().equals(text)) {
                    throw unreadable(number, name + " must be a UUID in canonical form");
                }
                return parsed;
            } catch (IllegalArgumentException e) {
                throw unreadable(number, name + " must be a UUID");
            }
        }

        Instant instant(String name) throws IOException {
            try {
                return LocalDateTime.parse(text(name), UTC_MICROS).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw unreadable(
                        number, name + " must be a UTC timestamp with six fractional digits");
            }
        }

        List<String> texts(String name) throws IOException {
            JsonNode value = json.get(name);
            if (!value.isArray()) {
                throw unreadable(number, name + " must be an array of strings");
            }
            List<String> values = new ArrayList<>();
            for (Iterator<JsonNode> items = value.elements(); items.hasNext(); ) {
                JsonNode item = items.next();
                if (!item.isTextual()) {
                    throw unreadable(number, name + " must be an array of strings");
                }
                values.add(item.textValue());
            }
            return values;
        }
    }
}
