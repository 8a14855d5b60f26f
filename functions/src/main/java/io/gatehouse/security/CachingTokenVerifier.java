package io.gatehouse.security;

import java.util.Objects;
import java.util.Optional;

/**
 * Consults a {@link VerifiedTokenCache} before a full verification and remembers successes only:
 * a refused token is verified (and refused) again every time, so a failure can never be served
 * from memory and a later valid answer is never masked by an earlier error.
 */
final class CachingTokenVerifier implements TokenVerifier {

    private final TokenVerifier delegate;
    private final VerifiedTokenCache cache;

    CachingTokenVerifier(TokenVerifier delegate, VerifiedTokenCache cache) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    @Override
    public Principal verify(String token) throws InvalidTokenException {
        if (token == null) {
            return delegate.verify(null);
        }
        Optional<Principal> cached = cache.lookup(token);
        if (cached.isPresent()) {
            return cached.get();
        }
        Principal principal = delegate.verify(token);
        cache.store(token, principal);
        return principal;
    }
}
