package io.gatehouse.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Principals of tokens that verified, so a client repeating its token skips the signature check
 * (ENGINEERING.md "Verified-token cache"). A Caffeine cache keyed by the SHA-256 of the whole
 * token, so no token is held in memory and any change to it is a miss; bounded in size; an entry
 * expires at its token's {@code exp}, by the injected clock (the verifier's skew is not extended to
 * cached entries, and a token accepted only thanks to the skew is not cached). Only successes are
 * remembered: a refused token is verified (and refused) again every time, so a failure is never
 * served from memory and a later valid answer is never masked by an earlier error.
 */
final class CachingTokenVerifier implements TokenVerifier {

    private final TokenVerifier delegate;
    private final Clock clock;
    private final Cache<String, Principal> verified;

    CachingTokenVerifier(TokenVerifier delegate, int maxEntries, Clock clock) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.verified =
                Caffeine.newBuilder()
                        .maximumSize(maxEntries)
                        .expireAfter(
                                Expiry.creating(
                                        (String digest, Principal principal) ->
                                                Duration.between(
                                                        clock.instant(), principal.expiresAt())))
                        .ticker(() -> ChronoUnit.NANOS.between(Instant.EPOCH, clock.instant()))
                        .executor(Runnable::run) // housekeeping on the caller's thread: no pool of
                        // its own in the worker
                        .build();
    }

    @Override
    public Principal verify(String token) throws InvalidTokenException {
        if (token == null) {
            return delegate.verify(null);
        }
        String key = digestOf(token);
        Principal cached = verified.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        Principal principal = delegate.verify(token);
        if (clock.instant().isBefore(principal.expiresAt())) {
            verified.put(key, principal);
        }
        return principal;
    }

    /** Entries held now, after evicting what is due; for tests. */
    long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    private static String digestOf(String token) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }
}
