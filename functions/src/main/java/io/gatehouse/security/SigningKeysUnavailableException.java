package io.gatehouse.security;

/**
 * The issuer's signing keys have never been loaded (the IdP is unreachable or misconfigured), so no
 * token can be judged at all. Unlike a refused token this is the server's trouble: answered 503, so
 * that clients retry instead of discarding a token that may well be valid.
 */
public final class SigningKeysUnavailableException extends RuntimeException {
    public SigningKeysUnavailableException() {
        super("the issuer's signing keys could not be loaded");
    }
}
