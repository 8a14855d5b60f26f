package io.gatehouse.security;

import java.util.Optional;

/**
 * The three roles of SPEC.md §1.3, as they appear in the token's roles claim.
 *
 * <p>{@link #AUTHENTICATED} is held by every verified principal: the spec defines it as "any valid
 * token", so it is granted on verification whether or not the realm lists it.
 */
public enum Role {
    AUTHENTICATED("authenticated"),
    CUSTOMER_ADMIN("customer_admin"),
    INTERNAL_ADMIN("internal_admin");

    private final String claimValue;

    Role(String claimValue) {
        this.claimValue = claimValue;
    }

    public String claimValue() {
        return claimValue;
    }

    /** The role named by a claim value; other realm roles are not Gatehouse's business. */
    public static Optional<Role> fromClaim(String value) {
        for (Role role : values()) {
            if (role.claimValue.equals(value)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
