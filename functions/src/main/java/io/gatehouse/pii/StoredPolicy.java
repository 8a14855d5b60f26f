package io.gatehouse.pii;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;

/**
 * A policy version as the tenant's administrators see it; the default (version 0) has no author or
 * time.
 */
record StoredPolicy(PiiPolicy policy, OffsetDateTime createdAt, String createdBy) {

    public int version() {
        return policy.version();
    }

    public ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("version", policy.version());
        json.put("default", policy.version() == PiiPolicy.DEFAULT_VERSION);
        json.put("createdAt", createdAt == null ? null : createdAt.toInstant().toString());
        json.put("createdBy", createdBy);
        json.set("policy", policy.toJson());
        return json;
    }
}
