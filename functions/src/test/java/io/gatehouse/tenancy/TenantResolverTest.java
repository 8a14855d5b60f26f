package io.gatehouse.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.security.Principal;
import io.gatehouse.security.Role;
import io.gatehouse.tenancy.TenantRefusedException.Reason;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TenantResolverTest {

    static final UUID OWN = UUID.randomUUID();
    static final UUID OTHER = UUID.randomUUID();

    static Principal user(List<String> tenantClaim, Role... roles) {
        Set<Role> all = new java.util.HashSet<>(Set.of(roles));
        all.add(Role.AUTHENTICATED);
        return new Principal("sub", all, tenantClaim, true, Instant.now().plusSeconds(60));
    }

    @Test
    void aTenantUserActsOnTheTenantOfItsToken() {
        assertThat(TenantResolver.resolve(user(List.of(OWN.toString())), Optional.empty()))
                .isEqualTo(new TenantSelection(OWN, false));
        assertThat(
                        TenantResolver.resolve(
                                user(List.of(OWN.toString())),
                                Optional.of(OWN.toString().toUpperCase())))
                .as("naming its own tenant is allowed")
                .isEqualTo(new TenantSelection(OWN, false));
    }

    @Test
    void aTenantUserCannotNameAnotherTenant() {
        assertRefused(
                user(List.of(OWN.toString())),
                Optional.of(OTHER.toString()),
                Reason.FOREIGN_TENANT_REQUESTED);
        assertRefused(
                user(List.of(OWN.toString())),
                Optional.of("garbage"),
                Reason.FOREIGN_TENANT_REQUESTED);
        assertRefused(
                user(List.of(OWN.toString()), Role.CUSTOMER_ADMIN),
                Optional.of(OTHER.toString()),
                Reason.FOREIGN_TENANT_REQUESTED);
    }

    @Test
    void aTokenMustNameExactlyOneWellFormedTenant() {
        assertRefused(user(List.of()), Optional.empty(), Reason.NO_SINGLE_TENANT);
        assertRefused(
                user(List.of(OWN.toString(), OTHER.toString())),
                Optional.empty(),
                Reason.NO_SINGLE_TENANT);
        assertRefused(user(List.of("1-1-1-1-1")), Optional.empty(), Reason.NO_SINGLE_TENANT);
        assertRefused(user(List.of("")), Optional.empty(), Reason.NO_SINGLE_TENANT);
    }

    @Test
    void anOperatorMustNameAWellFormedTenantAndIgnoresItsOwnClaim() {
        Principal operator = user(List.of(OWN.toString()), Role.INTERNAL_ADMIN);
        assertThat(TenantResolver.resolve(operator, Optional.of(OTHER.toString())))
                .isEqualTo(new TenantSelection(OTHER, true));
        assertRefused(operator, Optional.empty(), Reason.OPERATOR_TENANT_MISSING);
        assertRefused(operator, Optional.of("not-a-uuid"), Reason.MALFORMED_TENANT_HEADER);
    }

    private static void assertRefused(Principal principal, Optional<String> header, Reason reason) {
        assertThatThrownBy(() -> TenantResolver.resolve(principal, header))
                .isInstanceOfSatisfying(
                        TenantRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
