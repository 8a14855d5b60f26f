package io.gatehouse.security;

import io.gatehouse.testing.TestIdentityProvider;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What the verified-token cache saves on a caller's repeated requests: full verification (parse,
 * header rules, RS256 signature, claims) every time, the baseline, against verification once and
 * cache hits after. Both verifiers are otherwise identical and use keys already loaded. Run with
 * {@code ./gatehouse bench}; not part of the tests.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TokenVerificationBenchmark {

    private TestIdentityProvider identityProvider;
    private TokenVerifier verifyEveryTime;
    private TokenVerifier verifyOnceThenCache;
    private String token;

    @Setup
    public void start() throws InvalidTokenException {
        identityProvider = new TestIdentityProvider();
        Clock clock = Clock.systemUTC();
        OidcSettings settings = identityProvider.oidcSettings();
        verifyEveryTime =
                new JwtVerifier(settings, IssuerKeys.overHttp(settings.issuer(), clock), clock);
        verifyOnceThenCache =
                new CachingTokenVerifier(
                        new JwtVerifier(
                                settings, IssuerKeys.overHttp(settings.issuer(), clock), clock),
                        JwtVerifier.DEFAULT_CACHE_ENTRIES,
                        clock);
        token =
                identityProvider
                        .token()
                        .subject("bench")
                        .tenant(UUID.randomUUID())
                        .expiresIn(Duration.ofHours(1))
                        .sign();
        // Load the keys (and fill the cache) before measuring: only steady state is compared.
        verifyEveryTime.verify(token);
        verifyOnceThenCache.verify(token);
    }

    @TearDown
    public void stop() {
        identityProvider.close();
    }

    @Benchmark
    public Principal baselineVerifyEveryTime() throws InvalidTokenException {
        return verifyEveryTime.verify(token);
    }

    @Benchmark
    public Principal gatehouseVerifyOnceThenCache() throws InvalidTokenException {
        return verifyOnceThenCache.verify(token);
    }
}
