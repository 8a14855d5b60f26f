package io.gatehouse.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Builds one signed token of a {@link TestRealm}. Without any call it yields what Keycloak issues
 * to a signed-in user: header {@code alg RS256}, {@code typ JWT}, {@code kid} of the realm's key;
 * claims {@code iss} the realm, {@code aud} {@value TestRealm#AUDIENCE}, {@code sub} "test-user",
 * {@code typ Bearer}, {@code azp} {@value TestRealm#CLIENT_ID}, {@code realm_access.roles} [{@value
 * TestRealm#DEFAULT_ROLE}], {@code iat} now, {@code exp} 5 minutes later, a {@code sid} and {@code
 * preferred_username} equal to the subject. No tenant unless {@link #tenant} is called.
 *
 * <pre>{@code
 * String jwt = idp.token().subject("alice").tenant(customerId).roles("customer_admin").sign();
 * String idToken = idp.token().claim("typ", "ID").sign();
 * String forged = idp.token().header("jku", "https://attacker.example/jwks").sign();
 * }</pre>
 *
 * Not thread-safe; build each token on one thread.
 */
public final class TokenBuilder {

    private static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(5);

    private final TestRealm realm;
    private final Map<String, Object> header = new LinkedHashMap<>();
    private final Map<String, Object> claims = new LinkedHashMap<>();
    private final Set<String> removedClaims = new HashSet<>();
    private RSAKey key;
    private String algorithm = "RS256";
    private boolean interactive = true;
    private Instant issuedAt;
    private Instant expiresAt;
    private Duration lifetime = DEFAULT_LIFETIME;

    TokenBuilder(TestRealm realm, RSAKey key) {
        this.realm = realm;
        this.key = key;
        header.put("typ", "JWT");
        claims.put("iss", realm.issuer());
        claims.put("aud", TestRealm.AUDIENCE);
        claims.put("sub", "test-user");
        claims.put("typ", "Bearer");
        claims.put("azp", TestRealm.CLIENT_ID);
        roles();
    }

    public TokenBuilder subject(String subject) {
        return claim("sub", subject);
    }

    /** Sets {@code customer_id}, the default tenant claim, to this one tenant. */
    public TokenBuilder tenant(UUID customerId) {
        return claim("customer_id", customerId.toString());
    }

    /** Sets {@code realm_access.roles} to the realm's default role plus these. */
    public TokenBuilder roles(String... roles) {
        List<String> all = new ArrayList<>();
        all.add(TestRealm.DEFAULT_ROLE);
        all.addAll(List.of(roles));
        return claim("realm_access", Map.of("roles", all));
    }

    /**
     * {@code true} (the default): a user's token, with {@code sid} and {@code preferred_username} =
     * subject. {@code false}: a client-credentials token, as Keycloak issues it: no {@code sid},
     * {@code preferred_username} "service-account-{@value TestRealm#CLIENT_ID}".
     */
    public TokenBuilder interactive(boolean interactive) {
        this.interactive = interactive;
        return this;
    }

    /** One value is written as a JSON string, several as an array. */
    public TokenBuilder audience(String... audiences) {
        return claim("aud", audiences.length == 1 ? audiences[0] : List.of(audiences));
    }

    public TokenBuilder issuer(String issuer) {
        return claim("iss", issuer);
    }

    /**
     * Default: the realm clock's now. {@code exp} follows it unless set with {@link #expiresAt}.
     */
    public TokenBuilder issuedAt(Instant issuedAt) {
        this.issuedAt = issuedAt;
        return this;
    }

    /** Lifetime after {@code iat}; negative for a token that expired already. */
    public TokenBuilder expiresIn(Duration lifetime) {
        this.lifetime = lifetime;
        this.expiresAt = null;
        return this;
    }

    public TokenBuilder expiresAt(Instant expiresAt) {
        this.expiresAt = expiresAt;
        return this;
    }

    public TokenBuilder notBefore(Instant notBefore) {
        return claim("nbf", notBefore.getEpochSecond());
    }

    /**
     * Sets any claim to a JSON-compatible value (String, Number, Boolean, List, Map); {@code null}
     * leaves the claim out, including the defaults ({@code claim("exp", null)} makes a token
     * without {@code exp}). Times are epoch seconds.
     */
    public TokenBuilder claim(String name, Object value) {
        if (value == null) {
            claims.remove(name);
            removedClaims.add(name);
        } else {
            claims.put(name, value);
            removedClaims.remove(name);
        }
        return this;
    }

    /**
     * Sets any JOSE header parameter ({@code typ}, {@code kid}, {@code jku}, {@code jwk} as a Map,
     * {@code crit} as a List...); {@code null} leaves it out. {@code alg} is set with {@link
     * #algorithm}.
     */
    public TokenBuilder header(String name, Object value) {
        header.put(name, value);
        return this;
    }

    /** An RSA JWS algorithm: RS256 (default), PS256, RS384, ... */
    public TokenBuilder algorithm(String algorithm) {
        this.algorithm = algorithm;
        return this;
    }

    /**
     * Signs with a key the realm never published, under that key's own {@code kid}: the verifier
     * finds no such key, refetches (rate limited) and refuses. Add {@code header("kid",
     * realm.signingKeyId())} for a token that names the real key but carries a bad signature.
     */
    public TokenBuilder signWithUnknownKey() {
        return signWith(realm.unpublishedKey());
    }

    /**
     * Signs with the private half of the realm's {@code use: enc} key, which no verifier may use.
     */
    public TokenBuilder signWithEncryptionKey() {
        return signWith(realm.encryptionKey());
    }

    /** Signs with a key of the test's own, under its {@code kid}. */
    public TokenBuilder signWith(RSAKey privateKey) {
        this.key = Objects.requireNonNull(privateKey, "privateKey");
        return this;
    }

    /** The compact serialization ({@code header.payload.signature}). */
    public String sign() {
        try {
            JWSObject jws =
                    new JWSObject(JWSHeader.parse(headerValues()), new Payload(claimValues()));
            jws.sign(new RSASSASigner(key));
            return jws.serialize();
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("cannot sign the test token: " + e.getMessage(), e);
        }
    }

    private Map<String, Object> headerValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("alg", algorithm);
        values.put("kid", key.getKeyID());
        values.putAll(header);
        values.values().removeIf(Objects::isNull);
        return values;
    }

    private Map<String, Object> claimValues() {
        Map<String, Object> values = new LinkedHashMap<>(claims);
        Instant iat = issuedAt != null ? issuedAt : realm.clock().instant();
        values.putIfAbsent("iat", iat.getEpochSecond());
        values.putIfAbsent(
                "exp", (expiresAt != null ? expiresAt : iat.plus(lifetime)).getEpochSecond());
        if (interactive) {
            values.putIfAbsent("sid", UUID.randomUUID().toString());
            values.putIfAbsent("preferred_username", values.get("sub"));
        } else {
            values.putIfAbsent("preferred_username", "service-account-" + TestRealm.CLIENT_ID);
        }
        values.keySet().removeAll(removedClaims);
        values.values().removeIf(Objects::isNull);
        return values;
    }
}
