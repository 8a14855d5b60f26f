package io.gatehouse.tenancy;

/** The caller may not act on the tenant it asked for, or has none. Always answered 403 (or 400). */
public final class TenantRefusedException extends RuntimeException {

    public enum Reason {
        /** The token names no tenant, several, or one that is not a UUID. */
        NO_SINGLE_TENANT,
        /** A tenant user named another tenant in X-Customer-Id. */
        FOREIGN_TENANT_REQUESTED,
        /** internal_admin called a tenant route without X-Customer-Id. */
        OPERATOR_TENANT_MISSING,
        /** X-Customer-Id is not a UUID. */
        MALFORMED_TENANT_HEADER
    }

    private final Reason reason;

    public TenantRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
