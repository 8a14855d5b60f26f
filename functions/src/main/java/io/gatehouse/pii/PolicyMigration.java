package io.gatehouse.pii;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Brings a stored policy document of an older schema to the current one, when it is read. Stored
 * versions are append-only (sql/V6__pii.sql), so they are never rewritten in the database; the
 * version number a masking result names keeps meaning the tenant's choices, read in today's terms.
 *
 * <p>Schema 1 (before issue 12) had no {@code schemaVersion} field and nine types. Going to 2:
 *
 * <ul>
 *   <li>{@code PHONE} is {@code PHONE_NUMBER} and {@code DATE_OF_BIRTH} is {@code DATE_TIME} (which
 *       now covers every date, not only birth dates), with the tenant's rule kept as it was;
 *   <li>every type that schema 1 could not name, and that is on by default, is enabled with {@code
 *       redact}: the tenant never chose to leave it unmasked, and a Safe Harbor identifier passing
 *       because a policy predates its detector would be the unsafe reading;
 *   <li>a schema-1 type the tenant left out stays out.
 * </ul>
 */
final class PolicyMigration {

    static final int CURRENT_SCHEMA = 2;
    static final String FIELD = "schemaVersion";
    private static final Map<String, String> RENAMED_IN_2 =
            Map.of("PHONE", "PHONE_NUMBER", "DATE_OF_BIRTH", "DATE_TIME");
    private static final Set<String> SCHEMA_1_TYPES =
            Set.of(
                    "EMAIL",
                    "PHONE",
                    "US_SSN",
                    "CREDIT_CARD",
                    "IBAN",
                    "IP_ADDRESS",
                    "DATE_OF_BIRTH",
                    "MEDICAL_RECORD_NUMBER",
                    "PERSON");

    private PolicyMigration() {}

    /** The document in the current schema; a current one is returned as it is. */
    static JsonNode toCurrent(JsonNode stored) {
        if (stored == null || !stored.isObject() || stored.has(FIELD)) {
            return stored;
        }
        ObjectNode migrated = ((ObjectNode) stored).deepCopy();
        JsonNode entities = migrated.get("entities");
        if (entities instanceof ObjectNode rules) {
            Map<String, JsonNode> renamed = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = rules.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> rule = it.next();
                renamed.put(
                        RENAMED_IN_2.getOrDefault(rule.getKey(), rule.getKey()), rule.getValue());
            }
            rules.removeAll();
            renamed.forEach(rules::set);
            for (EntityType type : EntityType.values()) {
                if (type.onByDefault() && !isSchema1Type(type.name()) && !rules.has(type.name())) {
                    rules.putObject(type.name()).put("operator", Operator.REDACT.jsonName());
                }
            }
        }
        migrated.put(FIELD, CURRENT_SCHEMA);
        return migrated;
    }

    /**
     * The schema-1 name of a type that was renamed, for a refusal that tells the caller the new
     * name.
     */
    static String renamedTo(String oldName) {
        return RENAMED_IN_2.get(oldName);
    }

    private static boolean isSchema1Type(String currentName) {
        return SCHEMA_1_TYPES.contains(currentName) || RENAMED_IN_2.containsValue(currentName);
    }
}
