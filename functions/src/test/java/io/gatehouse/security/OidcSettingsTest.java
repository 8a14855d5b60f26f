package io.gatehouse.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OidcSettingsTest {

    private static final String ISSUER = "https://login.example.com/realms/gatehouse";

    @Test
    void defaultsFollowTheSpec() {
        OidcSettings settings = OidcSettings.of(ISSUER, "gatehouse-api");

        assertThat(settings.tenantClaim()).isEqualTo("customer_id");
        assertThat(settings.rolesClaim()).isEqualTo("realm_access.roles");
        assertThat(settings.rolesClaimPath()).containsExactly("realm_access", "roles");
        assertThat(settings.clockSkew()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.allowedAlgorithms()).containsExactlyInAnyOrder("RS256", "PS256");
        assertThat(settings.allowedAzp()).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "login.example.com/realms/x",
                "ftp://login.example.com/realms/x",
                "http://login.example.com/realms/x", // plain http off this machine: keys could be
                // swapped in transit
                "https://user:pw@login.example.com/realms/x",
                "https://login.example.com/realms/x?a=b",
                "https://login.example.com/realms/x#frag",
                "https:///realms/x"
            })
    void refusesAnIssuerThatIsNotASafeUrl(String issuer) {
        assertThatThrownBy(() -> OidcSettings.of(issuer, "gatehouse-api"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1:8080/realms/x",
                "http://localhost:8080/realms/x",
                "http://[::1]:8080/realms/x"
            })
    void allowsPlainHttpToALocalIdentityProvider(String issuer) {
        assertThat(OidcSettings.of(issuer, "gatehouse-api").issuer()).isEqualTo(issuer);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void requiresAnAudience(String audience) {
        assertThatThrownBy(() -> OidcSettings.of(ISSUER, audience))
                .hasMessageContaining("audience");
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "HS256", "HS512", "RSA-OAEP", "made-up"})
    void refusesAlgorithmsThatAreNotAsymmetricSignatures(String algorithm) {
        OidcSettings settings = OidcSettings.of(ISSUER, "gatehouse-api");

        assertThatThrownBy(() -> settings.withAllowedAlgorithms(Set.of("RS256", algorithm)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnEmptyAlgorithmList() {
        assertThatThrownBy(() -> OidcSettings.of(ISSUER, "a").withAllowedAlgorithms(Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesANegativeOrExcessiveSkew() {
        OidcSettings settings = OidcSettings.of(ISSUER, "gatehouse-api");

        assertThatThrownBy(() -> settings.withClockSkew(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.withClockSkew(Duration.ofMinutes(6)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(settings.withClockSkew(Duration.ZERO).clockSkew()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".roles", "realm_access.", "realm_access..roles"})
    void refusesAMalformedRolesPath(String path) {
        assertThatThrownBy(() -> OidcSettings.of(ISSUER, "a").withRolesClaim(path))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsTheSettingsOfTheSpec() {
        Map<String, String> env =
                Map.of(
                        "GATEHOUSE_OIDC_ISSUER", ISSUER,
                        "GATEHOUSE_OIDC_AUDIENCE", "gatehouse-api",
                        "GATEHOUSE_OIDC_ALLOWED_AZP", "gatehouse-web, gatehouse-cli ,",
                        "GATEHOUSE_TENANT_CLAIM", "organization",
                        "GATEHOUSE_ROLES_CLAIM", "resource_access.gatehouse-api.roles",
                        "GATEHOUSE_CLOCK_SKEW_SECONDS", "10");

        OidcSettings settings = OidcSettings.fromSettings(env::get);

        assertThat(settings)
                .isEqualTo(
                        new OidcSettings(
                                ISSUER,
                                "gatehouse-api",
                                Set.of("gatehouse-web", "gatehouse-cli"),
                                "organization",
                                "resource_access.gatehouse-api.roles",
                                Duration.ofSeconds(10),
                                Set.of("RS256", "PS256")));
    }

    @Test
    void blankOptionalSettingsTakeTheirDefaults() {
        Map<String, String> env =
                new HashMap<>(
                        Map.of("GATEHOUSE_OIDC_ISSUER", ISSUER, "GATEHOUSE_OIDC_AUDIENCE", "api"));
        env.put("GATEHOUSE_OIDC_ALLOWED_AZP", " ");
        env.put("GATEHOUSE_CLOCK_SKEW_SECONDS", "");

        assertThat(OidcSettings.fromSettings(env::get)).isEqualTo(OidcSettings.of(ISSUER, "api"));
    }

    @Test
    void missingOrMalformedSettingsStopStartUp() {
        assertThatThrownBy(
                        () ->
                                OidcSettings.fromSettings(
                                        Map.of("GATEHOUSE_OIDC_AUDIENCE", "api")::get))
                .hasMessageContaining("issuer");
        Map<String, String> badSkew =
                Map.of(
                        "GATEHOUSE_OIDC_ISSUER",
                        ISSUER,
                        "GATEHOUSE_OIDC_AUDIENCE",
                        "api",
                        "GATEHOUSE_CLOCK_SKEW_SECONDS",
                        "30s");
        assertThatThrownBy(() -> OidcSettings.fromSettings(badSkew::get))
                .hasMessageContaining("GATEHOUSE_CLOCK_SKEW_SECONDS");
    }

    @Test
    void collectionsAreCopiedSoLaterChangesCannotWidenThem() {
        var azp = new java.util.HashSet<>(List.of("gatehouse-web"));
        OidcSettings settings = OidcSettings.of(ISSUER, "api").withAllowedAzp(azp);

        azp.add("anyone");

        assertThat(settings.allowedAzp()).containsExactly("gatehouse-web");
    }
}
