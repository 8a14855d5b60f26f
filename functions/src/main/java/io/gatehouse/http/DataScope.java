package io.gatehouse.http;

/** Which rows a route's handler can reach. */
public enum DataScope {
    /** No database work at all. */
    NONE,
    /**
     * One transaction scoped to the request's tenant: row-level security shows that tenant only.
     */
    TENANT,
    /** One transaction in platform scope: the tenant registry only. internal_admin routes only. */
    PLATFORM
}
