package io.gatehouse.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.evidence.AuditEvent;
import io.gatehouse.evidence.AuditOutcome;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The canonical form is a contract with every chain already stored: these tests pin its bytes, so a
 * change to it shows up here, not as intact chains suddenly failing verification.
 */
class CanonicalFormTest {

    static final UUID TENANT = UUID.fromString("3f2504e0-4f89-41d3-9a0c-0305e82c3301");

    static AuditEvent fixedEvent() {
        return AuditEvent.builder()
                .eventId(UUID.fromString("6ba7b810-9dad-41d1-80b4-00c04fd430c8"))
                .customerId(TENANT)
                .occurredAt(Instant.parse("2025-03-01T09:30:00.12Z"))
                .actor("user-\"1\"\\ü", List.of("customer_admin", "authenticated"), true)
                .action("phi.read")
                .resource("client", "a1b2c3")
                .outcome(AuditOutcome.SUCCESS)
                .origin(null, null)
                .correlation("req-42", null)
                .detail("zeta", true)
                .detail("alpha", 7)
                .build();
    }

    static ChainedEvent fixedLink() {
        return ChainedEvent.link(
                fixedEvent(), 1, Instant.parse("2025-03-01T09:30:01Z"), ChainHash.GENESIS);
    }

    @Test
    void theCanonicalTextIsPinned() {
        assertThat(CanonicalForm.text(fixedLink()))
                .isEqualTo(
                        "{\"format\":\"gatehouse.audit.v1\","
                                + "\"customer_id\":\"3f2504e0-4f89-41d3-9a0c-0305e82c3301\",\"seq\":1,"
                                + "\"event_id\":\"6ba7b810-9dad-41d1-80b4-00c04fd430c8\","
                                + "\"occurred_at\":\"2025-03-01T09:30:00.120000Z\",\"recorded_at\":\"2025-03-01T09:30:01.000000Z\","
                                + "\"actor_subject\":\"user-\\\"1\\\"\\\\ü\",\"actor_roles\":[\"authenticated\",\"customer_admin\"],"
                                + "\"actor_interactive\":true,\"action\":\"phi.read\",\"resource_type\":\"client\",\"resource_id\":\"a1b2c3\","
                                + "\"outcome\":\"success\",\"client_ip\":null,\"user_agent\":null,\"correlation_id\":\"req-42\","
                                + "\"trace_id\":null,\"details\":{\"alpha\":7,\"zeta\":true}}");
    }

    /**
     * Computed outside Java: Python's hashlib.sha256(bytes(32) + the pinned text above, as UTF-8).
     */
    static final String PINNED_HASH =
            "b717f2721924ca139e473a2e8326f20ef7950337e2a8578efa3e7e281211d41a";

    @Test
    void theHashIsSha256OfThePreviousHashAndTheCanonicalText() {
        assertThat(fixedLink().hash().hex()).isEqualTo(PINNED_HASH);
        ChainedEvent second =
                ChainedEvent.link(
                        fixedEvent(), 2, Instant.parse("2025-03-01T09:30:01Z"), fixedLink().hash());
        assertThat(second.prevHash()).isEqualTo(fixedLink().hash());
        assertThat(second.hash()).isNotEqualTo(fixedLink().hash());
    }

    @Test
    void timestampsAlwaysHaveSixFractionalDigitsInUtc() {
        assertThat(CanonicalForm.timestamp(Instant.parse("2025-01-01T00:00:00Z")))
                .isEqualTo("2025-01-01T00:00:00.000000Z");
        assertThat(CanonicalForm.timestamp(Instant.parse("2025-01-01T23:59:59.999999Z")))
                .isEqualTo("2025-01-01T23:59:59.999999Z");
        // What PostgreSQL cannot keep does not reach the hash: nanoseconds are gone on
        // construction.
        AuditEvent withNanos =
                AuditSamples.phiRead(TENANT)
                        .occurredAt(Instant.parse("2025-01-01T00:00:00.000000999Z"))
                        .build();
        assertThat(withNanos.occurredAt()).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
    }

    @Test
    void detailsAreCanonicalWhateverTheirOriginalLayout() {
        // jsonb gives keys back in its own order and with spaces; the canonical text is the same.
        assertThat(CanonicalJson.canonicalize("{\"zeta\": true, \"alpha\": 7}"))
                .isEqualTo(fixedLink().detailsJson());
        assertThat(
                        CanonicalJson.canonicalize(
                                "{ \"b\" : [1, {\"d\":null,\"c\":\"x\\u0001\"}], \"a\": 10000000000000000000 }"))
                .isEqualTo(
                        "{\"a\":10000000000000000000,\"b\":[1,{\"c\":\"x\\u0001\",\"d\":null}]}");
    }

    @Test
    void everyFieldIsPartOfTheHash() {
        ChainedEvent base = fixedLink();
        List<AuditEvent> variants =
                List.of(
                        AuditEvent.builder()
                                .eventId(UUID.randomUUID())
                                .customerId(TENANT)
                                .occurredAt(base.occurredAt())
                                .actor(base.actorSubject(), base.actorRoles(), true)
                                .action("phi.read")
                                .resource("client", "a1b2c3")
                                .outcome(AuditOutcome.SUCCESS)
                                .correlation("req-42", null)
                                .detail("zeta", true)
                                .detail("alpha", 7)
                                .build(),
                        withCustomer(UUID.randomUUID()),
                        variant().detail("alpha", 8).build(),
                        variant().outcome(AuditOutcome.ERROR).build(),
                        variant().actor(base.actorSubject(), base.actorRoles(), false).build(),
                        variant().origin("10.0.0.1", null).build(),
                        variant().correlation("req-42", "4bf92f3577b34da6a3ce929d0e0e4736").build(),
                        variant().occurredAt(base.occurredAt().plusNanos(1000)).build());
        for (AuditEvent variant : variants) {
            assertThat(ChainedEvent.link(variant, 1, base.recordedAt(), ChainHash.GENESIS).hash())
                    .isNotEqualTo(base.hash());
        }
        assertThat(ChainedEvent.link(fixedEvent(), 2, base.recordedAt(), ChainHash.GENESIS).hash())
                .isNotEqualTo(base.hash());
        assertThat(
                        ChainedEvent.link(
                                        fixedEvent(),
                                        1,
                                        base.recordedAt().plusNanos(1000),
                                        ChainHash.GENESIS)
                                .hash())
                .isNotEqualTo(base.hash());
    }

    @Test
    void anExportLineReadsBackAsTheSameLink() throws IOException {
        ChainedEvent link = fixedLink();
        String line = CanonicalForm.exportLine(link);

        assertThat(line)
                .startsWith(
                        CanonicalForm.text(link)
                                .substring(0, CanonicalForm.text(link).length() - 1))
                .endsWith(
                        ",\"prev_hash\":\""
                                + "0".repeat(64)
                                + "\",\"hash\":\""
                                + link.hash().hex()
                                + "\"}");
        assertThat(AuditExport.parseLine(line, 1)).isEqualTo(link);
    }

    @Test
    void detailsTextCannotSmuggleMembersIntoTheCanonicalForm() {
        ChainedEvent link = fixedLink();
        assertThatThrownBy(
                        () ->
                                new ChainedEvent(
                                        link.customerId(),
                                        1,
                                        link.eventId(),
                                        link.occurredAt(),
                                        link.recordedAt(),
                                        link.actorSubject(),
                                        link.actorRoles(),
                                        link.actorInteractive(),
                                        link.action(),
                                        link.resourceType(),
                                        link.resourceId(),
                                        link.outcome(),
                                        link.clientIp(),
                                        link.userAgent(),
                                        link.correlationId(),
                                        link.traceId(),
                                        "{\"alpha\":7},\"action\":\"phi.list\"",
                                        link.prevHash(),
                                        link.hash()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static AuditEvent.Builder variant() {
        AuditEvent base = fixedEvent();
        return AuditEvent.builder()
                .eventId(base.eventId())
                .customerId(TENANT)
                .occurredAt(base.occurredAt())
                .actor(base.actorSubject(), base.actorRoles(), true)
                .action("phi.read")
                .resource("client", "a1b2c3")
                .outcome(AuditOutcome.SUCCESS)
                .correlation("req-42", null)
                .detail("zeta", true)
                .detail("alpha", 7);
    }

    private static AuditEvent withCustomer(UUID customer) {
        return variant().customerId(customer).build();
    }
}
