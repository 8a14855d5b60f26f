package io.gatehouse.http;

import io.gatehouse.security.Principal;
import io.gatehouse.security.Role;

/** Who may call a route (SPEC.md §1.3). Declared on every HTTP function with {@link Allow}. */
public enum Access {
    /** No token needed or looked at. Such a route touches no tenant data. */
    ANONYMOUS,
    /** Any verified token. */
    AUTHENTICATED,
    /** A tenant's administrator, or a platform operator acting on a tenant it names. */
    CUSTOMER_ADMIN,
    /** Platform operators only. */
    INTERNAL_ADMIN;

    boolean admits(Principal principal) {
        return switch (this) {
            case ANONYMOUS, AUTHENTICATED -> true;
            case CUSTOMER_ADMIN ->
                    principal.has(Role.CUSTOMER_ADMIN) || principal.has(Role.INTERNAL_ADMIN);
            case INTERNAL_ADMIN -> principal.has(Role.INTERNAL_ADMIN);
        };
    }
}
