package io.gatehouse.testing;

import io.gatehouse.platform.DatabaseSettings;
import io.gatehouse.platform.Settings;
import io.gatehouse.tenancy.TenantTransactions;
import java.util.Map;

/** A database nobody listens on (port 1): every transaction fails, as in an outage. */
public final class UnreachableDatabase {

    private UnreachableDatabase() {}

    /** Transactions against it; close them when done. */
    public static TenantTransactions transactions() {
        return new TenantTransactions(
                DatabaseSettings.from(
                        Settings.of(
                                Map.of(
                                        "GATEHOUSE_DB_URL",
                                        "jdbc:postgresql://127.0.0.1:1/gatehouse",
                                        "GATEHOUSE_DB_USER",
                                        "gatehouse_runtime",
                                        "GATEHOUSE_DB_AUTH",
                                        "password",
                                        "GATEHOUSE_DB_PASSWORD",
                                        "not-used"))));
    }
}
