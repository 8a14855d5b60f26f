package io.gatehouse.security;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the claims of an accepted token into a {@link Principal}. A roles or tenant claim of the
 * wrong shape refuses the token: it means the IdP's mappers are misconfigured, and guessing would
 * be worse than a clear 401 with the reason in the log.
 */
final class PrincipalMapping {

    /**
     * Keycloak names the user behind a client-credentials grant {@code service-account-<client>}.
     */
    private static final String SERVICE_ACCOUNT_PREFIX = "service-account-";

    private final String tenantClaim;
    private final String rolesClaim;
    private final List<String> rolesPath;

    PrincipalMapping(OidcSettings settings) {
        this.tenantClaim = settings.tenantClaim();
        this.rolesClaim = settings.rolesClaim();
        this.rolesPath = settings.rolesClaimPath();
    }

    /**
     * Expects claims that already passed {@link AccessTokenClaimsVerifier} ({@code sub} and {@code
     * exp} present).
     */
    Principal toPrincipal(JWTClaimsSet claims) throws InvalidTokenException {
        return new Principal(
                claims.getSubject(),
                roles(claims.getClaims()),
                strings(claims.getClaim(tenantClaim), "tenant claim"),
                isInteractive(claims),
                claims.getExpirationTime().toInstant());
    }

    private Set<Role> roles(Map<String, Object> claims) throws InvalidTokenException {
        Set<Role> roles = EnumSet.of(Role.AUTHENTICATED);
        for (String name : strings(rolesValue(claims), "roles claim")) {
            Role.fromClaim(name).ifPresent(roles::add);
        }
        return roles;
    }

    // A claim literally named like the whole path wins (some IdPs use URL-like claim names that
    // contain dots); otherwise the path walks nested objects, as in Keycloak's realm_access.roles.
    private Object rolesValue(Map<String, Object> claims) throws InvalidTokenException {
        if (claims.containsKey(rolesClaim)) {
            return claims.get(rolesClaim);
        }
        Object node = claims;
        for (String segment : rolesPath) {
            if (node == null) {
                return null;
            }
            if (!(node instanceof Map<?, ?> object)) {
                throw new InvalidTokenException(
                        "roles claim path does not lead through JSON objects");
            }
            node = object.get(segment);
        }
        return node;
    }

    /** Absent: empty; a string: one value; an array: its values, which must all be strings. */
    private static List<String> strings(Object value, String what) throws InvalidTokenException {
        if (value == null) {
            return List.of();
        }
        if (value instanceof String single) {
            return List.of(single);
        }
        if (value instanceof List<?> array) {
            List<String> values = new ArrayList<>(array.size());
            for (Object element : array) {
                if (!(element instanceof String text)) {
                    throw new InvalidTokenException(what + " holds a value that is not a string");
                }
                values.add(text);
            }
            return values;
        }
        throw new InvalidTokenException(what + " is neither a string nor an array of strings");
    }

    // A person signed in when the token belongs to a login session (Keycloak's sid); a
    // client-credentials token has no session and names a service-account user.
    private static boolean isInteractive(JWTClaimsSet claims) {
        boolean hasSession = claims.getClaim("sid") instanceof String sid && !sid.isBlank();
        boolean serviceAccount =
                claims.getClaim("preferred_username") instanceof String name
                        && name.startsWith(SERVICE_ACCOUNT_PREFIX);
        return hasSession && !serviceAccount;
    }
}
