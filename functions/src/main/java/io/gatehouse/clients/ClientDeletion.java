package io.gatehouse.clients;

import static io.gatehouse.db.Tables.CLIENTS;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatehouse.approvals.GatedAction;
import io.gatehouse.http.Call;
import io.gatehouse.http.ProblemException;
import io.gatehouse.http.Proposal;
import io.gatehouse.http.ResourceIds;
import io.gatehouse.platform.Json;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Deleting a client needs a second person (SPEC.md §3: DELETE /clients/{id} is gated). The route
 * only proposes the deletion, once it has checked that the client exists for the caller's tenant;
 * the approvals executor runs {@link #execute} after a customer_admin other than the requester
 * approved it.
 */
public final class ClientDeletion implements GatedAction {

    public static final String ACTION = "client.delete";

    @Override
    public String name() {
        return ACTION;
    }

    /**
     * 404 for a client that does not exist or is another tenant's, before any approval is created.
     */
    static Proposal propose(Call call, String id) {
        UUID clientId = ResourceIds.parse(id);
        if (!call.db().fetchExists(CLIENTS, CLIENTS.CLIENT_ID.eq(clientId))) {
            throw ProblemException.notFound();
        }
        return new Proposal(
                "client",
                clientId.toString(),
                Json.mapper().createObjectNode().put("clientId", clientId.toString()));
    }

    /**
     * Runs in the approval's tenant transaction: row-level security confines the delete to that
     * tenant.
     */
    @Override
    public String execute(DSLContext db, JsonNode payload) {
        UUID clientId = UUID.fromString(payload.path("clientId").asText());
        int deleted = db.deleteFrom(CLIENTS).where(CLIENTS.CLIENT_ID.eq(clientId)).execute();
        return deleted == 1 ? "deleted" : "already_absent";
    }
}
