package io.gatehouse.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatehouse.platform.Json;
import org.junit.jupiter.api.Test;

/** Policy documents: what is accepted, what is refused and why, and the round trip through JSON. */
class PiiPolicyTest {

    static JsonNode json(String text) {
        try {
            return Json.mapper().readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static PiiPolicy parse(String text) {
        return PiiPolicy.parse(json(text), 1);
    }

    @Test
    void aFullPolicyRoundTripsThroughItsJsonForm() {
        PiiPolicy policy =
                parse(
                        "{'minScore': 0.6, 'entities': {'EMAIL': {'operator': 'hash'}, 'CREDIT_CARD': {'operator': 'mask', 'keepLast': 4},"
                                + " 'PERSON': {'operator': 'redact', 'minScore': 0.8}}, 'allowList': ['Help@Example.com'],"
                                + " 'customPatterns': [{'name': 'EMPLOYEE_ID', 'pattern': 'EMP-[0-9]{6}', 'score': 0.9, 'operator': 'redact'}]}");
        assertThat(policy.rules())
                .containsOnlyKeys("EMAIL", "CREDIT_CARD", "PERSON", "EMPLOYEE_ID");
        assertThat(policy.rules().get("PERSON").minScore()).isEqualTo(0.8);
        assertThat(policy.rules().get("EMAIL").minScore()).isEqualTo(0.6);
        PiiPolicy again = PiiPolicy.parse(policy.toJson(), 1);
        assertThat(again.toJson()).isEqualTo(policy.toJson());
    }

    @Test
    void onlyEnabledTypesAreDetectedAndCustomPatternsJoinThem() {
        PiiPolicy policy =
                parse(
                        "{'entities': {'EMAIL': {'operator': 'redact'}},"
                                + " 'customPatterns': [{'name': 'EMPLOYEE_ID', 'pattern': 'EMP-[0-9]{6}', 'operator': 'redact'}]}");
        MaskResult result =
                PiiEngine.mask(
                        "EMP-123456 mailed a@example.com from 203.0.113.7", policy, () -> null);
        assertThat(result.masked()).isEqualTo("<EMPLOYEE_ID> mailed <EMAIL> from 203.0.113.7");
        assertThat(result.counts())
                .containsEntry("EMPLOYEE_ID", 1)
                .containsEntry("EMAIL", 1)
                .hasSize(2);
    }

    @Test
    void theAllowListIgnoresCaseAndTheMinimumScoreFilters() {
        PiiPolicy policy =
                parse(
                        "{'entities': {'EMAIL': {'operator': 'redact'}, 'PHONE_NUMBER': {'operator': 'redact', 'minScore': 0.85}},"
                                + " 'allowList': ['Help@Example.com']}");
        assertThat(
                        PiiEngine.mask(
                                        "help@example.com or a@example.com; 212-555-0199 or +1 212 555 0199",
                                        policy,
                                        () -> null)
                                .masked())
                .isEqualTo("help@example.com or <EMAIL>; 212-555-0199 or <PHONE_NUMBER>");
    }

    @Test
    void refusalsSayWhy() {
        assertRefused(
                "{'entities': {'PASSPORT': {'operator': 'redact'}}}",
                "Unknown entity type 'PASSPORT'");
        assertRefused(
                "{'entities': {'EMAIL': {'operator': 'shred'}}}",
                "must be redact, mask, hash, generalize or keep");
        assertRefused(
                "{'entities': {'EMAIL': {'operator': 'redact', 'keepLast': 2}}}",
                "keepLast applies to the mask operator only");
        assertRefused(
                "{'entities': {'PERSON': {'operator': 'generalize'}}}",
                "entities.PERSON.operator generalize applies to AGE, DATE_TIME, POSTAL_CODE only");
        assertRefused(
                "{'entities': {}, 'customPatterns': [{'name': 'X1', 'pattern': 'x', 'operator': 'generalize'}]}",
                "customPatterns[0].operator generalize applies to built-in types only");
        assertRefused(
                "{'entities': {'EMAIL': {'operator': 'mask', 'keepLast': 99}}}",
                "keepLast must be a whole number from 0 to 32");
        assertRefused("{'minScore': 2, 'entities': {}}", "minScore must be a number from 0 to 1");
        assertRefused("{'entities': {}, 'extra': 1}", "Unknown field 'extra' in policy");
        assertRefused("{}", "entities must be an object");
        assertRefused(
                "{'entities': {}, 'customPatterns': [{'name': 'X1', 'pattern': '(unclosed', 'operator': 'redact'}]}",
                "customPatterns[0] (X1).pattern is not a valid RE2 pattern");
        assertRefused(
                "{'entities': {}, 'customPatterns': [{'name': 'X1', 'pattern': 'a?', 'operator': 'redact'}]}",
                "customPatterns[0] (X1).pattern matches the empty text");
        assertRefused(
                "{'entities': {}, 'customPatterns': [{'name': 'X1', 'pattern': '(?<=a)b', 'operator': 'redact'}]}",
                "not a valid RE2 pattern");
        assertRefused(
                "{'entities': {}, 'customPatterns': [{'name': 'X1', 'pattern': '(a)\\\\1', 'operator': 'redact'}]}",
                "not a valid RE2 pattern");
        assertRefused(
                "{'entities': {}, 'customPatterns': [{'name': 'EMAIL', 'pattern': 'x', 'operator': 'redact'}]}",
                "is a built-in type");
        assertRefused(
                "{'entities': {}, 'customPatterns': [{'name': 'lower', 'pattern': 'x', 'operator': 'redact'}]}",
                "name must be 2 to 40 capitals");
        assertRefused(
                "{'entities': {}, 'customPatterns': [{'name': 'AB', 'pattern': 'x', 'operator': 'redact'},"
                        + " {'name': 'AB', 'pattern': 'y', 'operator': 'redact'}]}",
                "is used twice");
    }

    @Test
    void absurdSizesAreRefused() {
        assertRefused(
                "{'entities': {}, 'customPatterns': ["
                        + "{'name': 'AB', 'pattern': 'x', 'operator': 'redact'},"
                                .repeat(21)
                                .replaceAll(",$", "")
                        + "]}",
                "At most 20 custom patterns");
        assertRefused(
                "{'entities': {}, 'customPatterns': [{'name': 'AB', 'pattern': '"
                        + "a".repeat(257)
                        + "', 'operator': 'redact'}]}",
                "longer than 256 characters");
        assertRefused(
                "{'entities': {}, 'customPatterns': [{'name': 'AB', 'pattern': '((a{100}){100}){100}', 'operator': 'redact'}]}",
                "repeats too much");
        assertRefused(
                "{'entities': {}, 'allowList': [" + "'x',".repeat(1001).replaceAll(",$", "") + "]}",
                "more than 1000 entries");
        assertRefused(
                "{'entities': {}, 'allowList': ['" + "x".repeat(257) + "']}",
                "at most 256 characters");
    }

    @Test
    void repetitionBoundsCountOnlyRealRepetitions() {
        assertThat(RepetitionBounds.product("[0-9]{3}-[0-9]{2}-[0-9]{4}")).isEqualTo(24);
        assertThat(RepetitionBounds.product("a\\{100}[{]{2,}x{3,5}")).isEqualTo(10);
        assertThat(RepetitionBounds.product("(x{1000}){1000}")).isEqualTo(1_000_000);
    }

    @Test
    void theDefaultPolicyIsVersionZeroAndRedactsEveryBuiltInType() {
        PiiPolicy policy = PiiPolicy.defaultPolicy();
        assertThat(policy.version()).isZero();
        assertThat(policy.rules())
                .hasSize(EntityType.values().length)
                .allSatisfy((type, rule) -> assertThat(rule.operator()).isEqualTo(Operator.REDACT));
        assertThat(policy.minScore()).isEqualTo(0.5);
    }

    private static void assertRefused(String policy, String reason) {
        assertThatThrownBy(() -> parse(policy))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining(reason);
    }
}
