package io.gatehouse.security;

import static io.gatehouse.security.VerifierFixture.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.testing.TokenBuilder;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Claim rules of SPEC.md §1.2: iss, aud, exp/iat/nbf with skew, sub, typ, azp. */
class JwtVerifierClaimsTest {

    private static final VerifierFixture fx = new VerifierFixture();

    private JwtVerifier verifier;

    @BeforeEach
    void setUp() {
        fx.reset();
        verifier = fx.verifier();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://idp.example.test/realms/other",
                "https://idp.example.test/realms/test/",
                "HTTPS://idp.example.test/realms/test",
                "https://idp.example.test/realms/test?x"
            })
    void refusesAnyIssuerButTheConfiguredOneExactly(String issuer) {
        assertRefused(token().issuer(issuer), "iss");
    }

    @Test
    void refusesATokenWithoutIssuer() {
        assertRefused(token().claim("iss", null), "iss");
    }

    @Test
    void refusesATokenForAnotherAudience() {
        assertRefused(token().audience("account"), "aud");
        assertRefused(token().claim("aud", null), "aud");
    }

    @Test
    void acceptsAnAudienceListThatContainsTheConfiguredAudience() throws Exception {
        assertAccepted(token().audience("account", "gatehouse-api"));
    }

    @Test
    void refusesATokenExpiredBeyondTheSkew() {
        assertRefused(
                token().issuedAt(START.minusSeconds(600)).expiresAt(START.minusSeconds(31)),
                "Expired");
        // Exactly at exp + skew the token is no longer valid.
        assertRefused(
                token().issuedAt(START.minusSeconds(600)).expiresAt(START.minusSeconds(30)),
                "Expired");
    }

    @Test
    void acceptsATokenExpiredWithinTheSkew() throws Exception {
        assertAccepted(token().issuedAt(START.minusSeconds(600)).expiresAt(START.minusSeconds(29)));
    }

    @Test
    void honoursAConfiguredSkew() throws Exception {
        JwtVerifier strict = fx.verifier(fx.realm.oidcSettings().withClockSkew(Duration.ZERO));
        JwtVerifier lenient =
                fx.verifier(fx.realm.oidcSettings().withClockSkew(Duration.ofSeconds(120)));
        String expiredAMinuteAgo =
                token().issuedAt(START.minusSeconds(600)).expiresAt(START.minusSeconds(60)).sign();
        String justExpired =
                token().issuedAt(START.minusSeconds(600)).expiresAt(START.minusSeconds(1)).sign();

        assertThatThrownBy(() -> strict.verify(justExpired)).hasMessageContaining("Expired");
        assertThat(lenient.verify(expiredAMinuteAgo).subject()).isEqualTo("test-user");
    }

    @Test
    void refusesATokenNotYetValid() {
        assertRefused(token().notBefore(START.plusSeconds(31)), "before use time");
    }

    @Test
    void acceptsANotBeforeWithinTheSkew() throws Exception {
        assertAccepted(token().notBefore(START.plusSeconds(29)));
        // Nimbus's boundary: nbf must lie before now + skew, so exactly at it the token is not yet
        // valid.
        assertRefused(token().notBefore(START.plusSeconds(30)), "before use time");
    }

    @Test
    void refusesATokenIssuedInTheFuture() {
        assertRefused(token().issuedAt(START.plusSeconds(31)), "iat");
    }

    @ParameterizedTest
    @ValueSource(strings = {"exp", "iat", "sub"})
    void refusesATokenMissingARequiredClaim(String claim) {
        assertRefused(token().claim(claim, null), "missing required claims: [" + claim + "]");
    }

    @Test
    void refusesABlankSubject() {
        assertRefused(token().subject(" "), "sub is blank");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ID", "Refresh", "Logout", "bearer", "BEARER"})
    void refusesATypClaimOtherThanBearer(String typ) {
        assertRefused(token().claim("typ", typ), "typ claim");
    }

    @Test
    void refusesANonStringTypClaim() {
        assertRefused(token().claim("typ", 1), "typ claim");
    }

    @Test
    void acceptsATokenWithoutTypClaim() throws Exception {
        assertAccepted(token().claim("typ", null));
    }

    @Test
    void acceptsAnyAzpWhenNoAllowListIsConfigured() throws Exception {
        assertAccepted(token().claim("azp", "some-other-client"));
        assertAccepted(token().claim("azp", null));
    }

    @Test
    void refusesAnAzpOutsideTheConfiguredAllowList() throws Exception {
        JwtVerifier restricted =
                fx.verifier(
                        fx.realm
                                .oidcSettings()
                                .withAllowedAzp(Set.of("gatehouse-web", "gatehouse-cli")));

        assertThat(restricted.verify(token().claim("azp", "gatehouse-cli").sign()).subject())
                .isEqualTo("test-user");
        assertThatThrownBy(
                        () -> restricted.verify(token().claim("azp", "some-other-client").sign()))
                .hasMessageContaining("azp");
        assertThatThrownBy(() -> restricted.verify(token().claim("azp", null).sign()))
                .hasMessageContaining("azp");
        assertThatThrownBy(() -> restricted.verify(token().claim("azp", 7).sign()))
                .hasMessageContaining("azp");
    }

    @Test
    void refusesClaimsOfTheWrongJsonType() {
        assertRefused(
                token().claim("exp", "tomorrow"), "Unexpected type of JSON object member exp");
        assertRefused(token().claim("sub", 42), "claims are not");
    }

    private static TokenBuilder token() {
        return fx.realm.token();
    }

    private void assertAccepted(TokenBuilder token) throws InvalidTokenException {
        assertThat(verifier.verify(token.sign()).subject()).isEqualTo("test-user");
    }

    private void assertRefused(TokenBuilder token, String reason) {
        String jwt = token.sign();
        assertThatThrownBy(() -> verifier.verify(jwt))
                .isInstanceOf(InvalidTokenException.class)
                .hasMessageContaining(reason);
    }
}
