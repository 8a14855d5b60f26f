package io.gatehouse.reasoning;

import static io.gatehouse.db.Tables.REASONING_REQUESTS;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatehouse.http.ApiResponse;
import io.gatehouse.http.Call;
import io.gatehouse.pii.MaskResult;
import io.gatehouse.pii.PiiEngine;
import io.gatehouse.pii.PiiPolicies;
import io.gatehouse.pii.PiiPolicy;
import io.gatehouse.pii.PiiRequests;
import io.gatehouse.pii.PseudonymKeys;
import io.gatehouse.platform.Json;
import java.util.List;
import java.util.UUID;
import org.jooq.JSON;

/**
 * POST /reasoning/requests: the one way text goes to the AI pipeline. The text — and the purpose,
 * which is free text too — is masked by the tenant's current policy first; only the masked forms
 * are stored and put on the {@code reasoning-requests} queue. The original exists only in this
 * request's memory.
 */
final class ReasoningHandlers {

    static final String QUEUE = "reasoning-requests";
    static final String MESSAGE_TYPE = "reasoning.request";

    private ReasoningHandlers() {}

    static ApiResponse create(Call call, PseudonymKeys keys) {
        NewReasoningRequest input = call.body(NewReasoningRequest.class);
        PiiPolicy policy = PiiPolicies.current(call.db(), call.customerId());
        // together: a name the text gives away is masked in the purpose too, and the other way
        // round
        List<MaskResult> masked =
                PiiEngine.maskTogether(
                        List.of(input.text(), input.purpose()), policy, keys.forCaller(call));
        MaskResult text = masked.get(0);
        MaskResult purpose = masked.get(1);
        UUID id = UUID.randomUUID();
        ObjectNode counts = Json.mapper().valueToTree(text.counts());

        call.db()
                .insertInto(REASONING_REQUESTS)
                .set(REASONING_REQUESTS.CUSTOMER_ID, call.customerId())
                .set(REASONING_REQUESTS.REQUEST_ID, id)
                .set(REASONING_REQUESTS.PURPOSE, purpose.masked())
                .set(REASONING_REQUESTS.MASKED_TEXT, text.masked())
                .set(REASONING_REQUESTS.POLICY_VERSION, policy.version())
                .set(REASONING_REQUESTS.ENTITY_COUNTS, JSON.valueOf(counts.toString()))
                .set(REASONING_REQUESTS.REQUESTED_BY, call.principal().subject())
                .execute();

        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        payload.put("requestId", id.toString());
        payload.put("purpose", purpose.masked());
        payload.put("maskedText", text.masked());
        payload.put("policyVersion", policy.version());
        payload.set("entityCounts", counts);
        // Sent inside the transaction: if the queue refuses, the row is rolled back (503).
        call.enqueue(QUEUE, MESSAGE_TYPE, payload);

        call.audit().resourceId(id);
        PiiRequests.audit(call.audit(), policy.version(), text.counts());

        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("id", id.toString());
        body.put("masked", text.masked());
        body.put("policyVersion", policy.version());
        return ApiResponse.json(202, body);
    }
}
