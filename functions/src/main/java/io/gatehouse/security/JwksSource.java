package io.gatehouse.security;

import com.nimbusds.jose.jwk.AsymmetricJWK;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyOperation;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The issuer's published signing keys, found through its OpenID discovery document and cached.
 *
 * <p>The set is loaded on first use, reloaded when older than {@code maxKeyAge} (so a key the IdP
 * withdrew stops being trusted), and reloaded when no cached key fits a token (a key rotation).
 * Every load attempt, successful or not, shares one rate limit: a flood of tokens naming made-up
 * {@code kid}s, or an IdP that is down, costs the IdP at most one attempt per interval. When a
 * reload fails the previous keys stay in use, so an IdP outage does not reject tokens it already
 * issued. Only keys meant for verification are kept: {@code use} absent or {@code sig}, and
 * {@code key_ops}, when present, including {@code verify} (Keycloak also publishes an encryption key).
 *
 * <p>Thread-safe: readers see an immutable snapshot; loads are serialised, and a routine reload
 * of stale keys never makes other requests wait.
 */
final class JwksSource {

    static final Duration DEFAULT_MIN_REFETCH_INTERVAL = Duration.ofSeconds(30);
    static final Duration DEFAULT_MAX_KEY_AGE = Duration.ofMinutes(15);

    private static final Logger log = LoggerFactory.getLogger(JwksSource.class);

    private final String issuer;
    private final URI discoveryUri;
    private final HttpFetch fetch;
    private final Clock clock;
    private final Duration minRefetchInterval;
    private final Duration maxKeyAge;

    private final ReentrantLock reloading = new ReentrantLock();
    private volatile KeySet current; // null until a load succeeds
    private Instant lastAttempt;     // guarded by reloading

    private record KeySet(List<JWK> keys, Instant loadedAt) {}

    JwksSource(String issuer, HttpFetch fetch, Clock clock, Duration minRefetchInterval, Duration maxKeyAge) {
        this.issuer = issuer;
        this.discoveryUri = discoveryUriOf(HttpUrls.requireKeySourceUrl(issuer, "issuer"));
        this.fetch = Objects.requireNonNull(fetch, "fetch");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.minRefetchInterval = Objects.requireNonNull(minRefetchInterval, "minRefetchInterval");
        this.maxKeyAge = Objects.requireNonNull(maxKeyAge, "maxKeyAge");
    }

    /** The production source: real HTTP, default intervals. Nothing is fetched until first use. */
    static JwksSource overHttp(String issuer, Clock clock) {
        return new JwksSource(issuer, new JdkHttpFetch(), clock, DEFAULT_MIN_REFETCH_INTERVAL, DEFAULT_MAX_KEY_AGE);
    }

    /**
     * The verification keys that satisfy {@code fits}; empty when none does even after the one
     * reload the rate limit allows, or when keys could never be loaded.
     */
    List<JWK> keysFitting(Predicate<JWK> fits) {
        KeySet seen = current;
        if (seen == null) {
            seen = reload(null, true);
        } else if (isStale(seen)) {
            seen = reload(seen, false); // while one thread reloads, the others go on with the old keys
        }
        List<JWK> found = select(seen, fits);
        if (found.isEmpty()) {
            found = select(reload(seen, true), fits);
        }
        return found;
    }

    /** Whether a key set was ever loaded; if not, no token can be judged, valid or not. */
    boolean hasLoaded() {
        return current != null;
    }

    private boolean isStale(KeySet keySet) {
        return !clock.instant().isBefore(keySet.loadedAt().plus(maxKeyAge));
    }

    private static List<JWK> select(KeySet keySet, Predicate<JWK> fits) {
        return keySet == null ? List.of() : keySet.keys().stream().filter(fits).toList();
    }

    /**
     * @param waitForOngoing whether to wait for a reload another thread has in flight (its result
     *                       may hold the key this caller lacks) or to go on with {@code seen}
     */
    private KeySet reload(KeySet seen, boolean waitForOngoing) {
        if (waitForOngoing) {
            reloading.lock();
        } else if (!reloading.tryLock()) {
            return seen;
        }
        try {
            // A thread that waited while another reloaded lands here inside the interval and simply
            // takes the fresh keys.
            Instant now = clock.instant();
            if (lastAttempt != null && now.isBefore(lastAttempt.plus(minRefetchInterval))) {
                return current;
            }
            lastAttempt = now;
            try {
                current = new KeySet(loadVerificationKeys(), now);
            } catch (IOException | ParseException | IllegalArgumentException e) {
                log.warn("Could not load the signing keys of issuer {}: {}", issuer, e.toString());
            }
            return current;
        } finally {
            reloading.unlock();
        }
    }

    private List<JWK> loadVerificationKeys() throws IOException, ParseException {
        Map<String, Object> discovery = JSONObjectUtils.parse(fetch.get(discoveryUri));
        // A discovery document for some other issuer means a misrouted or spoofed endpoint.
        if (!issuer.equals(JSONObjectUtils.getString(discovery, "issuer"))) {
            throw new IOException("the discovery document names a different issuer");
        }
        URI jwksUri = HttpUrls.requireKeySourceUrl(JSONObjectUtils.getString(discovery, "jwks_uri"), "jwks_uri");
        if (HttpUrls.isHttps(discoveryUri) && !HttpUrls.isHttps(jwksUri)) {
            throw new IOException("jwks_uri downgrades an https issuer to http");
        }
        List<JWK> keys = JWKSet.parse(fetch.get(jwksUri)).getKeys().stream()
                .filter(JwksSource::isForVerification)
                .map(JWK::toPublicJWK)
                .toList();
        log.info("Loaded {} signing key(s) of issuer {}", keys.size(), issuer);
        return keys;
    }

    private static boolean isForVerification(JWK key) {
        boolean signingUse = key.getKeyUse() == null || KeyUse.SIGNATURE.equals(key.getKeyUse());
        boolean verifyOp = key.getKeyOperations() == null || key.getKeyOperations().contains(KeyOperation.VERIFY);
        return key instanceof AsymmetricJWK && signingUse && verifyOp;
    }

    // OpenID Connect Discovery §4: drop a terminating "/" before appending the well-known path.
    private static URI discoveryUriOf(URI issuer) {
        String base = issuer.toString();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return URI.create(base + "/.well-known/openid-configuration");
    }
}
