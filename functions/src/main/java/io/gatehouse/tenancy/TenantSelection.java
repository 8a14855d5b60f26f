package io.gatehouse.tenancy;

import java.util.UUID;

/**
 * The tenant a request acts on.
 *
 * @param customerId the tenant
 * @param byOperator true when an internal_admin chose it with X-Customer-Id (audited as
 *     internal.tenant_access), false when it is the caller's own tenant
 */
public record TenantSelection(UUID customerId, boolean byOperator) {}
