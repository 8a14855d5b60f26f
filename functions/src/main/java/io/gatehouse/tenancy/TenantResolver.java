package io.gatehouse.tenancy;

import io.gatehouse.security.Principal;
import io.gatehouse.security.Role;
import io.gatehouse.tenancy.TenantRefusedException.Reason;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Decides which tenant a request acts on (SPEC.md §1.4). A tenant user's tenant comes from its
 * token and nowhere else; internal_admin has none of its own and names one per request.
 */
public final class TenantResolver {

    public static final String OPERATOR_HEADER = "X-Customer-Id";

    // Canonical textual UUIDs only: UUID.fromString alone accepts forms like "1-1-1-1-1".
    private static final Pattern UUID_TEXT =
            Pattern.compile(
                    "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    private TenantResolver() {}

    public static TenantSelection resolve(Principal principal, Optional<String> operatorHeader) {
        if (principal.has(Role.INTERNAL_ADMIN)) {
            String requested =
                    operatorHeader.orElseThrow(
                            () -> new TenantRefusedException(Reason.OPERATOR_TENANT_MISSING));
            UUID customerId =
                    parse(requested)
                            .orElseThrow(
                                    () ->
                                            new TenantRefusedException(
                                                    Reason.MALFORMED_TENANT_HEADER));
            return new TenantSelection(customerId, true);
        }
        UUID own =
                ownTenant(principal)
                        .orElseThrow(() -> new TenantRefusedException(Reason.NO_SINGLE_TENANT));
        if (operatorHeader.isPresent()
                && !parse(operatorHeader.get()).map(own::equals).orElse(false)) {
            throw new TenantRefusedException(Reason.FOREIGN_TENANT_REQUESTED);
        }
        return new TenantSelection(own, false);
    }

    /** The caller's own tenant: present when the tenant claim holds exactly one UUID. */
    public static Optional<UUID> ownTenant(Principal principal) {
        if (principal.tenantClaim().size() != 1) {
            return Optional.empty();
        }
        return parse(principal.tenantClaim().get(0));
    }

    static Optional<UUID> parse(String text) {
        String trimmed = text.trim();
        return UUID_TEXT.matcher(trimmed).matches()
                ? Optional.of(UUID.fromString(trimmed))
                : Optional.empty();
    }
}
