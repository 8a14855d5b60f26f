package io.gatehouse.security;

import static io.gatehouse.security.VerifierFixture.MAX_KEY_AGE;
import static io.gatehouse.security.VerifierFixture.REFETCH_INTERVAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.util.JSONObjectUtils;
import io.gatehouse.testing.TestRealm;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Discovery, caching, refetch on an unknown kid, retries, outage tolerance, and the rate limit that
 * protects the IdP (Nimbus allows two loads per interval, one kept in reserve for a key rotation).
 */
class IssuerKeysTest {

    private static final JWKSelector ANY_KEY = new JWKSelector(new JWKMatcher.Builder().build());

    private static final VerifierFixture fx = new VerifierFixture();

    private FakeFetch idp;
    private JwtVerifier verifier;

    @BeforeEach
    void setUp() {
        fx.reset();
        idp = fx.idp();
        verifier = fx.verifier();
    }

    @Test
    void discoversTheJwksOnFirstUseAndThenServesFromCache() throws Exception {
        assertThat(idp.requests()).isEmpty(); // building a verifier fetches nothing

        for (int i = 0; i < 5; i++) {
            verifier.verify(fx.realm.token().sign());
        }

        assertThat(idp.requests()).containsExactly(fx.realm.discoveryUri(), fx.realm.jwksUri());
    }

    @Test
    void keepsOnlyKeysMeantForVerification() throws Exception {
        var keys = fx.keySource().get(ANY_KEY, null);

        assertThat(keys).extracting(JWK::getKeyID).containsExactly(fx.realm.signingKeyId());
        assertThat(keys).noneMatch(JWK::isPrivate);
    }

    @Test
    void anUnknownKidTriggersOneRefetch() throws Exception {
        verifier.verify(fx.realm.token().sign());
        fx.clock.advance(REFETCH_INTERVAL);

        assertThatThrownBy(() -> verifier.verify(fx.realm.token().signWithUnknownKey().sign()))
                .hasMessageContaining("no matching key");
        assertThat(idp.count(fx.realm.jwksUri())).isEqualTo(2);
    }

    @Test
    void aFloodOfUnknownKidsCostsTheIdpAtMostTwoFetchesPerInterval() throws Exception {
        verifier.verify(fx.realm.token().sign());
        fx.clock.advance(REFETCH_INTERVAL);

        for (int i = 0; i < 50; i++) {
            String forged =
                    fx.realm.token().signWithUnknownKey().header("kid", "random-" + i).sign();
            assertThatThrownBy(() -> verifier.verify(forged))
                    .isInstanceOf(InvalidTokenException.class);
            fx.clock.advance(Duration.ofMillis(100)); // 5 s in all: still inside one interval
        }
        assertThat(idp.count(fx.realm.jwksUri()))
                .isEqualTo(3); // the first load, then two in this interval

        fx.clock.advance(REFETCH_INTERVAL);
        assertThatThrownBy(() -> verifier.verify(fx.realm.token().signWithUnknownKey().sign()))
                .isInstanceOf(InvalidTokenException.class);
        assertThat(idp.count(fx.realm.jwksUri())).isEqualTo(4);
    }

    @Test
    void concurrentFloodsStillCostOneFetchPerInterval() throws Exception {
        verifier.verify(fx.realm.token().sign());
        fx.clock.advance(REFETCH_INTERVAL);
        List<String> forged =
                IntStream.range(0, 200)
                        .mapToObj(
                                i ->
                                        fx.realm
                                                .token()
                                                .signWithUnknownKey()
                                                .header("kid", "random-" + i)
                                                .sign())
                        .toList();

        List<Callable<Boolean>> attempts =
                forged.stream()
                        .<Callable<Boolean>>map(
                                token ->
                                        () -> {
                                            try {
                                                verifier.verify(token);
                                                return true;
                                            } catch (InvalidTokenException refused) {
                                                return false;
                                            }
                                        })
                        .toList();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<Boolean> accepted : pool.invokeAll(attempts)) {
                assertThat(accepted.get()).isFalse();
            }
        }

        assertThat(idp.count(fx.realm.jwksUri())).isLessThanOrEqualTo(3);
        assertThat(verifier.verify(fx.realm.token().sign()).subject()).isEqualTo("test-user");
    }

    @Test
    void aRotatedKeyIsPickedUpByTheRefetch() throws Exception {
        TestRealm realm =
                new TestRealm(
                        VerifierFixture.ISSUER,
                        fx.clock); // rotation must not leak into other tests
        FakeFetch rotatingIdp = FakeFetch.servingRealm(realm);
        JwtVerifier rotatingVerifier =
                new JwtVerifier(
                        realm.oidcSettings(),
                        new IssuerKeys(
                                realm.issuer(),
                                rotatingIdp,
                                fx.clock,
                                REFETCH_INTERVAL,
                                MAX_KEY_AGE),
                        fx.clock);
        String oldKeyToken = realm.token().sign();
        rotatingVerifier.verify(oldKeyToken);

        realm.rotateSigningKey();
        fx.clock.advance(REFETCH_INTERVAL);

        assertThat(
                        rotatingVerifier
                                .verify(realm.token().subject("after-rotation").sign())
                                .subject())
                .isEqualTo("after-rotation");
        assertThat(rotatingVerifier.verify(oldKeyToken).subject()).isEqualTo("test-user");
        assertThat(rotatingIdp.count(realm.jwksUri())).isEqualTo(2);
    }

    @Test
    void reloadsKeysOlderThanTheMaximumAge() throws Exception {
        verifier.verify(fx.realm.token().sign());
        fx.clock.advance(MAX_KEY_AGE);

        verifier.verify(fx.realm.token().sign());

        assertThat(idp.count(fx.realm.jwksUri())).isEqualTo(2);
    }

    @Test
    void keysAboutToReachTheirMaximumAgeAreRefreshedInTheBackgroundWhileRequestsGoOn()
            throws Exception {
        verifier.verify(fx.realm.token().sign());
        fx.clock.advance(MAX_KEY_AGE.minusSeconds(10));

        assertThat(verifier.verify(fx.realm.token().sign()).subject()).isEqualTo("test-user");

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (idp.count(fx.realm.jwksUri()) < 2 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(idp.count(fx.realm.jwksUri())).isEqualTo(2);
        fx.clock.advance(
                Duration.ofSeconds(20)); // past the first load's age: the refreshed keys serve
        assertThat(verifier.verify(fx.realm.token().sign()).subject()).isEqualTo("test-user");
        assertThat(idp.count(fx.realm.jwksUri())).isEqualTo(2);
    }

    @Test
    void keepsTheLastKeysWhenTheIdpGoesDown() throws Exception {
        verifier.verify(fx.realm.token().sign());
        idp.down(true);
        fx.clock.advance(MAX_KEY_AGE);

        assertThat(verifier.verify(fx.realm.token().sign()).subject()).isEqualTo("test-user");
        assertThat(verifier.verify(fx.realm.token().sign()).subject()).isEqualTo("test-user");
        // one failed load, retried once; the last keys are then cached again for the full key age
        assertThat(idp.count(fx.realm.discoveryUri())).isEqualTo(3);
    }

    @Test
    void anIdpDownAtStartMakesTokensUnjudgeableAndIsTriedOnlyTwicePerInterval() throws Exception {
        idp.down(true);

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> verifier.verify(fx.realm.token().sign()))
                    .isInstanceOf(SigningKeysUnavailableException.class);
        }
        assertThat(idp.requests())
                .hasSize(4)
                .containsOnly(fx.realm.discoveryUri()); // two loads, each retried once

        idp.down(false);
        fx.clock.advance(REFETCH_INTERVAL);
        assertThat(verifier.verify(fx.realm.token().sign()).subject()).isEqualTo("test-user");
    }

    @Test
    void refusesADiscoveryDocumentForAnotherIssuer() {
        idp.serve(
                fx.realm.discoveryUri(),
                () -> discovery("https://idp.example.test/realms/other", fx.realm.jwksUri()));

        assertThatThrownBy(() -> verifier.verify(fx.realm.token().sign()))
                .isInstanceOf(SigningKeysUnavailableException.class);
        assertThat(idp.requests()).containsOnly(fx.realm.discoveryUri());
    }

    @Test
    void refusesAJwksUriThatDowngradesToPlainHttp() {
        URI downgraded =
                URI.create("http://localhost:8080/realms/test/protocol/openid-connect/certs");
        idp.serve(fx.realm.discoveryUri(), () -> discovery(fx.realm.issuer(), downgraded));
        idp.serve(downgraded, fx.realm::jwksJson);

        assertThatThrownBy(() -> verifier.verify(fx.realm.token().sign()))
                .isInstanceOf(SigningKeysUnavailableException.class);
        assertThat(idp.requests()).doesNotContain(downgraded);
    }

    @Test
    void refusesAJwksUriOnPlainHttpToAnotherHost() {
        URI plain = URI.create("http://keys.example.test/certs");
        idp.serve(fx.realm.discoveryUri(), () -> discovery(fx.realm.issuer(), plain));
        idp.serve(plain, fx.realm::jwksJson);

        assertThatThrownBy(() -> verifier.verify(fx.realm.token().sign()))
                .isInstanceOf(SigningKeysUnavailableException.class);
        assertThat(idp.requests()).doesNotContain(plain);
    }

    @Test
    void survivesGarbageFromTheIdp() {
        idp.serve(fx.realm.jwksUri(), () -> "<html>maintenance</html>");

        assertThatThrownBy(() -> verifier.verify(fx.realm.token().sign()))
                .isInstanceOf(SigningKeysUnavailableException.class);
    }

    @Test
    void findsTheDiscoveryDocumentOfAnIssuerWithATrailingSlash() throws Exception {
        FakeFetch fetch = new FakeFetch();
        String issuer = "https://idp.example.test/realms/test/";
        URI expected =
                URI.create("https://idp.example.test/realms/test/.well-known/openid-configuration");
        fetch.serve(expected, () -> discovery(issuer, fx.realm.jwksUri()));
        fetch.serve(fx.realm.jwksUri(), fx.realm::jwksJson);

        var keys =
                new IssuerKeys(issuer, fetch, fx.clock, REFETCH_INTERVAL, MAX_KEY_AGE)
                        .get(ANY_KEY, null);

        assertThat(keys).hasSize(1);
        assertThat(fetch.requests()).startsWith(expected);
    }

    private static String discovery(String issuer, URI jwksUri) {
        return JSONObjectUtils.toJSONString(
                Map.of("issuer", issuer, "jwks_uri", jwksUri.toString()));
    }
}
