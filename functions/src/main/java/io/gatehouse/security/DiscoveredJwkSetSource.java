package io.gatehouse.security;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.AsymmetricJWK;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyOperation;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSetCacheRefreshEvaluator;
import com.nimbusds.jose.jwk.source.JWKSetSource;
import com.nimbusds.jose.jwk.source.JWKSetUnavailableException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jose.util.ResourceRetriever;
import java.io.IOException;
import java.net.URI;
import java.text.ParseException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One load of the issuer's verification keys, found through its OpenID discovery document: the
 * bottom of the key source, under the caching, rate limiting, retrying and outage tolerance that
 * Nimbus layers on top ({@link IssuerKeys}). What it adds is where keys may come from (the
 * discovery document must name the configured issuer; its {@code jwks_uri} obeys {@link HttpUrls}
 * and may not downgrade https) and which are kept: public asymmetric keys whose {@code use} is
 * absent or {@code sig}, whose {@code key_ops}, when present, include {@code verify} (Keycloak also
 * publishes an encryption key), and RSA keys of at least 2048 bits (shorter ones are breakable; a
 * JWKS offering one is misconfigured, not trusted).
 */
final class DiscoveredJwkSetSource implements JWKSetSource<SecurityContext> {

    static final int MIN_RSA_KEY_BITS = 2048;

    private static final Logger log = LoggerFactory.getLogger(DiscoveredJwkSetSource.class);

    private final String issuer;
    private final URI discoveryUri;
    private final ResourceRetriever fetch;
    private volatile boolean loaded;

    DiscoveredJwkSetSource(String issuer, ResourceRetriever fetch) {
        this.issuer = issuer;
        this.discoveryUri = discoveryUriOf(HttpUrls.requireKeySourceUrl(issuer, "issuer"));
        this.fetch = fetch;
    }

    @Override
    public JWKSet getJWKSet(
            JWKSetCacheRefreshEvaluator unused, long currentTime, SecurityContext context)
            throws KeySourceException {
        try {
            JWKSet keys =
                    new JWKSet(
                            JWKSet.parse(get(jwksUri())).getKeys().stream()
                                    .filter(DiscoveredJwkSetSource::isForVerification)
                                    .map(JWK::toPublicJWK)
                                    .toList());
            loaded = true;
            log.info("Loaded {} signing key(s) of issuer {}", keys.size(), issuer);
            return keys;
        } catch (IOException | ParseException | IllegalArgumentException e) {
            log.warn("Could not load the signing keys of issuer {}: {}", issuer, e.toString());
            throw new JWKSetUnavailableException(
                    "the issuer's signing keys could not be loaded", e);
        }
    }

    /** Whether a key set was ever loaded; if not, no token can be judged, valid or not. */
    boolean hasLoaded() {
        return loaded;
    }

    @Override
    public void close() {}

    private URI jwksUri() throws IOException, ParseException {
        Map<String, Object> discovery = JSONObjectUtils.parse(get(discoveryUri));
        // A discovery document for some other issuer means a misrouted or spoofed endpoint.
        if (!issuer.equals(JSONObjectUtils.getString(discovery, "issuer"))) {
            throw new IOException("the discovery document names a different issuer");
        }
        URI jwksUri =
                HttpUrls.requireKeySourceUrl(
                        JSONObjectUtils.getString(discovery, "jwks_uri"), "jwks_uri");
        if (HttpUrls.isHttps(discoveryUri) && !HttpUrls.isHttps(jwksUri)) {
            throw new IOException("jwks_uri downgrades an https issuer to http");
        }
        return jwksUri;
    }

    private String get(URI uri) throws IOException {
        return fetch.retrieveResource(uri.toURL()).getContent();
    }

    static boolean isForVerification(JWK key) {
        boolean signingUse = key.getKeyUse() == null || KeyUse.SIGNATURE.equals(key.getKeyUse());
        boolean verifyOp =
                key.getKeyOperations() == null
                        || key.getKeyOperations().contains(KeyOperation.VERIFY);
        boolean strongEnough = !(key instanceof RSAKey rsa) || rsa.size() >= MIN_RSA_KEY_BITS;
        return key instanceof AsymmetricJWK && signingUse && verifyOp && strongEnough;
    }

    // OpenID Connect Discovery §4: drop a terminating "/" before appending the well-known path.
    private static URI discoveryUriOf(URI issuer) {
        String base = issuer.toString();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return URI.create(base + "/.well-known/openid-configuration");
    }
}
