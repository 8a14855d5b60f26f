package io.gatehouse.tenants;

import static io.gatehouse.db.Tables.TENANTS;

import io.gatehouse.http.ApiResponse;
import io.gatehouse.http.Call;
import io.gatehouse.http.Page;
import io.gatehouse.http.PageCursor;
import io.gatehouse.http.PageRequest;
import java.util.UUID;

/**
 * The tenant registry. Creating and listing tenants is for platform operators and runs in platform
 * scope, which the tenants table alone honours: it shows no tenant's clients or other data. A
 * tenant's administrator may read its own entry, in its own tenant's scope.
 */
final class TenantHandlers {

    private TenantHandlers() {}

    static ApiResponse create(Call call) {
        NewTenant input = call.body(NewTenant.class);
        var row =
                call.db()
                        .insertInto(TENANTS)
                        .set(TENANTS.CUSTOMER_ID, UUID.randomUUID())
                        .set(TENANTS.NAME, input.name())
                        .set(TENANTS.SLUG, input.slug())
                        .returning()
                        .fetchSingle();
        call.audit().resourceId(row.getCustomerId());
        return ApiResponse.json(201, TenantView.of(row));
    }

    /**
     * The caller's own tenant: row-level security shows a tenant transaction its own registry row
     * only.
     */
    static ApiResponse own(Call call) {
        call.audit().resourceId(call.customerId());
        return ApiResponse.ok(TenantView.of(call.db().selectFrom(TENANTS).fetchSingle()));
    }

    static ApiResponse list(Call call) {
        PageRequest page = PageRequest.from(call);
        var rows =
                call.db()
                        .selectFrom(TENANTS)
                        .where(page.afterCursor(TENANTS.CREATED_AT, TENANTS.CUSTOMER_ID))
                        .orderBy(TENANTS.CREATED_AT, TENANTS.CUSTOMER_ID)
                        .limit(page.limit() + 1)
                        .fetch(TenantView::of);
        return ApiResponse.ok(
                Page.of(
                        rows,
                        page.limit(),
                        view -> new PageCursor(view.createdAt(), view.customerId())));
    }
}
