package io.gatehouse.security;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import java.util.Locale;
import java.util.Set;

/**
 * Rules on the JOSE header, applied before any key is looked up: the algorithm must be
 * allow-listed, the token type must be an access token's, and the header may not point at, or
 * carry, a key of its own. Keys come from the issuer's JWKS only, so {@code jku}, {@code x5u},
 * {@code jwk} and {@code x5c} are refused rather than ignored, and so is any {@code crit}: no
 * extension is understood, and RFC 7515 §4.1.11 requires refusing what is not understood.
 */
final class HeaderRules {

    /** RFC 7515 §4.1.9: "application/" may be omitted; compared without case (RFC 8725 §3.11). */
    private static final Set<String> ACCEPTED_TYPES = Set.of("jwt", "at+jwt");

    private final Set<String> allowedAlgorithms;

    HeaderRules(Set<String> allowedAlgorithms) {
        this.allowedAlgorithms = Set.copyOf(allowedAlgorithms);
    }

    void check(JWSHeader header) throws InvalidTokenException {
        if (header.getAlgorithm() == null || !allowedAlgorithms.contains(header.getAlgorithm().getName())) {
            throw new InvalidTokenException("algorithm not allowed");
        }
        if (header.getJWKURL() != null || header.getX509CertURL() != null) {
            throw new InvalidTokenException("header points at a key location (jku/x5u)");
        }
        if (header.getJWK() != null || header.getX509CertChain() != null) {
            throw new InvalidTokenException("header carries its own key (jwk/x5c)");
        }
        if (header.getCriticalParams() != null) {
            throw new InvalidTokenException("header declares critical extensions (crit)");
        }
        JOSEObjectType type = header.getType();
        if (type != null && !ACCEPTED_TYPES.contains(withoutMediaTypePrefix(type.getType()))) {
            throw new InvalidTokenException("typ header is not JWT or at+jwt");
        }
    }

    private static String withoutMediaTypePrefix(String type) {
        String lower = type.toLowerCase(Locale.ROOT);
        return lower.startsWith("application/") ? lower.substring("application/".length()) : lower;
    }
}
