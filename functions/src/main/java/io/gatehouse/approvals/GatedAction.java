package io.gatehouse.approvals;

import com.fasterxml.jackson.databind.JsonNode;
import org.jooq.DSLContext;

/**
 * An action that runs only once a second person approved it. A feature implements it and the
 * composition root registers it under the name its route declares with {@code @Gated}; the
 * approvals executor runs it once, with exactly the approved payload, in the tenant's transaction.
 */
public interface GatedAction {

    /** The name routes declare with {@code @Gated}: {@code client.delete}. */
    String name();

    /**
     * Performs the approved payload. Runs inside the executor's transaction, scoped to the
     * approval's tenant, so row-level security applies and the outcome commits with the record of
     * it.
     *
     * @return a short result code for the approval record and the audit event ({@code deleted},
     *     {@code already_absent}); never data
     */
    String execute(DSLContext db, JsonNode payload);
}
