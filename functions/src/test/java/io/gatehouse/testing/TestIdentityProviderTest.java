package io.gatehouse.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The test IdP itself: what it serves must look like Keycloak's realm and never leak a private key.
 */
class TestIdentityProviderTest {

    private static TestIdentityProvider idp;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        idp = new TestIdentityProvider();
    }

    @AfterAll
    static void stop() {
        idp.close();
    }

    @Test
    void servesADiscoveryDocumentNamingItsIssuerAndJwks() throws Exception {
        assertThat(idp.issuer()).matches("http://127\\.0\\.0\\.1:\\d+/realms/test");

        HttpResponse<String> response = get(idp.issuer() + "/.well-known/openid-configuration");
        Map<String, Object> discovery = JSONObjectUtils.parse(response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(discovery)
                .containsEntry("issuer", idp.issuer())
                .containsEntry("jwks_uri", idp.issuer() + "/protocol/openid-connect/certs");
    }

    @Test
    void servesPublicSigningAndEncryptionKeysAndCountsFetches() throws Exception {
        int before = idp.jwksFetchCount();

        HttpResponse<String> response = get(idp.issuer() + "/protocol/openid-connect/certs");
        JWKSet jwks = JWKSet.parse(response.body());

        assertThat(idp.jwksFetchCount()).isEqualTo(before + 1);
        assertThat(jwks.getKeys())
                .extracting(JWK::getKeyUse)
                .containsExactlyInAnyOrder(KeyUse.SIGNATURE, KeyUse.ENCRYPTION);
        assertThat(jwks.getKeys()).noneMatch(JWK::isPrivate);
        assertThat(response.body()).doesNotContain("\"d\"", "\"p\"", "\"q\"");
    }

    @Test
    void answersNothingElse() throws Exception {
        assertThat(get(idp.issuer() + "/protocol/openid-connect/certs/extra").statusCode())
                .isEqualTo(404);
        assertThat(get(idp.issuer() + "/protocol/openid-connect/token").statusCode())
                .isEqualTo(404);
    }

    @Test
    void mintsKeycloakShapedAccessTokensByDefault() throws Exception {
        SignedJWT token = SignedJWT.parse(idp.token().sign());

        assertThat(token.getHeader().getKeyID()).isEqualTo(idp.realm().signingKeyId());
        assertThat(token.getHeader().getType().getType()).isEqualTo("JWT");
        assertThat(token.getJWTClaimsSet().getIssuer()).isEqualTo(idp.issuer());
        assertThat(token.getJWTClaimsSet().getAudience()).containsExactly(TestRealm.AUDIENCE);
        assertThat(token.getJWTClaimsSet().getClaims())
                .containsEntry("typ", "Bearer")
                .containsKey("sid");
        assertThat(token.getJWTClaimsSet().getExpirationTime())
                .isAfter(token.getJWTClaimsSet().getIssueTime());
    }

    @Test
    void mintsClientCredentialsTokensWithoutSession() throws Exception {
        var claims = SignedJWT.parse(idp.token().interactive(false).sign()).getJWTClaimsSet();

        assertThat(claims.getClaims())
                .doesNotContainKey("sid")
                .containsEntry("preferred_username", "service-account-gatehouse-web");
    }

    private static HttpResponse<String> get(String uri) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(uri)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
