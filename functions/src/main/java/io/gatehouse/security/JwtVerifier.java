package io.gatehouse.security;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Verifies bearer tokens to the strict profile of SPEC.md §1.2: header rules, then the signature
 * with a key from the issuer's JWKS, then the claims, and only then reads the principal. Nothing
 * in an unverified payload is looked at. Thread-safe; build one per process with
 * {@link #forIssuer(OidcSettings)}.
 */
public final class JwtVerifier implements TokenVerifier {

    /** Far above any real access token; refuses oversized input before any parsing. */
    static final int MAX_TOKEN_CHARS = 16 * 1024;
    static final int DEFAULT_CACHE_ENTRIES = 10_000;
    private static final List<String> STRING_CLAIMS = List.of("iss", "sub");

    private final HeaderRules headerRules;
    private final SignatureCheck signatureCheck;
    private final ClaimRules claimRules;
    private final PrincipalMapping principalMapping;
    private final Clock clock;

    JwtVerifier(OidcSettings settings, JwksSource keys, Clock clock) {
        this.headerRules = new HeaderRules(settings.allowedAlgorithms());
        this.signatureCheck = new SignatureCheck(keys);
        this.claimRules = new ClaimRules(settings);
        this.principalMapping = new PrincipalMapping(settings);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The verifier for the composition root: keys discovered over HTTP from the issuer (fetched
     * lazily, on the first token), results cached per token until its {@code exp}.
     */
    public static TokenVerifier forIssuer(OidcSettings settings) {
        Clock clock = Clock.systemUTC();
        JwtVerifier verifier = new JwtVerifier(settings, JwksSource.overHttp(settings.issuer(), clock), clock);
        return new CachingTokenVerifier(verifier, new VerifiedTokenCache(DEFAULT_CACHE_ENTRIES, clock));
    }

    @Override
    public Principal verify(String token) throws InvalidTokenException {
        SignedJWT jwt = parse(token);
        headerRules.check(jwt.getHeader());
        signatureCheck.verify(jwt);
        JWTClaimsSet claims = claimsOf(jwt);
        claimRules.check(claims, clock.instant());
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

    // The parser would quietly turn a numeric iss or sub into a string; RFC 7519 says they are
    // strings, and an identity claim that needs coercing is not one to trust.
    private static JWTClaimsSet claimsOf(SignedJWT jwt) throws InvalidTokenException {
        Map<String, Object> json = jwt.getPayload().toJSONObject();
        if (json == null) {
            throw new InvalidTokenException("payload is not a JSON object");
        }
        for (String name : STRING_CLAIMS) {
            if (json.containsKey(name) && !(json.get(name) instanceof String)) {
                throw new InvalidTokenException("claims are not a well-formed JWT claims set (" + name + " is not a string)");
            }
        }
        try {
            return JWTClaimsSet.parse(json);
        } catch (ParseException e) {
            throw new InvalidTokenException("claims are not a well-formed JWT claims set");
        }
    }
}
