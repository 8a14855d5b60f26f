package io.gatehouse.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import io.gatehouse.security.OidcSettings;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A Keycloak-like realm held in memory: RSA 2048 keys generated at construction (never written
 * anywhere), the discovery and JWKS documents the realm publishes, and tokens minted on demand.
 * {@link TestIdentityProvider} serves a realm over HTTP; use a realm directly when a test needs no
 * socket. Like Keycloak's, the JWKS lists the signing key ({@code use: sig}) and an encryption key
 * ({@code use: enc}, {@code RSA-OAEP}) that must never be used to verify a signature. Thread-safe.
 */
public final class TestRealm {

    /** The {@code aud} of minted tokens; {@link #oidcSettings()} expects it. */
    public static final String AUDIENCE = "gatehouse-api";

    /** The {@code azp} of minted tokens, as Keycloak sets it to the requesting client. */
    public static final String CLIENT_ID = "gatehouse-web";

    /**
     * Keycloak puts this role on every user; minted tokens carry it so tests see a realistic roles
     * claim.
     */
    public static final String DEFAULT_ROLE = "default-roles-test";

    private final String issuer;
    private final Clock clock;
    private final RSAKey encryptionKey;
    private final List<RSAKey> publishedSigningKeys = new CopyOnWriteArrayList<>();
    private volatile RSAKey signingKey;
    private RSAKey unpublishedKey; // made on first need; guarded by this

    /** A realm whose tokens are issued "now" by the system clock. */
    public TestRealm(String issuer) {
        this(issuer, Clock.systemUTC());
    }

    /** A realm whose tokens take their {@code iat} from {@code clock} unless a test sets it. */
    public TestRealm(String issuer, Clock clock) {
        this.issuer = issuer;
        this.clock = clock;
        this.encryptionKey = generate(KeyUse.ENCRYPTION);
        rotateSigningKey();
    }

    public String issuer() {
        return issuer;
    }

    /** Strict settings for this realm: its issuer, {@link #AUDIENCE}, every other value default. */
    public OidcSettings oidcSettings() {
        return OidcSettings.of(issuer, AUDIENCE);
    }

    public URI discoveryUri() {
        return URI.create(issuer + "/.well-known/openid-configuration");
    }

    /** Where Keycloak publishes a realm's keys. */
    public URI jwksUri() {
        return URI.create(issuer + "/protocol/openid-connect/certs");
    }

    /** The OpenID discovery document: {@code issuer}, {@code jwks_uri} and little else. */
    public String discoveryJson() {
        return JSONObjectUtils.toJSONString(
                Map.of(
                        "issuer", issuer,
                        "jwks_uri", jwksUri().toString(),
                        "id_token_signing_alg_values_supported", List.of("RS256", "PS256")));
    }

    /** The public JWKS: every signing key published so far, then the encryption key. */
    public String jwksJson() {
        List<JWK> keys = new ArrayList<>(publishedSigningKeys);
        keys.add(encryptionKey);
        return new JWKSet(keys).toString(true);
    }

    /** The {@code kid} of the key new tokens are signed with. */
    public String signingKeyId() {
        return signingKey.getKeyID();
    }

    /**
     * Publishes a new signing key beside the old ones and signs new tokens with it, as a key
     * rotation in Keycloak does. A verifier that cached the old JWKS meets an unknown {@code kid}.
     */
    public void rotateSigningKey() {
        RSAKey next = generate(KeyUse.SIGNATURE);
        publishedSigningKeys.add(next);
        signingKey = next;
    }

    /** A builder for one token, with the defaults described on {@link TokenBuilder}. */
    public TokenBuilder token() {
        return new TokenBuilder(this, signingKey);
    }

    Clock clock() {
        return clock;
    }

    RSAKey encryptionKey() {
        return encryptionKey;
    }

    synchronized RSAKey unpublishedKey() {
        if (unpublishedKey == null) {
            unpublishedKey = generate(KeyUse.SIGNATURE);
        }
        return unpublishedKey;
    }

    // The signing key names no "alg", so one key serves RS256, PS256 and any other RSA algorithm a
    // test wants to try; the verifier's allow-list, not the key, decides what is accepted.
    private static RSAKey generate(KeyUse use) {
        try {
            RSAKeyGenerator generator = new RSAKeyGenerator(2048);
            generator.keyUse(use).keyID(UUID.randomUUID().toString());
            if (use == KeyUse.ENCRYPTION) {
                generator.algorithm(
                        JWEAlgorithm.parse("RSA-OAEP")); // what Keycloak lists for its enc key
            }
            return generator.generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an RSA key", e);
        }
    }
}
