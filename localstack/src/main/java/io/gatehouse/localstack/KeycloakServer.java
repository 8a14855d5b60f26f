package io.gatehouse.localstack;

import io.gatehouse.testing.ManagedProcess;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The real Keycloak (the Quarkus distribution from Maven Central), in development mode on loopback,
 * with an in-memory database and the project's realm imported at start: every start is a clean
 * realm, and nothing it holds outlives the stack.
 */
final class KeycloakServer implements AutoCloseable {

    static final String REALM = "gatehouse";
    static final String ADMIN_USER = "admin";

    private final int port;
    private final String adminPassword;
    private final ManagedProcess process;

    private KeycloakServer(int port, String adminPassword, ManagedProcess process) {
        this.port = port;
        this.adminPassword = adminPassword;
        this.process = process;
    }

    static KeycloakServer start(
            Path home,
            Path realmFile,
            int port,
            int managementPort,
            String javaHome,
            String adminPassword,
            Path logDir)
            throws IOException {
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException(
                    "no Keycloak at " + home + "; mvn package unpacks it there");
        }
        Path imports = Files.createDirectories(home.resolve("data/import"));
        Files.copy(
                realmFile,
                imports.resolve(REALM + "-realm.json"),
                StandardCopyOption.REPLACE_EXISTING);
        List<String> command =
                List.of(
                        home.resolve("bin/kc.sh").toString(),
                        "start-dev",
                        "--db=dev-mem",
                        "--import-realm",
                        "--http-host=127.0.0.1",
                        "--http-port=" + port,
                        "--http-management-port=" + managementPort,
                        "--hostname-strict=false");
        Map<String, String> environment =
                Map.of(
                        "JAVA_HOME", javaHome,
                        "KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER,
                        "KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        ManagedProcess process =
                ManagedProcess.start(
                        "Keycloak", command, environment, home, logDir.resolve("keycloak.log"));
        KeycloakServer server = new KeycloakServer(port, adminPassword, process);
        try {
            process.awaitReady(
                    () -> ManagedProcess.answers200(server.discoveryUri()), Duration.ofMinutes(4));
        } catch (RuntimeException e) {
            process.close();
            throw e;
        }
        return server;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    String issuer() {
        return baseUrl() + "/realms/" + REALM;
    }

    String adminPassword() {
        return adminPassword;
    }

    URI tokenEndpoint() {
        return URI.create(issuer() + "/protocol/openid-connect/token");
    }

    private URI discoveryUri() {
        return URI.create(issuer() + "/.well-known/openid-configuration");
    }

    @Override
    public void close() {
        process.close();
    }
}
