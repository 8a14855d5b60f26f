package io.gatehouse.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.evidence.AuditEvent;
import io.gatehouse.evidence.AuditOutcome;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What an audit event accepts, and what it turns away before it could reach the chain. */
class AuditEventTest {

    static final UUID TENANT = UUID.randomUUID();

    @Test
    void keepsTimeToTheMicrosecondAndRolesAsASortedSet() {
        AuditEvent event =
                AuditSamples.phiRead(TENANT)
                        .occurredAt(Instant.parse("2025-03-01T09:30:00.123456789Z"))
                        .actor(
                                "sub",
                                List.of("customer_admin", "authenticated", "customer_admin"),
                                true)
                        .build();

        assertThat(event.occurredAt()).isEqualTo(Instant.parse("2025-03-01T09:30:00.123456Z"));
        assertThat(event.actorRoles()).containsExactly("authenticated", "customer_admin");
        assertThat(event.isPlatformEvent()).isFalse();
        assertThat(AuditSamples.phiRead(TENANT).platform().build().isPlatformEvent()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"phi", "PHI.read", "phi.read.", ".phi", "phi read", "phi.réad", "phi..read"})
    void refusesActionsThatAreNotDottedLowerCase(String action) {
        assertThatThrownBy(() -> AuditSamples.phiRead(TENANT).action(action).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("action");
    }

    @Test
    void acceptsTheActionsOfTheSpec() {
        for (String action :
                List.of(
                        "phi.read",
                        "access.denied",
                        "internal.tenant_access",
                        "client.delete",
                        "export.confirm")) {
            assertThat(AuditSamples.phiRead(TENANT).action(action).build().action())
                    .isEqualTo(action);
        }
    }

    @Test
    void requiresWhatEveryEventHas() {
        assertThatThrownBy(() -> AuditSamples.phiRead(TENANT).eventId(null).build())
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> AuditSamples.phiRead(TENANT).customerId(null).build())
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> AuditSamples.phiRead(TENANT).occurredAt(null).build())
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> AuditSamples.phiRead(TENANT).outcome(null).build())
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> AuditSamples.phiRead(TENANT).occurredAt(Instant.EPOCH).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAnonymousActorIsAllowed() {
        AuditEvent denied =
                AuditSamples.phiRead(TENANT)
                        .actor(null, List.of(), false)
                        .action("access.denied")
                        .outcome(AuditOutcome.DENIED)
                        .resource(null, null)
                        .build();
        assertThat(denied.actorSubject()).isNull();
        assertThat(denied.actorRoles()).isEmpty();
    }

    @Test
    void aResourceIdIsAnIdentifierNeverAValue() {
        for (String resourceId : List.of("jane.doe@example.com", "Jane Doe", "", "a".repeat(129))) {
            assertThatThrownBy(
                            () ->
                                    AuditSamples.phiRead(TENANT)
                                            .resource("client", resourceId)
                                            .build())
                    .as(resourceId)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aResourceIdNeedsAType() {
        assertThatThrownBy(() -> AuditSamples.phiRead(TENANT).resource(null, "abc").build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void detailsHoldStringsWholeNumbersAndBooleansOnly() {
        AuditEvent event =
                AuditSamples.phiRead(TENANT)
                        .detail("rowCount", 12)
                        .detail("confirmed", true)
                        .build();
        assertThat(event.details())
                .containsEntry("rowCount", 12L)
                .containsEntry("confirmed", true)
                .containsEntry("policyVersion", 3L);

        for (Object value : List.of(1.5, Map.of("a", 1), List.of("x"), new Object())) {
            assertThatThrownBy(() -> AuditSamples.phiRead(TENANT).detail("value", value).build())
                    .as(String.valueOf(value))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> AuditSamples.phiRead(TENANT).detail("value", null).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("leave it out");
        assertThatThrownBy(() -> AuditSamples.phiRead(TENANT).detail("Bad Key", 1).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () -> AuditSamples.phiRead(TENANT).detail("note", "x".repeat(257)).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditSamples.phiRead(TENANT).detail("note", "line\nbreak").build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesTextThatCannotBeStoredAsItIsHashed() {
        // A lone surrogate has no UTF-8 form; NUL cannot be stored in PostgreSQL text.
        assertThatThrownBy(
                        () ->
                                AuditSamples.phiRead(TENANT)
                                        .actor("sub\uD800", List.of(), true)
                                        .build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () ->
                                AuditSamples.phiRead(TENANT)
                                        .actor("sub\u0000", List.of(), true)
                                        .build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditSamples.phiRead(TENANT).detail("code", "x\uDC00").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(
                        AuditSamples.phiRead(TENANT)
                                .actor("sub-\uD83D\uDE00-ü", List.of(), true)
                                .build()
                                .actorSubject())
                .isEqualTo("sub-\uD83D\uDE00-ü");
    }

    @Test
    void aCallersUserAgentIsCleanedAndCutNeverRefused() {
        String hostile = "Evil\r\nX-Injected: 1\u0000" + "x".repeat(600);
        AuditEvent event = AuditSamples.phiRead(TENANT).origin("203.0.113.7", hostile).build();
        assertThat(event.userAgent())
                .hasSize(AuditEvent.USER_AGENT_MAX)
                .startsWith("Evil\uFFFD\uFFFDX-Injected: 1\uFFFDxxx");

        // Cut before a surrogate pair rather than through it.
        String emojiAtTheEdge = "y".repeat(AuditEvent.USER_AGENT_MAX - 1) + "\uD83D\uDE00";
        assertThat(AuditSamples.phiRead(TENANT).origin(null, emojiAtTheEdge).build().userAgent())
                .isEqualTo("y".repeat(AuditEvent.USER_AGENT_MAX - 1));
        assertThat(AuditSamples.phiRead(TENANT).origin(null, "  ").build().userAgent()).isNull();
    }

    @Test
    void checksTheFormatsOfItsIdentifiers() {
        assertThatThrownBy(
                        () ->
                                AuditSamples.phiRead(TENANT)
                                        .origin("203.0.113.7; drop", null)
                                        .build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(AuditSamples.phiRead(TENANT).origin("2001:db8::1", null).build().clientIp())
                .isEqualTo("2001:db8::1");
        assertThatThrownBy(
                        () -> AuditSamples.phiRead(TENANT).correlation("has space", null).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () ->
                                AuditSamples.phiRead(TENANT)
                                        .correlation(null, "4BF92F3577B34DA6A3CE929D0E0E4736")
                                        .build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditSamples.phiRead(TENANT).resource("Client", null).build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
