package io.gatehouse.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyOperation;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which published key may verify which token: the keys {@link DiscoveredJwkSetSource} keeps (use,
 * key_ops, size), then the match {@link SigningKeySelector} makes for a header (kid, the key's own
 * alg, key type, curve).
 */
class SigningKeySelectionTest {

    private static final SigningKeySelector selector =
            new SigningKeySelector(
                    Set.of(
                            JWSAlgorithm.RS256,
                            JWSAlgorithm.PS256,
                            JWSAlgorithm.ES256,
                            JWSAlgorithm.ES384),
                    (match, context) -> List.of());

    private static RSAKey rsa;
    private static RSAKey weakRsa;
    private static ECKey p256;

    @BeforeAll
    static void keys() throws Exception {
        rsa = new RSAKeyGenerator(2048).keyID("rsa").generate().toPublicJWK();
        weakRsa = new RSAKeyGenerator(1024, true).keyID("weak").generate().toPublicJWK();
        p256 = new ECKeyGenerator(Curve.P_256).keyID("ec").generate().toPublicJWK();
    }

    @Test
    void aKeyFitsATokenNamingItsKid() {
        assertThat(fits(rsa, header(JWSAlgorithm.RS256, "rsa"))).isTrue();
        assertThat(fits(rsa, header(JWSAlgorithm.PS256, "rsa"))).isTrue();
        assertThat(fits(rsa, header(JWSAlgorithm.RS256, "other"))).isFalse();
    }

    @Test
    void aTokenWithoutKidIsTriedAgainstEveryKeyOfTheRightType() {
        assertThat(fits(rsa, header(JWSAlgorithm.RS256, null))).isTrue();
        assertThat(fits(p256, header(JWSAlgorithm.RS256, null))).isFalse();
    }

    @Test
    void aKeyThatDeclaresAnAlgorithmServesOnlyThatAlgorithm() {
        RSAKey rs256Only = new RSAKey.Builder(rsa).algorithm(JWSAlgorithm.RS256).build();

        assertThat(fits(rs256Only, header(JWSAlgorithm.RS256, "rsa"))).isTrue();
        assertThat(fits(rs256Only, header(JWSAlgorithm.PS256, "rsa"))).isFalse();
    }

    @Test
    void rsaKeysShorterThan2048BitsAreNeverUsed() {
        assertThat(fits(weakRsa, header(JWSAlgorithm.RS256, "weak"))).isFalse();
    }

    @Test
    void ecKeysServeOnlyTheAlgorithmOfTheirCurve() {
        assertThat(fits(p256, header(JWSAlgorithm.ES256, "ec"))).isTrue();
        assertThat(fits(p256, header(JWSAlgorithm.RS256, "ec"))).isFalse();
        assertThat(fits(p256, header(JWSAlgorithm.ES384, "ec"))).isFalse();
    }

    @Test
    void keysForEncryptionOrWithoutAVerifyOperationAreNotKept() {
        assertThat(
                        DiscoveredJwkSetSource.isForVerification(
                                new RSAKey.Builder(rsa).keyUse(KeyUse.ENCRYPTION).build()))
                .isFalse();
        assertThat(
                        DiscoveredJwkSetSource.isForVerification(
                                new RSAKey.Builder(rsa)
                                        .keyOperations(Set.of(KeyOperation.ENCRYPT))
                                        .build()))
                .isFalse();
        assertThat(
                        DiscoveredJwkSetSource.isForVerification(
                                new RSAKey.Builder(rsa)
                                        .keyUse(KeyUse.SIGNATURE)
                                        .keyOperations(Set.of(KeyOperation.VERIFY))
                                        .build()))
                .isTrue();
    }

    private static boolean fits(JWK key, JWSHeader header) {
        return DiscoveredJwkSetSource.isForVerification(key)
                && selector.createJWKMatcher(header).matches(key);
    }

    private static JWSHeader header(JWSAlgorithm alg, String kid) {
        return new JWSHeader.Builder(alg).keyID(kid).build();
    }
}
