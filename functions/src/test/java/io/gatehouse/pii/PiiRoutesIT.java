package io.gatehouse.pii;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatehouse.testing.ApiClient;
import io.gatehouse.testing.ApiClient.Response;
import io.gatehouse.testing.GatehouseStack;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PII routes over HTTP: roles, versions, refusals that change nothing, analysis and masking.
 */
class PiiRoutesIT {

    static final String HASH_EMAIL_POLICY =
            """
            {"entities": {"EMAIL": {"operator": "hash"}, "CREDIT_CARD": {"operator": "mask", "keepLast": 4},
                          "PERSON": {"operator": "redact"}},
             "customPatterns": [{"name": "EMPLOYEE_ID", "pattern": "EMP-[0-9]{6}", "operator": "redact"}]}""";

    static GatehouseStack stack;

    @BeforeAll
    static void start() {
        stack = GatehouseStack.shared();
    }

    static ApiClient admin(UUID tenant) {
        return stack.anonymous()
                .withToken(
                        stack.identityProvider()
                                .token()
                                .subject("admin-" + tenant)
                                .tenant(tenant)
                                .roles("customer_admin")
                                .sign());
    }

    static Response put(ApiClient client, String policy) {
        return client.send("PUT", "/api/pii/policy", "application/json", policy);
    }

    @Test
    void onlyAdministratorsReadAndWriteThePolicyAndEveryWriteIsANewVersion() {
        UUID tenant = stack.createTenant("pii-versions");
        ApiClient admin = admin(tenant);
        ApiClient staff = stack.userOf(tenant);

        JsonNode initial = admin.get("/api/pii/policy").json();
        assertThat(initial.get("version").asInt()).isZero();
        assertThat(initial.get("default").asBoolean()).isTrue();
        assertThat(staff.get("/api/pii/policy").status()).isEqualTo(403);
        assertThat(put(staff, HASH_EMAIL_POLICY).status()).isEqualTo(403);
        assertThat(admin.get("/api/pii/policy").json().get("version").asInt())
                .as("the refused PUT changed nothing")
                .isZero();

        Response first = put(admin, HASH_EMAIL_POLICY);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("version").asInt()).isEqualTo(1);
        assertThat(first.json().get("createdBy").asText()).isEqualTo("admin-" + tenant);
        Response second = put(admin, "{\"entities\": {\"EMAIL\": {\"operator\": \"keep\"}}}");
        assertThat(second.json().get("version").asInt()).isEqualTo(2);

        assertThat(admin.get("/api/pii/policy").json().get("version").asInt()).isEqualTo(2);
        JsonNode old = admin.get("/api/pii/policy?version=1").json();
        assertThat(old.get("policy").get("entities").get("EMAIL").get("operator").asText())
                .isEqualTo("hash");
        assertThat(old.get("policy").get("customPatterns").get(0).get("name").asText())
                .isEqualTo("EMPLOYEE_ID");
        assertThat(admin.get("/api/pii/policy?version=0").json().get("default").asBoolean())
                .isTrue();
        assertThat(admin.get("/api/pii/policy?version=3").status()).isEqualTo(404);
        assertThat(admin.get("/api/pii/policy?version=x").status()).isEqualTo(400);
        assertThat(stack.operatorOn(tenant).get("/api/pii/policy").json().get("version").asInt())
                .isEqualTo(2);

        UUID other = stack.createTenant("pii-other");
        assertThat(admin(other).get("/api/pii/policy").json().get("version").asInt())
                .as("another tenant's own default")
                .isZero();
        assertThat(admin(other).get("/api/pii/policy?version=1").status()).isEqualTo(404);
    }

    @Test
    void invalidPoliciesAreRefusedWithTheReasonAndChangeNothing() {
        UUID tenant = stack.createTenant("pii-invalid");
        ApiClient admin = admin(tenant);
        assertThat(put(admin, HASH_EMAIL_POLICY).status()).isEqualTo(200);

        assertRefused(
                admin,
                "{\"entities\": {\"PASSPORT\": {\"operator\": \"redact\"}}}",
                422,
                "Unknown entity type 'PASSPORT'");
        assertRefused(
                admin,
                "{\"entities\": {}, \"customPatterns\": [{\"name\": \"BAD\", \"pattern\": \"(a\", \"operator\": \"redact\"}]}",
                422,
                "not a valid RE2 pattern");
        assertRefused(
                admin,
                "{\"entities\": {}, \"customPatterns\": [{\"name\": \"BAD\", \"pattern\": \"(a{100}){100}\", \"operator\": \"redact\"}]}",
                422,
                "repeats too much");
        StringBuilder many = new StringBuilder("{\"entities\": {}, \"customPatterns\": [");
        for (int i = 0; i < 21; i++) {
            many.append(i > 0 ? "," : "")
                    .append("{\"name\": \"P")
                    .append(i)
                    .append("X\", \"pattern\": \"x\", \"operator\": \"redact\"}");
        }
        assertRefused(admin, many.append("]}").toString(), 422, "At most 20 custom patterns");
        assertRefused(
                admin,
                "{\"entities\": {}, \"allowList\": [\"" + "x".repeat(40_000) + "\"]}",
                413,
                "at most 32768");
        assertRefused(admin, "[1, 2]", 400, "JSON object");
        assertRefused(
                admin,
                "{\"entities\": {}, \"customPatterns\": [{\"name\": \"EVERYTHING\", \"pattern\": \"x*\", \"operator\": \"redact\"}]}",
                422,
                "customPatterns[0] (EVERYTHING).pattern matches the empty text");
        assertRefused(
                admin,
                "{\"entities\": {\"PHONE\": {\"operator\": \"redact\"}}}",
                422,
                "now called 'PHONE_NUMBER'");
        assertRefused(
                admin,
                "{\"entities\": {\"PERSON\": {\"operator\": \"generalize\"}}}",
                422,
                "generalize applies to AGE, DATE_TIME, POSTAL_CODE only");

        assertThat(admin.get("/api/pii/policy").json().get("version").asInt())
                .as("still the one valid version")
                .isEqualTo(1);
    }

    @Test
    void analyzeAndMaskFollowTheTenantPolicyAndNameItsVersion() {
        UUID tenant = stack.createTenant("pii-mask");
        ApiClient staff = stack.userOf(tenant);
        String text =
                "😀 Dr. Jane Smith (EMP-123456) paid with 4111 1111 1111 1111 from jane@example.com.";

        JsonNode byDefault = staff.post("/api/pii/mask", body(text)).json();
        assertThat(byDefault.get("policyVersion").asInt()).isZero();
        assertThat(byDefault.get("masked").asText())
                .isEqualTo("😀 Dr. <PERSON> (EMP-123456) paid with <CREDIT_CARD> from <EMAIL>.");

        assertThat(put(admin(tenant), HASH_EMAIL_POLICY).status()).isEqualTo(200);
        JsonNode masked = staff.post("/api/pii/mask", body(text)).json();
        assertThat(masked.get("policyVersion").asInt()).isEqualTo(1);
        assertThat(masked.get("masked").asText())
                .matches(
                        "😀 Dr\\. <PERSON> \\(<EMPLOYEE_ID>\\) paid with \\*{15}1111 from <EMAIL:[0-9a-f]{20}>\\.");
        assertThat(masked.get("findings")).hasSize(4);
        JsonNode person = masked.get("findings").get(0);
        assertThat(person.get("type").asText()).isEqualTo("PERSON");
        assertThat(person.get("start").asInt())
                .as("code points: the emoji counts once")
                .isEqualTo(6);
        assertThat(person.get("end").asInt()).isEqualTo(16);
        assertThat(staff.post("/api/pii/mask", body(text)).json().get("masked"))
                .as("stable pseudonyms")
                .isEqualTo(masked.get("masked"));

        JsonNode analysis = staff.post("/api/pii/analyze", body(text)).json();
        assertThat(analysis.get("policyVersion").asInt()).isEqualTo(1);
        assertThat(analysis.get("findings")).isEqualTo(masked.get("findings"));
        assertThat(analysis.toString()).doesNotContain("jane@example.com", "4111");
    }

    @Test
    void safeHarborGeneralizationKeepsOnlyWhatTheRuleAllows() {
        UUID tenant = stack.createTenant("pii-generalize");
        assertThat(
                        put(
                                        admin(tenant),
                                        "{\"entities\": {\"DATE_TIME\": {\"operator\": \"generalize\"},"
                                                + " \"AGE\": {\"operator\": \"generalize\"}, \"PERSON\": {\"operator\": \"redact\"}}}")
                                .status())
                .isEqualTo(200);
        JsonNode masked =
                stack.userOf(tenant)
                        .post(
                                "/api/pii/mask",
                                body(
                                        "Patient Thaddeus Okonkwo, a 93-year-old man, was admitted on 14 March 2024."))
                        .json();
        assertThat(masked.get("masked").asText())
                .isEqualTo("Patient <PERSON>, a 90+-year-old man, was admitted on 2024.");
        assertThat(masked.toString()).doesNotContain("Okonkwo", "93", "14 March");
    }

    @Test
    void oversizedMissingOrForeignInputIsRefused() {
        UUID tenant = stack.createTenant("pii-input");
        ApiClient staff = stack.userOf(tenant);
        Response tooLong =
                staff.post("/api/pii/analyze", body("a".repeat(PolicyLimits.MAX_TEXT_CHARS + 1)));
        assertThat(tooLong.status()).isEqualTo(413);
        assertThat(tooLong.header("Content-Type")).startsWith("application/problem+json");
        assertThat(staff.post("/api/pii/mask", "{}").status()).isEqualTo(422);
        assertThat(staff.post("/api/pii/mask", "{\"text\": \"x\", \"policy\": {}}").status())
                .isEqualTo(400);
        assertThat(stack.anonymous().post("/api/pii/analyze", body("x")).status()).isEqualTo(401);
    }

    @Test
    void textThatIsNotWellFormedUnicodeIsABadRequestNotAGuess() {
        UUID tenant = stack.createTenant("pii-unicode");
        ApiClient staff = stack.userOf(tenant);
        Response lone = staff.post("/api/pii/mask", "{\"text\": \"Jane \\ud800 Smith\"}");
        assertThat(lone.status()).isEqualTo(400);
        assertThat(lone.header("Content-Type")).startsWith("application/problem+json");
        assertThat(lone.header("X-Correlation-ID")).isNotBlank();
        assertThat(lone.json().get("detail").asText()).contains("lone surrogate");

        byte[] prefix = "{\"text\": \"Jane ".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] suffix = " Smith\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] invalid = new byte[prefix.length + 2 + suffix.length];
        System.arraycopy(prefix, 0, invalid, 0, prefix.length);
        invalid[prefix.length] = (byte) 0xC3; // a lead byte followed by one that cannot continue it
        invalid[prefix.length + 1] = (byte) 0x28;
        System.arraycopy(suffix, 0, invalid, prefix.length + 2, suffix.length);
        Response broken = staff.postBytes("/api/pii/analyze", invalid);
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.header("Content-Type")).startsWith("application/problem+json");
        assertThat(broken.json().get("detail").asText()).contains("not valid UTF-8");
        assertThat(broken.body()).doesNotContain("Smith");
    }

    static String body(String text) {
        return "{\"text\": " + com.fasterxml.jackson.databind.node.TextNode.valueOf(text) + "}";
    }

    private static void assertRefused(ApiClient admin, String policy, int status, String reason) {
        Response refused = put(admin, policy);
        assertThat(refused.status())
                .as(policy.length() > 200 ? policy.substring(0, 200) : policy)
                .isEqualTo(status);
        assertThat(refused.json().get("detail").asText()).contains(reason);
    }
}
