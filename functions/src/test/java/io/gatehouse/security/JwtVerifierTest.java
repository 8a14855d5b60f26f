package io.gatehouse.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSAEncrypter;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Format, header and signature rules of SPEC.md §1.2. Claims rules: {@link JwtVerifierClaimsTest}.
 */
class JwtVerifierTest {

    private static final VerifierFixture fx = new VerifierFixture();
    private static final RSAKey attackerKey = generateKey();

    private JwtVerifier verifier;

    @BeforeEach
    void setUp() {
        fx.reset();
        verifier = fx.verifier();
    }

    @Test
    void acceptsAnRs256AccessTokenAndReadsItsPrincipal() throws Exception {
        Principal principal = verifier.verify(fx.realm.token().subject("alice").sign());

        assertThat(principal.subject()).isEqualTo("alice");
        assertThat(principal.roles()).containsExactly(Role.AUTHENTICATED);
        assertThat(principal.tenantClaim()).isEmpty();
        assertThat(principal.interactive()).isTrue();
        assertThat(principal.expiresAt()).isEqualTo(VerifierFixture.START.plusSeconds(300));
    }

    @Test
    void acceptsPs256() throws Exception {
        assertThat(verifier.verify(fx.realm.token().algorithm("PS256").sign()).subject())
                .isEqualTo("test-user");
    }

    @Test
    void refusesAnRsaAlgorithmOutsideTheAllowList() throws Exception {
        String rs384 = fx.realm.token().algorithm("RS384").sign();

        assertRefused(rs384, "Another algorithm expected");
        // The same token passes once RS384 is configured: the refusal came from the allow-list
        // alone.
        OidcSettings withRs384 =
                fx.realm.oidcSettings().withAllowedAlgorithms(Set.of("RS256", "RS384"));
        assertThat(fx.verifier(withRs384).verify(rs384).subject()).isEqualTo("test-user");
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "None", "NONE"})
    void refusesUnsignedTokens(String alg) {
        String payload = parse(fx.realm.token().sign()).getPayload().toBase64URL().toString();
        String header = Base64URL.encode("{\"alg\":\"" + alg + "\",\"typ\":\"JWT\"}").toString();

        assertRefused(header + "." + payload + ".", null);
    }

    @Test
    void refusesHs256SignedWithThePublishedPublicKeyAsSecret() throws Exception {
        RSAKey published =
                (RSAKey) JWKSet.parse(fx.realm.jwksJson()).getKeyByKeyId(fx.realm.signingKeyId());
        JWSObject forged =
                new JWSObject(
                        new JWSHeader.Builder(JWSAlgorithm.HS256)
                                .keyID(published.getKeyID())
                                .build(),
                        parse(fx.realm.token().sign()).getPayload());
        forged.sign(new MACSigner(published.toRSAPublicKey().getEncoded()));

        assertRefused(forged.serialize(), "Another algorithm expected");
        assertThat(fx.idp().requests())
                .isEmpty(); // refused on its algorithm, before any key was looked up
    }

    @Test
    void refusesATokenSignedByAnUnpublishedKeyUnderTheRealKid() {
        assertRefused(
                fx.realm.token().signWithUnknownKey().header("kid", fx.realm.signingKeyId()).sign(),
                "Invalid signature");
    }

    @Test
    void refusesATokenWhosePayloadWasChangedAfterSigning() {
        String[] parts = fx.realm.token().subject("alice").sign().split("\\.");
        String swapped =
                Base64URL.encode(
                                Base64URL.from(parts[1]).decodeToString().replace("alice", "admin"))
                        .toString();

        assertRefused(parts[0] + "." + swapped + "." + parts[2], "Invalid signature");
    }

    @Test
    void refusesATokenNamingAKidThatWasNeverPublished() {
        assertRefused(fx.realm.token().signWithUnknownKey().sign(), "no matching key");
    }

    @Test
    void neverVerifiesWithTheEncryptionKeyOfTheJwks() {
        // Signed with the real private half of the realm's "use: enc" key and naming its kid:
        // it would verify if the verifier accepted any key from the JWKS.
        assertRefused(fx.realm.token().signWithEncryptionKey().sign(), "no matching key");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {"JWT", "jwt", "at+jwt", "AT+JWT", "application/at+jwt", "application/JWT"})
    void acceptsAnAccessTokenTypeHeaderOrNone(String typ) throws Exception {
        String token =
                fx.realm.token().header("typ", typ == null || typ.isEmpty() ? null : typ).sign();

        assertThat(verifier.verify(token).subject()).isEqualTo("test-user");
    }

    @ParameterizedTest
    @ValueSource(strings = {"JOSE", "id+jwt", "logout+jwt", "dpop+jwt", "application/jose", "JWT "})
    void refusesOtherTypeHeaders(String typ) {
        assertRefused(fx.realm.token().header("typ", typ).sign(), "typ (type)");
    }

    static Stream<Arguments> keyCarryingHeaders() {
        return Stream.of(
                Arguments.of("jku", "https://attacker.example/jwks.json"),
                Arguments.of("x5u", "https://attacker.example/cert.pem"),
                Arguments.of("jwk", attackerKey.toPublicJWK().toJSONObject()),
                Arguments.of("x5c", List.of("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA")));
    }

    @ParameterizedTest
    @MethodSource("keyCarryingHeaders")
    void refusesHeadersThatPointAtOrCarryAKeyAndNeverFetchesThem(String name, Object value) {
        // Signed by the attacker's key, so a verifier that trusted the header would accept it.
        String token = fx.realm.token().signWith(attackerKey).header(name, value).sign();

        assertRefused(token, "header");
        assertThat(fx.idp().requests()).isEmpty();
    }

    @Test
    void refusesAnyCriticalHeaderExtension() {
        String token =
                fx.realm
                        .token()
                        .header("crit", List.of("urn:example:binding"))
                        .header("urn:example:binding", true)
                        .sign();

        assertRefused(token, "crit");
    }

    @Test
    void refusesAnEncryptedToken() throws Exception {
        RSAKey encryptionKey =
                JWKSet.parse(fx.realm.jwksJson()).getKeys().stream()
                        .filter(key -> KeyUse.ENCRYPTION.equals(key.getKeyUse()))
                        .findFirst()
                        .orElseThrow()
                        .toRSAKey();
        EncryptedJWT jwe =
                new EncryptedJWT(
                        new JWEHeader(JWEAlgorithm.RSA_OAEP_256, EncryptionMethod.A256GCM),
                        new JWTClaimsSet.Builder()
                                .issuer(fx.realm.issuer())
                                .subject("alice")
                                .build());
        jwe.encrypt(new RSAEncrypter(encryptionKey));

        assertRefused(jwe.serialize(), "encrypted");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "Bearer", "abc", "a.b.c", "a.b", "e30.e30.e30"})
    void refusesWhatIsNotAJwt(String token) {
        assertRefused(token, null);
    }

    @Test
    void refusesOversizedTokensBeforeParsing() {
        String huge =
                fx.realm.token().claim("padding", "x".repeat(JwtVerifier.MAX_TOKEN_CHARS)).sign();

        assertRefused(huge, "longer than");
        assertThat(fx.idp().requests()).isEmpty();
    }

    @Test
    void reasonsNameTheRuleButNeverQuoteTheToken() {
        String subject = "alice-" + UUID.randomUUID();
        String tenant = UUID.randomUUID().toString();
        List<String> refused =
                List.of(
                        fx.realm
                                .token()
                                .subject(subject)
                                .claim("customer_id", tenant)
                                .algorithm("RS384")
                                .sign(),
                        fx.realm
                                .token()
                                .subject(subject)
                                .claim("customer_id", tenant)
                                .signWithUnknownKey()
                                .sign(),
                        fx.realm
                                .token()
                                .subject(subject)
                                .claim("customer_id", tenant)
                                .claim("typ", "ID")
                                .sign(),
                        fx.realm
                                .token()
                                .subject(subject)
                                .claim("customer_id", tenant)
                                .audience("account")
                                .sign(),
                        "garbage." + subject);

        for (String token : refused) {
            assertThatThrownBy(() -> verifier.verify(token))
                    .isInstanceOf(InvalidTokenException.class)
                    .satisfies(
                            e ->
                                    assertThat(e.getMessage())
                                            .doesNotContain(subject)
                                            .doesNotContain(tenant)
                                            .doesNotContain(fx.realm.signingKeyId()))
                    .satisfies(e -> assertThat(e.getCause()).isNull());
        }
    }

    private void assertRefused(String token, String reason) {
        var refusal =
                assertThatThrownBy(() -> verifier.verify(token))
                        .isInstanceOf(InvalidTokenException.class);
        if (reason != null) {
            refusal.hasMessageContaining(reason);
        }
    }

    private static JWSObject parse(String token) {
        try {
            return SignedJWT.parse(token);
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generateKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("attacker").generate();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
