package io.gatehouse.security;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Who is calling, as established by a verified token. Immutable.
 *
 * @param subject the token's {@code sub}
 * @param roles Gatehouse roles found in the roles claim, always including AUTHENTICATED
 * @param tenantClaim raw values of the tenant claim (usually zero or one); the tenancy package
 *     decides whether they name exactly one valid tenant
 * @param interactive true when a person signed in (the token is bound to a login session), false
 *     for service accounts and other non-interactive grants
 * @param expiresAt the token's {@code exp}
 */
public record Principal(
        String subject,
        Set<Role> roles,
        List<String> tenantClaim,
        boolean interactive,
        Instant expiresAt) {

    public Principal {
        roles = Set.copyOf(roles);
        tenantClaim = List.copyOf(tenantClaim);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
