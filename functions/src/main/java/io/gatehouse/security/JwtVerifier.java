package io.gatehouse.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Verifies bearer tokens to the strict profile of SPEC.md §1.2 with Nimbus's {@link
 * DefaultJWTProcessor}: the {@code typ} header, the signature with a key of the issuer's JWKS
 * chosen for an allow-listed algorithm ({@link SigningKeySelector}, {@link IssuerKeys}), then the
 * claims ({@link AccessTokenClaimsVerifier}); only then is the principal read. What Nimbus would
 * not refuse is refused before it runs: oversized input, a header that points at or carries a key
 * ({@code jku}, {@code x5u}, {@code jwk}, {@code x5c}: keys come from the JWKS only, so these are
 * refused rather than ignored), any {@code crit} (no extension is understood, and RFC 7515 §4.1.11
 * requires refusing what is not), and an {@code iss} or {@code sub} that is not a JSON string.
 * Thread-safe; build one per process with {@link #forIssuer(OidcSettings, Clock)}.
 */
public final class JwtVerifier implements TokenVerifier {

    /** Far above any real access token; refuses oversized input before any parsing. */
    static final int MAX_TOKEN_CHARS = 16 * 1024;

    static final int DEFAULT_CACHE_ENTRIES = 10_000;
    private static final List<String> STRING_CLAIMS = List.of("iss", "sub");

    /**
     * RFC 7515 §4.1.9: "application/" may be omitted; Nimbus compares without case (RFC 8725
     * §3.11).
     */
    private static final JOSEObjectType[] ACCESS_TOKEN_TYPES = {
        JOSEObjectType.JWT,
        new JOSEObjectType("at+jwt"),
        new JOSEObjectType("application/jwt"),
        new JOSEObjectType("application/at+jwt"),
        null
    };

    private final IssuerKeys keys;
    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    private final PrincipalMapping principalMapping;

    JwtVerifier(OidcSettings settings, IssuerKeys keys, Clock clock) {
        this.keys = keys;
        Set<JWSAlgorithm> algorithms =
                settings.allowedAlgorithms().stream()
                        .map(JWSAlgorithm::parse)
                        .collect(Collectors.toSet());
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(ACCESS_TOKEN_TYPES));
        processor.setJWSKeySelector(new SigningKeySelector(algorithms, keys));
        processor.setJWTClaimsSetVerifier(new AccessTokenClaimsVerifier(settings, clock));
        this.principalMapping = new PrincipalMapping(settings);
    }

    /**
     * The verifier for the composition root: keys discovered over HTTP from the issuer (fetched
     * lazily, on the first token), results cached per token until its {@code exp}.
     */
    public static TokenVerifier forIssuer(OidcSettings settings, Clock clock) {
        JwtVerifier verifier =
                new JwtVerifier(settings, IssuerKeys.overHttp(settings.issuer(), clock), clock);
        return new CachingTokenVerifier(verifier, DEFAULT_CACHE_ENTRIES, clock);
    }

    @Override
    public Principal verify(String token) throws InvalidTokenException {
        SignedJWT jwt = parse(token);
        refuseKeyHeadersAndExtensions(jwt.getHeader());
        requireStringIdentityClaims(jwt);
        JWTClaimsSet claims;
        try {
            claims = processor.process(jwt, null);
        } catch (BadJOSEException refused) {
            throw new InvalidTokenException(withoutControlCharacters(refused.getMessage()));
        } catch (KeySourceException unavailable) {
            if (!keys.hasLoaded()) {
                throw new SigningKeysUnavailableException();
            }
            throw new InvalidTokenException(
                    "no published signing key fits the token (keys not refreshed: "
                            + unavailable.getClass().getSimpleName()
                            + ")");
        } catch (JOSEException e) {
            throw new InvalidTokenException("signature could not be checked");
        }
        return principalMapping.toPrincipal(claims);
    }

    // Parser messages can quote the input, so they are not passed on: reasons only, no contents.
    private static SignedJWT parse(String token) throws InvalidTokenException {
        if (token == null || token.isBlank()) {
            throw new InvalidTokenException("no token");
        }
        if (token.length() > MAX_TOKEN_CHARS) {
            throw new InvalidTokenException("token longer than " + MAX_TOKEN_CHARS + " characters");
        }
        JWT jwt;
        try {
            jwt = JWTParser.parse(token);
        } catch (ParseException e) {
            throw new InvalidTokenException("not a well-formed JWT");
        }
        if (jwt instanceof SignedJWT signed) {
            return signed;
        }
        throw new InvalidTokenException("token is unsigned (alg none) or encrypted");
    }

    private static void refuseKeyHeadersAndExtensions(JWSHeader header)
            throws InvalidTokenException {
        if (header.getJWKURL() != null || header.getX509CertURL() != null) {
            throw new InvalidTokenException("header points at a key location (jku/x5u)");
        }
        if (header.getJWK() != null || header.getX509CertChain() != null) {
            throw new InvalidTokenException("header carries its own key (jwk/x5c)");
        }
        if (header.getCriticalParams() != null) {
            throw new InvalidTokenException("header declares critical extensions (crit)");
        }
    }

    // The parser would quietly turn a numeric iss or sub into a string; RFC 7519 says they are
    // strings, and an identity claim that needs coercing is not one to trust.
    private static void requireStringIdentityClaims(SignedJWT jwt) throws InvalidTokenException {
        Map<String, Object> json = jwt.getPayload().toJSONObject();
        if (json == null) {
            throw new InvalidTokenException("payload is not a JSON object");
        }
        for (String name : STRING_CLAIMS) {
            if (json.containsKey(name) && !(json.get(name) instanceof String)) {
                throw new InvalidTokenException(
                        "claims are not a well-formed JWT claims set ("
                                + name
                                + " is not a string)");
            }
        }
    }

    // Nimbus quotes an unaccepted typ header, which an unsigned token controls: no line breaks in
    // logs.
    private static String withoutControlCharacters(String reason) {
        return reason == null ? "token refused" : reason.replaceAll("\\p{Cntrl}", "?");
    }
}
