package io.gatehouse.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.AsymmetricJWK;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.util.List;

/**
 * Verifies a token's signature with the issuer's published keys, and with nothing else: the key
 * is chosen by the header's {@code kid} and {@code alg} among keys from {@link JwksSource}, never
 * taken from the token. Runs after the header rules, so the algorithm is already allow-listed.
 */
final class SignatureCheck {

    /** Shorter RSA keys are breakable; a JWKS offering one is misconfigured, not trusted. */
    static final int MIN_RSA_KEY_BITS = 2048;

    private final JwksSource keys;
    private final DefaultJWSVerifierFactory verifiers = new DefaultJWSVerifierFactory();

    SignatureCheck(JwksSource keys) {
        this.keys = keys;
    }

    void verify(SignedJWT jwt) throws InvalidTokenException {
        JWSHeader header = jwt.getHeader();
        List<JWK> candidates = keys.keysFitting(key -> fits(key, header));
        if (candidates.isEmpty() && !keys.hasLoaded()) {
            throw new SigningKeysUnavailableException();
        }
        if (candidates.isEmpty()) {
            throw new InvalidTokenException("no published signing key fits the token's kid and alg");
        }
        for (JWK key : candidates) {
            if (verifiesWith(jwt, key)) {
                return;
            }
        }
        throw new InvalidTokenException("signature does not verify");
    }

    private boolean verifiesWith(SignedJWT jwt, JWK key) {
        try {
            return jwt.verify(verifiers.createJWSVerifier(jwt.getHeader(), ((AsymmetricJWK) key).toPublicKey()));
        } catch (JOSEException e) {
            return false;
        }
    }

    static boolean fits(JWK key, JWSHeader header) {
        JWSAlgorithm alg = header.getAlgorithm();
        if (header.getKeyID() != null && !header.getKeyID().equals(key.getKeyID())) {
            return false;
        }
        if (key.getAlgorithm() != null && !key.getAlgorithm().equals(alg)) {
            return false;
        }
        if (JWSAlgorithm.Family.RSA.contains(alg)) {
            return key instanceof RSAKey rsa && rsa.size() >= MIN_RSA_KEY_BITS;
        }
        if (JWSAlgorithm.Family.EC.contains(alg)) {
            return key instanceof ECKey ec && Curve.forJWSAlgorithm(alg).contains(ec.getCurve());
        }
        return false;
    }
}
