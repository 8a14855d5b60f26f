package io.gatehouse.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Principals of tokens that verified, so a client repeating its token skips the signature check
 * (ENGINEERING.md "Verified-token cache"). Keyed by the SHA-256 of the whole token, so no token is
 * held in memory and any change to it is a miss. An entry is served only while its token has not
 * reached {@code exp} (the verifier's skew is not extended to cached entries). Bounded: when full,
 * the least recently used entry goes, which is usually one whose client has stopped calling.
 * Thread-safe; the lock covers only map operations.
 */
final class VerifiedTokenCache {

    private final int maxEntries;
    private final Clock clock;
    private final Map<String, Principal> entries; // guarded by itself

    VerifiedTokenCache(int maxEntries, Clock clock) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be at least 1");
        }
        this.maxEntries = maxEntries;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Principal> eldest) {
                return size() > VerifiedTokenCache.this.maxEntries;
            }
        };
    }

    Optional<Principal> lookup(String token) {
        String key = digestOf(token);
        synchronized (entries) {
            Principal principal = entries.get(key);
            if (principal == null) {
                return Optional.empty();
            }
            if (!clock.instant().isBefore(principal.expiresAt())) {
                entries.remove(key);
                return Optional.empty();
            }
            return Optional.of(principal);
        }
    }

    /** Keeps the principal of a verified token, unless its token has already reached {@code exp}. */
    void store(String token, Principal principal) {
        if (!clock.instant().isBefore(principal.expiresAt())) {
            return;
        }
        String key = digestOf(token);
        synchronized (entries) {
            entries.put(key, principal);
        }
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    private static String digestOf(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }
}
