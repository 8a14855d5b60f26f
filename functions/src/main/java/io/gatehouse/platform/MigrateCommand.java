package io.gatehouse.platform;

import org.flywaydb.core.api.output.MigrateResult;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Applies the migrations from the command line, as the migration identity: what the deploy pipeline
 * runs (with an Entra token as the password), and what a developer with their own PostgreSQL runs
 * before {@code func start}. The function app never calls this.
 *
 * <p>Settings: {@code GATEHOUSE_MIGRATION_DB_URL}, {@code GATEHOUSE_MIGRATION_DB_USER}, {@code
 * GATEHOUSE_MIGRATION_DB_PASSWORD} (optional), {@code GATEHOUSE_LOCAL_RUNTIME_LOGIN} (optional; a
 * password login in gatehouse_app to create for local runs, never on Azure).
 */
public final class MigrateCommand {

    private MigrateCommand() {}

    public static void main(String[] args) {
        MigrateResult result = run(Settings.fromEnvironment());
        System.out.println(
                "Applied "
                        + result.migrationsExecuted
                        + " migration(s); schema now at version "
                        + (result.targetSchemaVersion == null
                                ? "unchanged"
                                : result.targetSchemaVersion)
                        + ".");
    }

    static MigrateResult run(Settings settings) {
        PGSimpleDataSource migrationIdentity = new PGSimpleDataSource();
        migrationIdentity.setUrl(settings.required("GATEHOUSE_MIGRATION_DB_URL"));
        migrationIdentity.setUser(settings.required("GATEHOUSE_MIGRATION_DB_USER"));
        settings.optional("GATEHOUSE_MIGRATION_DB_PASSWORD")
                .ifPresent(migrationIdentity::setPassword);
        return Migrations.apply(
                migrationIdentity, settings.orDefault("GATEHOUSE_LOCAL_RUNTIME_LOGIN", ""));
    }
}
