package io.gatehouse.tenants;

import io.gatehouse.db.tables.records.TenantsRecord;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A tenant as internal_admin sees it. */
record TenantView(UUID customerId, String name, String slug, OffsetDateTime createdAt) {

    static TenantView of(TenantsRecord row) {
        return new TenantView(
                row.getCustomerId(), row.getName(), row.getSlug(), row.getCreatedAt());
    }
}
