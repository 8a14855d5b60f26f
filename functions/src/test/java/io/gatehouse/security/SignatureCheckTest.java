package io.gatehouse.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which published key may verify which token: kid, the key's own alg, key type, size, curve. */
class SignatureCheckTest {

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
        assertThat(SignatureCheck.fits(rsa, header(JWSAlgorithm.RS256, "rsa"))).isTrue();
        assertThat(SignatureCheck.fits(rsa, header(JWSAlgorithm.PS256, "rsa"))).isTrue();
        assertThat(SignatureCheck.fits(rsa, header(JWSAlgorithm.RS256, "other"))).isFalse();
    }

    @Test
    void aTokenWithoutKidIsTriedAgainstEveryKeyOfTheRightType() {
        assertThat(SignatureCheck.fits(rsa, header(JWSAlgorithm.RS256, null))).isTrue();
        assertThat(SignatureCheck.fits(p256, header(JWSAlgorithm.RS256, null))).isFalse();
    }

    @Test
    void aKeyThatDeclaresAnAlgorithmServesOnlyThatAlgorithm() throws Exception {
        RSAKey rs256Only = new RSAKey.Builder(rsa).algorithm(JWSAlgorithm.RS256).build();

        assertThat(SignatureCheck.fits(rs256Only, header(JWSAlgorithm.RS256, "rsa"))).isTrue();
        assertThat(SignatureCheck.fits(rs256Only, header(JWSAlgorithm.PS256, "rsa"))).isFalse();
    }

    @Test
    void rsaKeysShorterThan2048BitsAreNeverUsed() {
        assertThat(SignatureCheck.fits(weakRsa, header(JWSAlgorithm.RS256, "weak"))).isFalse();
    }

    @Test
    void ecKeysServeOnlyTheAlgorithmOfTheirCurve() {
        assertThat(SignatureCheck.fits(p256, header(JWSAlgorithm.ES256, "ec"))).isTrue();
        assertThat(SignatureCheck.fits(p256, header(JWSAlgorithm.ES384, "ec"))).isFalse();
        assertThat(SignatureCheck.fits(p256, header(JWSAlgorithm.RS256, "ec"))).isFalse();
    }

    private static JWSHeader header(JWSAlgorithm alg, String kid) {
        return new JWSHeader.Builder(alg).keyID(kid).build();
    }
}
