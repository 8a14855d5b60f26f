package io.gatehouse.security;

/** Turns a bearer token into a principal, or refuses it. Implementations are thread-safe. */
public interface TokenVerifier {

    /**
     * @param token the compact JWT, without the "Bearer " prefix
     * @throws InvalidTokenException for any reason the token is not acceptable; the reason is for
     *     logs only and is never shown to the caller
     */
    Principal verify(String token) throws InvalidTokenException;
}
