package io.gatehouse.localstack;

import java.util.UUID;

/** The demo users of infra/keycloak/gatehouse-realm.json. Their passwords are demo values. */
enum DemoUser {
    ACME_STAFF(
            "acme-staff",
            "demo-acme-staff",
            DemoTenants.ACME.customerId(),
            "staff of Acme (authenticated)"),
    ACME_ADMIN(
            "acme-admin",
            "demo-acme-admin",
            DemoTenants.ACME.customerId(),
            "admin of Acme (customer_admin)"),
    GLOBEX_STAFF(
            "globex-staff",
            "demo-globex-staff",
            DemoTenants.GLOBEX.customerId(),
            "staff of Globex (authenticated)"),
    GLOBEX_ADMIN(
            "globex-admin",
            "demo-globex-admin",
            DemoTenants.GLOBEX.customerId(),
            "admin of Globex (customer_admin)"),
    OPERATOR("operator", "demo-operator", null, "platform operator (internal_admin), no tenant");

    private final String username;
    private final String password;
    private final UUID tenant;
    private final String description;

    DemoUser(String username, String password, UUID tenant, String description) {
        this.username = username;
        this.password = password;
        this.tenant = tenant;
        this.description = description;
    }

    String username() {
        return username;
    }

    String password() {
        return password;
    }

    /** The user's tenant, or null for the operator. */
    UUID tenant() {
        return tenant;
    }

    String description() {
        return description;
    }
}
