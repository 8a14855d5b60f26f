package io.gatehouse.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.evidence.AuditEvent;
import io.gatehouse.evidence.AuditOutcome;
import io.gatehouse.security.Principal;
import io.gatehouse.security.Role;
import io.gatehouse.tenancy.TenantSelection;
import io.gatehouse.tenancy.TenantTransactions;
import io.gatehouse.testing.UnreachableDatabase;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Which events a request yields, on which chain, and what is taken as the caller's address. */
class RequestEvidenceTest {

    static final UUID TENANT = UUID.fromString("a0000000-0000-4000-8000-00000000000a");
    static final UUID OTHER = UUID.fromString("b0000000-0000-4000-8000-00000000000b");
    static final Instant NOW = Instant.parse("2026-03-01T09:30:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    final List<String> sent = new ArrayList<>();
    final List<UUID> signalled = new ArrayList<>();

    /** A database nobody listens on: every transaction fails at once, as in an outage. */
    static final TenantTransactions DATABASE_DOWN = UnreachableDatabase.transactions();

    final RequestEvidence evidence =
            new RequestEvidence(
                    DATABASE_DOWN, signalled::add, (queue, envelope) -> sent.add(queue), CLOCK);

    @AfterAll
    static void closePool() {
        DATABASE_DOWN.close();
    }

    @Test
    void theCallersAddressIsTheOneTheFrontEndAppendedNeverOneTheCallerClaimed() {
        assertThat(
                        RequestEvidence.clientIp(
                                request(Map.of("X-Forwarded-For", "203.0.113.7:50123"))))
                .contains("203.0.113.7");
        assertThat(
                        RequestEvidence.clientIp(
                                request(
                                        Map.of(
                                                "X-Forwarded-For",
                                                "198.51.100.1, 203.0.113.7:443"))))
                .contains("203.0.113.7");
        assertThat(
                        RequestEvidence.clientIp(
                                request(Map.of("X-Forwarded-For", "[2001:db8::1]:443"))))
                .contains("2001:db8::1");
        assertThat(RequestEvidence.clientIp(request(Map.of("X-Forwarded-For", "2001:db8::2"))))
                .contains("2001:db8::2");
        assertThat(
                        RequestEvidence.clientIp(
                                request(Map.of("X-Forwarded-For", "1.2.3.4, <script>"))))
                .isEmpty();
        assertThat(RequestEvidence.clientIp(request(Map.of()))).isEmpty();
    }

    @Test
    void aRefusedTokenIsDeniedOnThePlatformChainWithoutAnActor() {
        RequestFacts facts = facts("phi.read");
        AuditEvent event = single(evidence.events(facts, 401));
        assertThat(event.customerId()).isEqualTo(AuditEvent.PLATFORM_CHAIN);
        assertThat(event.action()).isEqualTo("access.denied");
        assertThat(event.actorSubject()).isNull();
        assertThat(event.details()).containsEntry("attemptedAction", "phi.read");
    }

    @Test
    void aForbiddenTenantUserIsDeniedOnItsOwnChainNotTheOneItAskedFor() {
        RequestFacts facts = facts("phi.read");
        facts.principal =
                new Principal(
                        "staff",
                        Set.of(Role.AUTHENTICATED),
                        List.of(TENANT.toString()),
                        true,
                        Instant.now().plusSeconds(60));
        AuditEvent event = single(evidence.events(facts, 403));
        assertThat(event.customerId()).isEqualTo(TENANT);
        assertThat(event.outcome()).isEqualTo(AuditOutcome.DENIED);
        assertThat(event.actorRoles()).containsExactly("authenticated");
    }

    @Test
    void anOperatorRefusedBeforeItsTenantWasConfirmedIsDeniedOnThePlatformChain() {
        RequestFacts facts = facts("phi.read");
        facts.principal = operator();
        assertThat(single(evidence.events(facts, 403)).customerId())
                .isEqualTo(AuditEvent.PLATFORM_CHAIN);
    }

    @Test
    void anOperatorsSuccessfulAccessAddsTheTenantAccessEventToThatTenantsChain() {
        RequestFacts facts = facts("phi.read");
        facts.principal = operator();
        facts.registeredTenant = new TenantSelection(OTHER, true);
        facts.note.resourceId("c-1").detail("returned", 1);
        List<AuditEvent> events = evidence.events(facts, 200);
        assertThat(events)
                .extracting(AuditEvent::action)
                .containsExactly("phi.read", "internal.tenant_access");
        assertThat(events).allSatisfy(event -> assertThat(event.customerId()).isEqualTo(OTHER));
        assertThat(events.get(0).resourceId()).isEqualTo("c-1");
        assertThat(events.get(0).details()).containsEntry("returned", 1L);
    }

    @Test
    void anEventHappensAtThePipelinesClockTimeNotTheWallClocks() {
        RequestFacts facts = facts("phi.read");
        facts.principal = operator();
        assertThat(single(evidence.events(facts, 403)).occurredAt()).isEqualTo(NOW);
    }

    @Test
    void aFailureOfAnAuditedRouteIsAnErrorAndARouteWithoutDataYieldsNothingUnlessRefused() {
        RequestFacts audited = facts("client.update");
        audited.principal =
                new Principal(
                        "staff",
                        Set.of(Role.AUTHENTICATED),
                        List.of(TENANT.toString()),
                        true,
                        Instant.now().plusSeconds(60));
        assertThat(single(evidence.events(audited, 404)).outcome()).isEqualTo(AuditOutcome.ERROR);

        RequestFacts me = facts(null);
        assertThat(evidence.events(me, 200)).isEmpty();
        assertThat(single(evidence.events(me, 401)).action()).isEqualTo("access.denied");
    }

    @Test
    void aSuccessWhoseEventsCommittedWithItWakesTheRelayAndSendsNothingItself() {
        RequestFacts facts = facts("phi.read");
        facts.staged = evidence.events(facts, 200);
        ApiResponse data = ApiResponse.ok(Map.of("fullName", "someone"));
        assertThat(evidence.settle(facts, data)).isSameAs(data);
        assertThat(signalled).containsExactly(AuditEvent.PLATFORM_CHAIN);
        assertThat(sent).as("no queue call on the request's path").isEmpty();
    }

    @Test
    void aSuccessWhoseEventsCannotBeCommittedIsRefusedWithoutTheData() {
        RequestFacts facts = facts("phi.read");
        ApiResponse refused = evidence.settle(facts, ApiResponse.ok(Map.of("fullName", "someone")));
        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.body()).doesNotContain("someone");
        assertThat(sent).isEmpty();
    }

    @Test
    void aRefusalTheDatabaseCannotTakeStaysARefusalAndGoesStraightToTheQueue() {
        RequestFacts facts = facts("phi.read");
        assertThat(evidence.settle(facts, Problems.of(401, "No.", facts.request, "c")).status())
                .isEqualTo(401);
        assertThat(sent).containsExactly("audit-events");
        assertThat(
                        evidence.settle(
                                        facts,
                                        Problems.of(404, "No such thing.", facts.request, "c"))
                                .status())
                .as("a failure stays what it was")
                .isEqualTo(404);
        assertThat(signalled).isEmpty();
    }

    private static Principal operator() {
        return new Principal(
                "operator",
                Set.of(Role.AUTHENTICATED, Role.INTERNAL_ADMIN),
                List.of(),
                true,
                Instant.now().plusSeconds(60));
    }

    private static RequestFacts facts(String action) {
        RequestFacts facts = new RequestFacts("clients-get", request(Map.of()), "corr-1");
        facts.rule =
                new RouteRule(
                        Access.AUTHENTICATED,
                        action == null ? DataScope.NONE : DataScope.TENANT,
                        Optional.ofNullable(action),
                        action == null ? Optional.empty() : Optional.of("client"));
        return facts;
    }

    private static ApiRequest request(Map<String, String> headers) {
        return new ApiRequest(
                "GET",
                URI.create("http://localhost/api/clients/c-1"),
                headers,
                Map.of(),
                Optional.empty());
    }

    private static AuditEvent single(List<AuditEvent> events) {
        assertThat(events).hasSize(1);
        return events.get(0);
    }
}
