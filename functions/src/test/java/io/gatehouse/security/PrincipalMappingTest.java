package io.gatehouse.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** From an accepted token to a Principal: roles, tenant claim values, interactive or not. */
class PrincipalMappingTest {

    private static final VerifierFixture fx = new VerifierFixture();

    private JwtVerifier verifier;

    @BeforeEach
    void setUp() {
        fx.reset();
        verifier = fx.verifier();
    }

    @Test
    void mapsKnownRealmRolesIgnoresOthersAndAlwaysAddsAuthenticated() throws Exception {
        Principal principal =
                verifier.verify(
                        fx.realm
                                .token()
                                .roles(
                                        "customer_admin",
                                        "internal_admin",
                                        "offline_access",
                                        "Customer_Admin")
                                .sign());

        assertThat(principal.roles())
                .containsExactlyInAnyOrder(
                        Role.AUTHENTICATED, Role.CUSTOMER_ADMIN, Role.INTERNAL_ADMIN);
    }

    @Test
    void aTokenWithoutRolesClaimIsJustAuthenticated() throws Exception {
        Principal principal = verifier.verify(fx.realm.token().claim("realm_access", null).sign());

        assertThat(principal.roles()).containsExactly(Role.AUTHENTICATED);
    }

    @Test
    void readsRolesAtAConfiguredNestedPath() throws Exception {
        JwtVerifier clientRoles =
                fx.verifier(
                        fx.realm
                                .oidcSettings()
                                .withRolesClaim("resource_access.gatehouse-api.roles"));
        String token =
                fx.realm
                        .token()
                        .claim(
                                "resource_access",
                                Map.of("gatehouse-api", Map.of("roles", List.of("customer_admin"))))
                        .roles("internal_admin") // realm roles are not read once another path is
                        // configured
                        .sign();

        assertThat(clientRoles.verify(token).roles())
                .containsExactlyInAnyOrder(Role.AUTHENTICATED, Role.CUSTOMER_ADMIN);
    }

    @Test
    void readsRolesFromATopLevelClaimWhoseNameContainsDots() throws Exception {
        JwtVerifier namespaced =
                fx.verifier(
                        fx.realm.oidcSettings().withRolesClaim("https://gatehouse.example/roles"));
        String token =
                fx.realm
                        .token()
                        .claim("https://gatehouse.example/roles", List.of("customer_admin"))
                        .sign();

        assertThat(namespaced.verify(token).roles()).contains(Role.CUSTOMER_ADMIN);
    }

    @Test
    void refusesARolesClaimOfTheWrongShape() {
        assertRefused(
                fx.realm.token().claim("realm_access", Map.of("roles", 7)).sign(), "roles claim");
        assertRefused(
                fx.realm
                        .token()
                        .claim("realm_access", Map.of("roles", List.of("customer_admin", 7)))
                        .sign(),
                "roles claim");
        assertRefused(
                fx.realm.token().claim("realm_access", "customer_admin").sign(), "roles claim");
    }

    @Test
    void tenantClaimAsAStringIsOneValue() throws Exception {
        UUID tenant = UUID.randomUUID();

        assertThat(verifier.verify(fx.realm.token().tenant(tenant).sign()).tenantClaim())
                .containsExactly(tenant.toString());
    }

    @Test
    void tenantClaimAsAnArrayKeepsEveryValueForTenancyToJudge() throws Exception {
        String token = fx.realm.token().claim("customer_id", List.of("a", "b")).sign();

        assertThat(verifier.verify(token).tenantClaim()).containsExactly("a", "b");
    }

    @Test
    void absentTenantClaimIsAnEmptyList() throws Exception {
        assertThat(verifier.verify(fx.realm.token().sign()).tenantClaim()).isEmpty();
    }

    @Test
    void readsTheConfiguredTenantClaim() throws Exception {
        JwtVerifier orgs = fx.verifier(fx.realm.oidcSettings().withTenantClaim("organization"));
        String token =
                fx.realm.token().tenant(UUID.randomUUID()).claim("organization", "org-1").sign();

        assertThat(orgs.verify(token).tenantClaim()).containsExactly("org-1");
    }

    @Test
    void refusesATenantClaimThatIsNotStrings() {
        assertRefused(fx.realm.token().claim("customer_id", 42).sign(), "tenant claim");
        assertRefused(fx.realm.token().claim("customer_id", List.of(42)).sign(), "tenant claim");
        assertRefused(
                fx.realm.token().claim("customer_id", Map.of("id", "x")).sign(), "tenant claim");
    }

    @Test
    void aUserSessionTokenIsInteractive() throws Exception {
        assertThat(verifier.verify(fx.realm.token().interactive(true).sign()).interactive())
                .isTrue();
    }

    @Test
    void aClientCredentialsTokenIsNotInteractive() throws Exception {
        assertThat(verifier.verify(fx.realm.token().interactive(false).sign()).interactive())
                .isFalse();
    }

    @Test
    void aServiceAccountIsNotInteractiveEvenWithASessionId() throws Exception {
        String token =
                fx.realm
                        .token()
                        .claim("preferred_username", "service-account-batch")
                        .claim("sid", "s-1")
                        .sign();

        assertThat(verifier.verify(token).interactive()).isFalse();
    }

    @Test
    void withoutASessionIdNobodyIsInteractive() throws Exception {
        assertThat(verifier.verify(fx.realm.token().claim("sid", null).sign()).interactive())
                .isFalse();
        assertThat(verifier.verify(fx.realm.token().claim("sid", "").sign()).interactive())
                .isFalse();
    }

    private void assertRefused(String token, String reason) {
        assertThatThrownBy(() -> verifier.verify(token))
                .isInstanceOf(InvalidTokenException.class)
                .hasMessageContaining(reason);
    }
}
