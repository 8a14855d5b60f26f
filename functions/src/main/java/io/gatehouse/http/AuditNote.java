package io.gatehouse.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a handler adds to the audit event the pipeline records for its route: the id of the resource
 * acted on, and details — identifiers, counts, codes, versions; never a value of personal or health
 * data (see {@code AuditEvent}). Mutable, confined to one request.
 */
public final class AuditNote {

    private String resourceId;
    private final Map<String, Object> details = new LinkedHashMap<>();

    AuditNote() {}

    /**
     * The identifier of the resource acted on (a UUID, a version number), never a name or value.
     */
    public AuditNote resourceId(Object id) {
        this.resourceId = String.valueOf(id);
        return this;
    }

    /** One detail: a count, a code, an identifier. */
    public AuditNote detail(String key, Object value) {
        details.put(key, value);
        return this;
    }

    public Optional<String> resourceId() {
        return Optional.ofNullable(resourceId);
    }

    public Map<String, Object> details() {
        return Map.copyOf(details);
    }
}
