package io.gatehouse.platform;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies sql/ with Flyway. Run by the migration identity only (the deploy pipeline, the local
 * stack, tests), never by the function app: the runtime login cannot create or alter anything.
 */
public final class Migrations {

    /** Flyway's own history lives apart from the app's schemas, owned by the migration identity. */
    static final String HISTORY_SCHEMA = "flyway";

    private Migrations() {}

    /**
     * @param migrationIdentity a data source logged in as the migration identity
     * @param localRuntimeLogin the password login to create for local runs, or "" on Azure, where
     *     the managed identity is created by the deploy pipeline instead
     */
    public static MigrateResult apply(DataSource migrationIdentity, String localRuntimeLogin) {
        if (!localRuntimeLogin.isEmpty() && !localRuntimeLogin.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new ConfigurationException("runtime login must be a plain lower-case identifier");
        }
        Flyway flyway =
                Flyway.configure()
                        .dataSource(migrationIdentity)
                        .locations("classpath:db/migration")
                        .schemas(HISTORY_SCHEMA)
                        .placeholders(java.util.Map.of("runtime_login", localRuntimeLogin))
                        .validateMigrationNaming(true)
                        .load();
        return flyway.migrate();
    }
}
