package io.gatehouse.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.testing.TestClock;
import io.gatehouse.testing.TestIdentityProvider;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * End to end over real HTTP: discovery, JWKS, rotation and the refetch rate limit against a live
 * IdP.
 */
class JwtVerifierOverHttpTest {

    private final TestClock clock = new TestClock(Instant.now());
    private TestIdentityProvider idp;

    @BeforeEach
    void start() {
        idp = new TestIdentityProvider(clock);
    }

    @AfterEach
    void stop() {
        idp.close();
    }

    @Test
    void theProductionVerifierAcceptsATenantAdminTokenFromTheIdp() throws Exception {
        UUID tenant = UUID.randomUUID();
        TokenVerifier verifier = JwtVerifier.forIssuer(idp.oidcSettings(), clock);
        String token = idp.token().subject("alice").tenant(tenant).roles("customer_admin").sign();

        Principal alice = verifier.verify(token);

        assertThat(alice.subject()).isEqualTo("alice");
        assertThat(alice.roles())
                .containsExactlyInAnyOrder(Role.AUTHENTICATED, Role.CUSTOMER_ADMIN);
        assertThat(alice.tenantClaim()).containsExactly(tenant.toString());
        assertThat(alice.interactive()).isTrue();
        assertThat(verifier.verify(token)).isEqualTo(alice);
        assertThat(idp.jwksFetchCount()).isEqualTo(1);
    }

    @Test
    void theProductionVerifierRefusesAnIdTokenAndAServiceAccountIsNotInteractive()
            throws Exception {
        TokenVerifier verifier = JwtVerifier.forIssuer(idp.oidcSettings(), clock);

        assertThatThrownBy(() -> verifier.verify(idp.token().claim("typ", "ID").sign()))
                .hasMessageContaining("typ claim");
        assertThat(verifier.verify(idp.token().interactive(false).sign()).interactive()).isFalse();
    }

    @Test
    void picksUpARotatedKeyAndRateLimitsUnknownKids() throws Exception {
        JwtVerifier verifier =
                new JwtVerifier(
                        idp.oidcSettings(),
                        new IssuerKeys(
                                idp.issuer(),
                                new JdkHttpFetch(),
                                clock,
                                Duration.ofSeconds(30),
                                Duration.ofMinutes(15)),
                        clock);
        verifier.verify(idp.token().sign());

        idp.rotateSigningKey();
        clock.advance(Duration.ofSeconds(31));
        assertThat(verifier.verify(idp.token().subject("after-rotation").sign()).subject())
                .isEqualTo("after-rotation");
        assertThat(idp.jwksFetchCount()).isEqualTo(2);

        for (int i = 0; i < 20; i++) {
            String forged = idp.token().signWithUnknownKey().header("kid", "random-" + i).sign();
            assertThatThrownBy(() -> verifier.verify(forged))
                    .isInstanceOf(InvalidTokenException.class);
        }
        // the clock has not moved: one more fetch (the reserve of the interval), then none
        assertThat(idp.jwksFetchCount()).isEqualTo(3);
    }

    @Test
    void anUnreachableIdpMeansTokensCannotBeJudgedNotThatTheyAreBad() {
        TokenVerifier verifier = JwtVerifier.forIssuer(idp.oidcSettings(), clock);
        String token = idp.token().sign();
        idp.close();

        assertThatThrownBy(() -> verifier.verify(token))
                .isInstanceOf(SigningKeysUnavailableException.class);
    }
}
