package io.gatehouse.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatehouse.platform.Json;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Schema-1 documents read in schema 2 (PolicyMigration); the database side is in PiiPoliciesTest.
 */
class PolicyMigrationTest {

    static final Set<String> SCHEMA_1_NAMES =
            Set.of(
                    "EMAIL",
                    "PHONE",
                    "US_SSN",
                    "CREDIT_CARD",
                    "IBAN",
                    "IP_ADDRESS",
                    "DATE_OF_BIRTH",
                    "MEDICAL_RECORD_NUMBER",
                    "PERSON");

    /** Whether a current type existed in schema 1, under this name or its old one. */
    static boolean inSchemaOne(String currentName) {
        return SCHEMA_1_NAMES.contains(currentName)
                || currentName.equals("PHONE_NUMBER")
                || currentName.equals("DATE_TIME");
    }

    private static JsonNode json(String text) throws Exception {
        return Json.mapper().readTree(text.replace('\'', '"'));
    }

    @Test
    void aCurrentDocumentIsLeftAsItIs() throws Exception {
        JsonNode current = PiiPolicy.defaultPolicy().toJson();
        assertThat(PolicyMigration.toCurrent(current)).isSameAs(current);
    }

    @Test
    void renamedTypesKeepTheirRulesAndNewTypesAreRedacted() throws Exception {
        JsonNode migrated =
                PolicyMigration.toCurrent(
                        json(
                                "{'entities': {'PHONE': {'operator': 'mask', 'keepLast': 3}, 'DATE_OF_BIRTH': {'operator': 'hash'}}}"));
        assertThat(migrated.get("schemaVersion").asInt()).isEqualTo(PolicyMigration.CURRENT_SCHEMA);
        assertThat(migrated.at("/entities/PHONE_NUMBER/keepLast").asInt()).isEqualTo(3);
        assertThat(migrated.at("/entities/DATE_TIME/operator").asText()).isEqualTo("hash");
        assertThat(migrated.get("entities").has("PHONE")).isFalse();
        assertThat(migrated.get("entities").has("EMAIL"))
                .as("left out by the tenant in schema 1")
                .isFalse();
        PiiPolicy policy = PiiPolicy.parse(migrated, 4);
        for (EntityType type : EntityType.values()) {
            if (!inSchemaOne(type.name()) && type.onByDefault()) {
                assertThat(policy.rules().get(type.name()).operator())
                        .as(type.name())
                        .isEqualTo(Operator.REDACT);
            }
        }
    }

    @Test
    void theOldNamesAreRefusedInANewDocumentWithTheirNewName() {
        assertThatThrownBy(
                        () ->
                                PiiPolicy.parse(
                                        json("{'entities': {'PHONE': {'operator': 'redact'}}}"), 1))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("'PHONE' is now called 'PHONE_NUMBER'");
        assertThatThrownBy(() -> PiiPolicy.parse(json("{'schemaVersion': 1, 'entities': {}}"), 1))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("schemaVersion must be 2");
    }

    @Test
    void theNormalisedFormNamesTheSchemaAndParsesBackToItself() {
        PiiPolicy policy = PiiPolicy.defaultPolicy();
        assertThat(policy.toJson().get("schemaVersion").asInt()).isEqualTo(2);
        assertThat(PiiPolicy.parse(policy.toJson(), 0).toJson()).isEqualTo(policy.toJson());
    }
}
