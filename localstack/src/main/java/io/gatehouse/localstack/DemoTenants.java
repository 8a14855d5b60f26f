package io.gatehouse.localstack;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The demo tenants that the realm's users belong to (their customer_id attribute). Registered by
 * the migration identity in platform scope, the one way a tenant can be registered.
 */
final class DemoTenants {

    record DemoTenant(UUID customerId, String name, String slug) {}

    static final DemoTenant ACME =
            new DemoTenant(
                    UUID.fromString("a0000000-0000-4000-8000-00000000000a"), "Acme Health", "acme");
    static final DemoTenant GLOBEX =
            new DemoTenant(
                    UUID.fromString("b0000000-0000-4000-8000-00000000000b"),
                    "Globex Care",
                    "globex");
    static final List<DemoTenant> ALL = List.of(ACME, GLOBEX);

    private DemoTenants() {}

    static void register(DataSource migrationIdentity) throws SQLException {
        try (Connection connection = migrationIdentity.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement scope = connection.createStatement()) {
                scope.execute("set local role gatehouse_owner");
                scope.execute("select set_config('app.platform_scope', 'on', true)");
            }
            try (PreparedStatement insert =
                    connection.prepareStatement(
                            "insert into gatehouse.tenants (customer_id, name, slug) values (?, ?, ?) on conflict do nothing")) {
                for (DemoTenant tenant : ALL) {
                    insert.setObject(1, tenant.customerId());
                    insert.setString(2, tenant.name());
                    insert.setString(3, tenant.slug());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            connection.commit();
        }
    }
}
