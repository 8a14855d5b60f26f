package io.gatehouse.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * What a gated action would do, as its {@link GatedHandler} describes it: the resource it acts on
 * and the exact payload the executor will be given once approved. The payload holds identifiers
 * only (it is stored with the approval and shown to the approver), never PHI.
 */
public record Proposal(String resourceType, String resourceId, ObjectNode payload) {

    public Proposal {
        Objects.requireNonNull(resourceType, "resourceType");
        Objects.requireNonNull(resourceId, "resourceId");
        payload = Objects.requireNonNull(payload, "payload").deepCopy();
    }
}
