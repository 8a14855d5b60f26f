package io.gatehouse.security;

import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Set;

/**
 * Gatehouse's claims profile (SPEC.md §1.2) on Nimbus's strict verifier: {@code iss} exactly the
 * configured issuer, {@code aud} containing the audience, {@code exp}, {@code iat} and {@code sub}
 * required, {@code exp} and {@code nbf} judged with the configured skew against the injected clock.
 * Added on top: {@code iat} no further in the future than the skew, a non-blank {@code sub}, the
 * {@code typ} claim of an access token (a Keycloak ID token has the same issuer and audience; only
 * its {@code typ}, "ID", tells it apart), and the optional {@code azp} allow-list.
 */
final class AccessTokenClaimsVerifier extends DefaultJWTClaimsVerifier<SecurityContext> {

    private static final String ACCESS_TOKEN_TYPE = "Bearer";

    private final Set<String> allowedAzp;
    private final Duration skew;
    private final Clock clock;

    AccessTokenClaimsVerifier(OidcSettings settings, Clock clock) {
        super(
                Set.of(settings.audience()),
                new JWTClaimsSet.Builder().issuer(settings.issuer()).build(),
                Set.of("exp", "iat", "sub"),
                null);
        setMaxClockSkew(Math.toIntExact(settings.clockSkew().toSeconds()));
        this.allowedAzp = settings.allowedAzp();
        this.skew = settings.clockSkew();
        this.clock = clock;
    }

    @Override
    protected Date currentTime() {
        return Date.from(clock.instant());
    }

    @Override
    public void verify(JWTClaimsSet claims, SecurityContext context) throws BadJWTException {
        super.verify(claims, context);
        if (claims.getIssueTime().toInstant().isAfter(clock.instant().plus(skew))) {
            throw new BadJWTException("iat is in the future");
        }
        if (claims.getSubject().isBlank()) {
            throw new BadJWTException("sub is blank");
        }
        Object type = claims.getClaim("typ");
        if (type != null && !ACCESS_TOKEN_TYPE.equals(type)) {
            throw new BadJWTException("typ claim is not Bearer (not an access token)");
        }
        if (!allowedAzp.isEmpty()
                && !(claims.getClaim("azp") instanceof String azp && allowedAzp.contains(azp))) {
            throw new BadJWTException("azp is not an allowed client");
        }
    }
}
