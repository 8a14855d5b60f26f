package io.gatehouse.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import java.util.Set;

/**
 * Nimbus's key selector (the algorithm allow-list, then keys matching the header's {@code kid}, key
 * type and the key's own {@code alg}), also matching an EC key's curve to the algorithm: Nimbus
 * leaves the curve to the verifier, which throws on a key of another curve instead of letting the
 * next candidate be tried.
 */
final class SigningKeySelector extends JWSVerificationKeySelector<SecurityContext> {

    SigningKeySelector(Set<JWSAlgorithm> allowed, JWKSource<SecurityContext> keys) {
        super(allowed, keys);
    }

    @Override
    protected JWKMatcher createJWKMatcher(JWSHeader header) {
        JWKMatcher matcher = super.createJWKMatcher(header);
        Set<Curve> curves = Curve.forJWSAlgorithm(header.getAlgorithm());
        return matcher == null || curves == null
                ? matcher
                : new JWKMatcher.Builder(matcher).curves(curves).build();
    }
}
