package io.gatehouse.security;

import io.gatehouse.testing.TestClock;
import io.gatehouse.testing.TestRealm;
import java.time.Duration;
import java.time.Instant;

/**
 * A realm, a clock and a fake IdP serving the realm, wired to verifiers the way {@link
 * JwtVerifier#forIssuer} wires them, minus sockets. Generating RSA keys is slow, so a test class
 * keeps one fixture in a static field and calls {@link #reset()} before each test.
 */
final class VerifierFixture {

    static final Instant START = Instant.parse("2030-01-01T10:00:00Z");
    static final Duration REFETCH_INTERVAL = Duration.ofSeconds(30);
    static final Duration MAX_KEY_AGE = Duration.ofMinutes(15);
    static final String ISSUER = "https://idp.example.test/realms/test";

    final TestClock clock = new TestClock(START);
    final TestRealm realm = new TestRealm(ISSUER, clock);
    private FakeFetch idp = FakeFetch.servingRealm(realm);

    /** Back to {@link #START}, with a fake IdP that has served nothing yet. */
    void reset() {
        clock.set(START);
        idp = FakeFetch.servingRealm(realm);
    }

    FakeFetch idp() {
        return idp;
    }

    IssuerKeys keySource() {
        return new IssuerKeys(realm.issuer(), idp, clock, REFETCH_INTERVAL, MAX_KEY_AGE);
    }

    JwtVerifier verifier() {
        return verifier(realm.oidcSettings());
    }

    JwtVerifier verifier(OidcSettings settings) {
        return new JwtVerifier(settings, keySource(), clock);
    }
}
