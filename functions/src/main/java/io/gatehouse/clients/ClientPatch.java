package io.gatehouse.clients;

import static io.gatehouse.db.Tables.CLIENTS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatehouse.http.ProblemException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.jooq.Field;

/**
 * The body of PATCH /clients/{id} (JSON merge patch semantics): a field that is present is set, a
 * field that is null is cleared, an absent field is left alone. The accepted fields are listed here
 * and nowhere else, so no column (tenant, id, timestamps) can be assigned through it.
 */
final class ClientPatch {

    private static final Set<String> EDITABLE =
            Set.of("fullName", "email", "phone", "dateOfBirth", "notes");

    private final Map<Field<?>, Object> changes;

    private ClientPatch(Map<Field<?>, Object> changes) {
        this.changes = changes;
    }

    static ClientPatch from(ObjectNode body, Clock clock) {
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!EDITABLE.contains(name)) {
                throw ProblemException.unknownField(name);
            }
        }
        if (body.isEmpty()) {
            throw ProblemException.badRequest("The patch changes nothing.");
        }
        Map<Field<?>, Object> changes = new HashMap<>();
        if (body.has("fullName")) {
            changes.put(CLIENTS.FULL_NAME, ClientFields.fullName(text(body, "fullName")));
        }
        if (body.has("email")) {
            changes.put(CLIENTS.EMAIL, ClientFields.email(text(body, "email")));
        }
        if (body.has("phone")) {
            changes.put(CLIENTS.PHONE, ClientFields.phone(text(body, "phone")));
        }
        if (body.has("dateOfBirth")) {
            changes.put(
                    CLIENTS.DATE_OF_BIRTH,
                    ClientFields.dateOfBirth(date(body, "dateOfBirth"), clock));
        }
        if (body.has("notes")) {
            changes.put(CLIENTS.NOTES, ClientFields.notes(text(body, "notes")));
        }
        return new ClientPatch(changes);
    }

    Map<Field<?>, Object> changes() {
        return changes;
    }

    private static String text(ObjectNode body, String name) {
        JsonNode value = body.get(name);
        if (value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw ProblemException.unprocessable(name + " must be a string or null.");
        }
        return value.asText();
    }

    private static LocalDate date(ObjectNode body, String name) {
        String text = text(body, name);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ProblemException.unprocessable(name + " must be a date like 1980-04-30.");
        }
    }
}
