package io.gatehouse.security;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSetBasedJWKSource;
import com.nimbusds.jose.jwk.source.JWKSetCacheRefreshEvaluator;
import com.nimbusds.jose.jwk.source.JWKSetSource;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.ResourceRetriever;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * The issuer's signing keys as Nimbus's JWK source serves them: loaded on first use, cached for
 * {@code maxKeyAge} (so a key the IdP withdrew stops being trusted) and refreshed in the background
 * shortly before, reloaded when no cached key fits a token (a key rotation), each failed load
 * retried once, every load rate-limited (Nimbus allows two per interval: one in reserve for a
 * rotation), and the last good keys kept while the IdP is down.
 *
 * <p>Nimbus's own {@link JWKSetBasedJWKSource} reads the wall clock; this class does the same two
 * lookups (cached keys, then one refresh if none fits) with the time of the injected clock, so
 * tests and the composition root decide what "now" is.
 */
final class IssuerKeys implements JWKSource<SecurityContext> {

    static final Duration DEFAULT_MIN_REFETCH_INTERVAL = Duration.ofSeconds(30);
    static final Duration DEFAULT_MAX_KEY_AGE = Duration.ofMinutes(15);

    /**
     * Two fetches of {@link JdkHttpFetch#TOTAL_TIMEOUT}, retried once: how long a waiting request
     * may wait.
     */
    private static final Duration REFRESH_WAIT = JdkHttpFetch.TOTAL_TIMEOUT.multipliedBy(4);

    private static final Duration REFRESH_AHEAD = Duration.ofSeconds(30);

    private final DiscoveredJwkSetSource discovered;
    private final JWKSetSource<SecurityContext> keys;
    private final Clock clock;

    IssuerKeys(
            String issuer,
            ResourceRetriever fetch,
            Clock clock,
            Duration minRefetchInterval,
            Duration maxKeyAge) {
        this.discovered = new DiscoveredJwkSetSource(issuer, fetch);
        this.clock = clock;
        JWKSource<SecurityContext> built =
                JWKSourceBuilder.create(discovered)
                        .retrying(true)
                        .outageTolerantForever()
                        .rateLimited(minRefetchInterval.toMillis())
                        .cache(maxKeyAge.toMillis(), REFRESH_WAIT.toMillis())
                        // virtual threads: a background refresh never keeps a JVM from exiting
                        .refreshAheadCache(
                                REFRESH_AHEAD.toMillis(),
                                null,
                                Executors.newThreadPerTaskExecutor(
                                        Thread.ofVirtual().name("jwks-refresh").factory()),
                                true,
                                null,
                                false)
                        .build();
        this.keys = ((JWKSetBasedJWKSource<SecurityContext>) built).getJWKSetSource();
    }

    /** The production source: real HTTP, default intervals. Nothing is fetched until first use. */
    static IssuerKeys overHttp(String issuer, Clock clock) {
        return new IssuerKeys(
                issuer,
                new JdkHttpFetch(),
                clock,
                DEFAULT_MIN_REFETCH_INTERVAL,
                DEFAULT_MAX_KEY_AGE);
    }

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) throws KeySourceException {
        long now = clock.millis();
        JWKSet cached = keys.getJWKSet(JWKSetCacheRefreshEvaluator.noRefresh(), now, context);
        List<JWK> found = selector.select(cached);
        if (found.isEmpty()) {
            found =
                    selector.select(
                            keys.getJWKSet(
                                    JWKSetCacheRefreshEvaluator.referenceComparison(cached),
                                    now,
                                    context));
        }
        return found;
    }

    /** Whether a key set was ever loaded; if not, no token can be judged, valid or not. */
    boolean hasLoaded() {
        return discovered.hasLoaded();
    }
}
