package io.gatehouse.security;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;

/**
 * Rules on the claims of a token whose signature has verified: who issued it, for whom, when it
 * is valid, and that it is an access token (a Keycloak ID token has the same issuer and audience;
 * only its {@code typ} claim, "ID", tells it apart).
 */
final class ClaimRules {

    private static final String ACCESS_TOKEN_TYPE = "Bearer";

    private final String issuer;
    private final String audience;
    private final Set<String> allowedAzp;
    private final Duration skew;

    ClaimRules(OidcSettings settings) {
        this.issuer = settings.issuer();
        this.audience = settings.audience();
        this.allowedAzp = settings.allowedAzp();
        this.skew = settings.clockSkew();
    }

    void check(JWTClaimsSet claims, Instant now) throws InvalidTokenException {
        if (!issuer.equals(claims.getIssuer())) {
            throw new InvalidTokenException("iss is not the configured issuer");
        }
        List<String> audiences = claims.getAudience();
        if (audiences == null || !audiences.contains(audience)) {
            throw new InvalidTokenException("aud does not contain the configured audience");
        }
        checkTimes(claims, now);
        if (claims.getSubject() == null || claims.getSubject().isBlank()) {
            throw new InvalidTokenException("sub is missing");
        }
        Object type = claims.getClaim("typ");
        if (type != null && !ACCESS_TOKEN_TYPE.equals(type)) {
            throw new InvalidTokenException("typ claim is not Bearer (not an access token)");
        }
        if (!allowedAzp.isEmpty() && !(claims.getClaim("azp") instanceof String azp && allowedAzp.contains(azp))) {
            throw new InvalidTokenException("azp is not an allowed client");
        }
    }

    private void checkTimes(JWTClaimsSet claims, Instant now) throws InvalidTokenException {
        Instant expiresAt = required(claims.getExpirationTime(), "exp");
        Instant issuedAt = required(claims.getIssueTime(), "iat");
        if (!now.isBefore(expiresAt.plus(skew))) {
            throw new InvalidTokenException("token expired");
        }
        if (issuedAt.isAfter(now.plus(skew))) {
            throw new InvalidTokenException("iat is in the future");
        }
        Date notBefore = claims.getNotBeforeTime();
        if (notBefore != null && notBefore.toInstant().isAfter(now.plus(skew))) {
            throw new InvalidTokenException("token not yet valid (nbf)");
        }
    }

    private static Instant required(Date value, String name) throws InvalidTokenException {
        if (value == null) {
            throw new InvalidTokenException(name + " is missing");
        }
        return value.toInstant();
    }
}
