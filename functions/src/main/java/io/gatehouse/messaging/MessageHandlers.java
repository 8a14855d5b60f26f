package io.gatehouse.messaging;

import static io.gatehouse.db.Tables.CLIENTS;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatehouse.http.ApiResponse;
import io.gatehouse.http.Call;
import io.gatehouse.http.ProblemException;
import io.gatehouse.http.ResourceIds;
import io.gatehouse.platform.Envelope;
import io.gatehouse.platform.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * POST /clients/{id}/messages: PHI e-mail to the client's own address, from a person only. The
 * message is queued to {@code outbound-email}; the sender delivers it and records the disclosure.
 */
final class MessageHandlers {

    static final String OUTBOUND_EMAIL = "outbound-email";
    static final String TYPE = "email.phi";

    private MessageHandlers() {}

    static ApiResponse send(Call call, String id) {
        // The interactive rule (docs/gates.md): a token bound to a login session, not a service
        // account.
        if (!call.principal().interactive()) {
            throw new ProblemException(
                    403,
                    "PHI e-mail can only be sent by a signed-in user, not by a service account.");
        }
        UUID clientId = ResourceIds.parse(id);
        call.audit().resourceId(clientId);
        NewMessage message = call.body(NewMessage.class);
        // A row, not the column: a client without an address is 422, only a missing client is 404.
        String recipient =
                call.db()
                        .select(CLIENTS.EMAIL)
                        .from(CLIENTS)
                        .where(CLIENTS.CLIENT_ID.eq(clientId))
                        .fetchOptional()
                        .orElseThrow(ProblemException::notFound)
                        .value1();
        if (recipient == null) {
            throw ProblemException.unprocessable("The client has no e-mail address.");
        }
        ObjectNode payload =
                Json.mapper()
                        .createObjectNode()
                        .put("clientId", clientId.toString())
                        .put("recipient", recipient)
                        .put("subject", message.subject())
                        .put("body", message.body())
                        .put("description", message.description())
                        .put("purpose", message.purpose())
                        .put("requestedBy", call.principal().subject());
        Envelope queued = call.enqueue(OUTBOUND_EMAIL, TYPE, payload);
        call.audit().detail("messageId", queued.id().toString());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", queued.id());
        body.put("status", "queued");
        return ApiResponse.json(202, body);
    }
}
