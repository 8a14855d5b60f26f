package io.gatehouse.pii;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatehouse.http.ApiResponse;
import io.gatehouse.http.Call;
import io.gatehouse.http.ProblemException;
import io.gatehouse.platform.Json;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The PII routes (SPEC.md §3): the tenant's policy, analysis and masking. */
final class PiiHandlers {

    private PiiHandlers() {}

    /** GET /pii/policy, or one older version with {@code ?version=N} (0 is the default). */
    static ApiResponse getPolicy(Call call) {
        StoredPolicy stored =
                call.queryParam("version")
                        .map(PiiHandlers::versionNumber)
                        .map(
                                version ->
                                        PiiPolicies.version(call.db(), call.customerId(), version)
                                                .orElseThrow(ProblemException::notFound))
                        .orElseGet(() -> PiiPolicies.currentStored(call.db(), call.customerId()));
        call.audit().resourceId(stored.version()).detail("policyVersion", stored.version());
        return ApiResponse.ok(stored.toJson());
    }

    /** PUT /pii/policy: a new version; the previous ones stay readable. */
    static ApiResponse putPolicy(Call call) {
        int length = call.request().body().map(String::length).orElse(0);
        if (length > PolicyLimits.MAX_POLICY_CHARS) {
            throw new ProblemException(
                    413, "A policy is at most " + PolicyLimits.MAX_POLICY_CHARS + " characters.");
        }
        PiiPolicy policy;
        try {
            policy = PiiPolicy.parse(call.jsonObject(), PiiPolicy.DEFAULT_VERSION);
        } catch (PolicyException invalid) {
            throw ProblemException.unprocessable(invalid.getMessage());
        }
        StoredPolicy stored =
                PiiPolicies.append(
                        call.db(), call.customerId(), policy, call.principal().subject());
        call.audit()
                .resourceId(stored.version())
                .detail("policyVersion", stored.version())
                .detail("enabledTypes", policy.rules().size())
                .detail("customPatterns", policy.customPatterns().size())
                .detail("allowListEntries", policy.allowList().size());
        return ApiResponse.ok(stored.toJson());
    }

    /** POST /pii/analyze: findings only, by the tenant's policy (types, scores, allow-list). */
    static ApiResponse analyze(Call call) {
        String text = call.body(TextInput.class).text();
        PiiPolicy policy = PiiPolicies.current(call.db(), call.customerId());
        List<Finding> findings = PiiEngine.analyze(text, policy);
        call.audit().resourceId(policy.version());
        PiiRequests.audit(call.audit(), policy.version(), countByType(findings));
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("findings", Json.mapper().valueToTree(findings));
        body.put("policyVersion", policy.version());
        return ApiResponse.ok(body);
    }

    /** POST /pii/mask: the masked text, the findings and the policy version used. */
    static ApiResponse mask(Call call, PseudonymKeys keys) {
        String text = call.body(TextInput.class).text();
        PiiPolicy policy = PiiPolicies.current(call.db(), call.customerId());
        MaskResult result = PiiEngine.mask(text, policy, keys.forCaller(call));
        call.audit().resourceId(result.policyVersion());
        PiiRequests.audit(call.audit(), result.policyVersion(), result.counts());
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("masked", result.masked());
        body.set("findings", Json.mapper().valueToTree(result.findings()));
        body.put("policyVersion", result.policyVersion());
        return ApiResponse.ok(body);
    }

    private static Map<String, Integer> countByType(List<Finding> findings) {
        Map<String, Integer> counts = new TreeMap<>();
        findings.forEach(finding -> counts.merge(finding.type(), 1, Integer::sum));
        return counts;
    }

    private static int versionNumber(String raw) {
        if (raw.matches("\\d{1,9}")) {
            return Integer.parseInt(raw);
        }
        throw ProblemException.badRequest("version must be a whole number.");
    }
}
