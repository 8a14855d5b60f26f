package io.gatehouse.pii;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.pii.eval.CorpusGenerator;
import io.gatehouse.pii.eval.CorpusReader;
import io.gatehouse.pii.eval.PiiEvaluationCommand;
import io.gatehouse.platform.Secrets;
import io.gatehouse.testing.TestSecrets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The operators, and the tenant keys behind the hash operator. */
class MaskingTest {

    static final String MASTER = TestSecrets.random();
    static final Secrets SECRETS =
            name -> Optional.ofNullable(Map.of(PseudonymKey.SECRET_NAME, MASTER).get(name));
    static final UUID TENANT_A = UUID.randomUUID();
    static final UUID TENANT_B = UUID.randomUUID();

    static PiiPolicy policy(String operatorsJson) {
        return PiiPolicyTest.parse("{'entities': " + operatorsJson + "}");
    }

    @Test
    void redactMaskAndKeep() {
        PiiPolicy policy =
                policy(
                        "{'EMAIL': {'operator': 'redact'}, 'CREDIT_CARD': {'operator': 'mask', 'keepLast': 4},"
                                + " 'US_SSN': {'operator': 'keep'}, 'PHONE_NUMBER': {'operator': 'mask', 'keepLast': 20}}");
        MaskResult result =
                PiiEngine.mask(
                        "a@example.com paid 4111 1111 1111 1111, SSN 536-22-1234, tel 212-555-0199",
                        policy,
                        () -> null);
        assertThat(result.masked())
                .isEqualTo("<EMAIL> paid ***************1111, SSN 536-22-1234, tel ************");
        assertThat(result.counts()).containsEntry("US_SSN", 1).as("kept values are still counted");
        assertThat(result.findings()).hasSize(4);
    }

    @Test
    void maskCountsCodePoints() {
        assertThat(PiiEngine.maskKeepingLast("ab😀cd", 2)).isEqualTo("***cd");
        assertThat(PiiEngine.maskKeepingLast("abc😀", 1)).isEqualTo("***😀");
        assertThat(PiiEngine.maskKeepingLast("abc", 4))
                .as("never the whole value")
                .isEqualTo("***");
    }

    @Test
    void hashGivesStablePseudonymsPerTenantThatDifferBetweenTenants() {
        PiiPolicy policy =
                policy("{'EMAIL': {'operator': 'hash'}, 'CREDIT_CARD': {'operator': 'hash'}}");
        PseudonymKey keyA = PseudonymKey.forTenant(SECRETS, TENANT_A);
        PseudonymKey keyB = PseudonymKey.forTenant(SECRETS, TENANT_B);
        String text =
                "Jane@Example.com and jane@example.com paid 4111-1111-1111-1111 then 4111 1111 1111 1111";
        String inA = PiiEngine.mask(text, policy, () -> keyA).masked();
        String againInA =
                PiiEngine.mask(text, policy, () -> PseudonymKey.forTenant(SECRETS, TENANT_A))
                        .masked();
        String inB = PiiEngine.mask(text, policy, () -> keyB).masked();

        assertThat(inA).isEqualTo(againInA).doesNotContain("example.com", "4111");
        assertThat(inA)
                .matches(
                        "<EMAIL:([0-9a-f]{20})> and <EMAIL:\\1> paid <CREDIT_CARD:([0-9a-f]{20})> then <CREDIT_CARD:\\2>");
        assertThat(inB).isNotEqualTo(inA);
        assertThat(inB.substring(0, 28))
                .as("no correlation across tenants")
                .isNotEqualTo(inA.substring(0, 28));
    }

    @Test
    void theKeyIsDerivedOnlyWhenAFindingIsHashed() {
        PiiPolicy policy =
                policy("{'EMAIL': {'operator': 'hash'}, 'PHONE_NUMBER': {'operator': 'redact'}}");
        AtomicInteger asked = new AtomicInteger();
        PiiEngine.mask(
                "tel 212-555-0199",
                policy,
                () -> {
                    asked.incrementAndGet();
                    return PseudonymKey.forTenant(SECRETS, TENANT_A);
                });
        assertThat(asked).hasValue(0);
        PiiEngine.mask(
                "a@example.com, b@example.com",
                policy,
                () -> {
                    asked.incrementAndGet();
                    return PseudonymKey.forTenant(SECRETS, TENANT_A);
                });
        assertThat(asked).as("once per text").hasValue(1);
    }

    @Test
    void aValueFoundOnceIsMaskedWhereverItOccursInTheRequest() {
        PiiPolicy policy = PiiPolicy.defaultPolicy();
        assertThat(
                        PiiEngine.mask(
                                        "Patient Thaddeus Okonkwo arrived. Later Okonkwo called; Thaddeus Okonkwo agreed.",
                                        policy,
                                        () -> null)
                                .masked())
                .isEqualTo("Patient <PERSON> arrived. Later <PERSON> called; <PERSON> agreed.");
        assertThat(PiiEngine.mask("Thaddeus Okonkwo agreed.", policy, () -> null).masked())
                .as("the detector finds a name without a cue word")
                .isEqualTo("<PERSON> agreed.");

        var together =
                PiiEngine.maskTogether(
                        List.of(
                                "Patient Thaddeus Okonkwo, mail t@example.org",
                                "Complaint of Thaddeus Okonkwo"),
                        policy,
                        () -> null);
        assertThat(together.get(1).masked()).isEqualTo("Complaint of <PERSON>");
        assertThat(together.get(1).counts()).containsEntry("PERSON", 1);
    }

    @Test
    void propagationRespectsTheAllowList() {
        PiiPolicy policy =
                PiiPolicyTest.parse(
                        "{'entities': {'PERSON': {'operator': 'redact'}}, 'allowList': ['Okonkwo']}");
        assertThat(
                        PiiEngine.mask(
                                        "Patient Thaddeus Okonkwo arrived. Okonkwo called.",
                                        policy,
                                        () -> null)
                                .masked())
                .isEqualTo("Patient <PERSON> arrived. Okonkwo called.");
    }

    @Test
    void theMaskedTextNeverHoldsADetectedValue() {
        // every document of the generated corpus and of the committed independent one, with every
        // type on
        List<String> texts = new ArrayList<>();
        new CorpusGenerator(7L).generate(300).forEach(doc -> texts.add(doc.text()));
        CorpusReader reader = new CorpusReader();
        PiiEvaluationCommand.committedCorpus()
                .forEach(file -> reader.read(file).forEach(doc -> texts.add(doc.text())));
        PiiPolicy policy = PiiPolicy.defaultPolicy();
        int checked = 0;
        for (String text : texts) {
            MaskResult result = PiiEngine.mask(text, policy, () -> null);
            for (Finding finding : result.findings()) {
                String value =
                        text.substring(
                                text.offsetByCodePoints(0, finding.start()),
                                text.offsetByCodePoints(0, finding.end()));
                // short values (an age, a day) may stand elsewhere in the text as something else
                if (value.length() >= 6) {
                    assertThat(result.masked()).as("masked text of %s", text).doesNotContain(value);
                    checked++;
                }
            }
        }
        assertThat(checked).as("values checked").isGreaterThan(1_000);
    }

    @Test
    void aMissingOrPlaceholderMasterSecretIsAConfigurationError() {
        Secrets none = name -> Optional.empty();
        Secrets placeholder = name -> Optional.of("set-locally-never-commit");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> PseudonymKey.forTenant(none, TENANT_A))
                .isInstanceOf(io.gatehouse.platform.ConfigurationException.class)
                .hasMessageContaining("pii-hash-key");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> PseudonymKey.forTenant(placeholder, TENANT_A))
                .isInstanceOf(io.gatehouse.platform.ConfigurationException.class)
                .hasMessageContaining("at least 32");
    }
}
