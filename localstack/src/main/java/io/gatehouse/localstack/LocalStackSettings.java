package io.gatehouse.localstack;

import io.gatehouse.platform.Settings;
import io.gatehouse.testing.AzuriteServer;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the local stack starts, and where. Every port can be set; a service the developer already
 * runs replaces the one the stack would start when its setting is given: {@code
 * GATEHOUSE_OIDC_ISSUER} (with {@code GATEHOUSE_OIDC_AUDIENCE}) instead of Keycloak, {@code
 * GATEHOUSE_DB_URL} (and the other GATEHOUSE_DB_ settings, migrated beforehand) instead of the
 * embedded PostgreSQL, {@code AzureWebJobsStorage} instead of Azurite.
 */
record LocalStackSettings(
        int httpPort,
        int keycloakPort,
        int keycloakManagementPort,
        int azuriteQueuePort,
        int postgresPort,
        Path functionAppDir,
        Path keycloakHome,
        Path realmFile,
        String azuriteVersion,
        Path workDir,
        Settings external) {

    // Children run in their own directories, so every path is made absolute here.
    LocalStackSettings {
        functionAppDir = functionAppDir.toAbsolutePath();
        keycloakHome = keycloakHome.toAbsolutePath();
        realmFile = realmFile.toAbsolutePath();
        workDir = workDir.toAbsolutePath();
    }

    static LocalStackSettings from(Settings settings) {
        // Paths from the repository root, where ./gatehouse run starts: the packaged app is the
        // functions module's build, Keycloak is unpacked into this module's.
        String buildDir = settings.orDefault("GATEHOUSE_LOCAL_BUILD_DIR", "target");
        Path functionsBuild = Path.of("functions", buildDir);
        Path target = Path.of("localstack", buildDir);
        return new LocalStackSettings(
                settings.intOrDefault("GATEHOUSE_LOCAL_HTTP_PORT", 7071),
                settings.intOrDefault("GATEHOUSE_LOCAL_KEYCLOAK_PORT", 8180),
                settings.intOrDefault("GATEHOUSE_LOCAL_KEYCLOAK_MANAGEMENT_PORT", 9180),
                settings.intOrDefault("GATEHOUSE_LOCAL_AZURITE_QUEUE_PORT", 10001),
                settings.intOrDefault("GATEHOUSE_LOCAL_POSTGRES_PORT", 0),
                Path.of(
                        property(
                                "gatehouse.functionAppDir",
                                functionsBuild.resolve("azure-functions/gatehouse").toString())),
                Path.of(
                        property(
                                "gatehouse.keycloakHome",
                                target.resolve("keycloak/keycloak-26.4.0").toString())),
                Path.of(property("gatehouse.realmFile", "infra/keycloak/gatehouse-realm.json")),
                property("gatehouse.azuriteVersion", AzuriteServer.VERSION),
                target.resolve("local-stack"),
                settings);
    }

    Optional<String> externalIssuer() {
        return external.optional("GATEHOUSE_OIDC_ISSUER");
    }

    Optional<String> externalDatabase() {
        return external.optional("GATEHOUSE_DB_URL");
    }

    Optional<String> externalStorage() {
        return external.optional("AzureWebJobsStorage");
    }

    LocalStackSettings withPorts(int http, int keycloak, int keycloakManagement, int azuriteQueue) {
        return new LocalStackSettings(
                http,
                keycloak,
                keycloakManagement,
                azuriteQueue,
                postgresPort,
                functionAppDir,
                keycloakHome,
                realmFile,
                azuriteVersion,
                workDir,
                external);
    }

    private static String property(String name, String fallback) {
        return System.getProperty(name, fallback);
    }
}
