package io.gatehouse.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.evidence.AuditEvent;
import io.gatehouse.evidence.AuditOutcome;
import io.gatehouse.pii.MaskResult;
import io.gatehouse.pii.PiiEngine;
import io.gatehouse.pii.PiiPolicy;
import io.gatehouse.pii.PiiRequests;
import io.gatehouse.platform.Json;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What the PII routes add to their audit events: counts per type and the policy version, never a
 * value.
 */
class PiiAuditDetailsTest {

    @Test
    void countsAndVersionOnlyAndAnAuditEventAcceptsThem() throws Exception {
        String text =
                "Mr. John Smith, john@example.com, jo@example.org, SSN 536-22-1234, EMP-123456";
        PiiPolicy policy =
                PiiPolicy.parse(
                        Json.mapper()
                                .readTree(
                                        """
                {"entities": {"EMAIL": {"operator": "redact"}, "US_SSN": {"operator": "redact"}, "PERSON": {"operator": "redact"}},
                 "customPatterns": [{"name": "EMPLOYEE_ID", "pattern": "EMP-[0-9]{6}", "operator": "redact"}]}"""),
                        3);
        MaskResult result = PiiEngine.mask(text, policy, () -> null);
        AuditNote note = new AuditNote();

        PiiRequests.audit(note, result.policyVersion(), result.counts());

        assertThat(note.details())
                .isEqualTo(
                        Map.of(
                                "policyVersion",
                                3,
                                "email",
                                2,
                                "usSsn",
                                1,
                                "person",
                                1,
                                "customPatterns",
                                1,
                                "findings",
                                5));
        AuditEvent.Builder builder =
                AuditEvent.builder()
                        .eventId(UUID.randomUUID())
                        .customerId(UUID.randomUUID())
                        .occurredAt(Instant.now())
                        .actor("user", List.of("authenticated"), true)
                        .action("pii.mask")
                        .resource("pii_policy", "3")
                        .outcome(AuditOutcome.SUCCESS)
                        .correlation("c-1", "0123456789abcdef0123456789abcdef");
        note.details().forEach(builder::detail);
        AuditEvent event = builder.build();
        assertThat(event.toString()).doesNotContain("john", "Smith", "536-22-1234", "EMP-123456");
    }
}
