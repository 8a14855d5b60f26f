package io.gatehouse.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The Azure Storage emulator's queue service, on loopback. Installed from npm on first use into a
 * per-user cache, pinned to a version that runs on Node 20.
 */
public final class AzuriteServer implements AutoCloseable {

    /** The newest Azurite that runs on Node 20 (later ones need Node 21 or newer). */
    public static final String VERSION = "3.35.0";

    /**
     * Azurite's published, well-known development account and key (Microsoft's docs): not secrets.
     */
    static final String DEVELOPMENT_ACCOUNT = "devstoreaccount1";

    private static final String DEVELOPMENT_KEY =
            "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private final int queuePort;
    private final ManagedProcess process;

    private AzuriteServer(int queuePort, ManagedProcess process) {
        this.queuePort = queuePort;
        this.process = process;
    }

    public static AzuriteServer start(String version, int queuePort, Path logDir, Path dataDir)
            throws IOException, InterruptedException {
        Path launcher = install(version).resolve("node_modules/.bin/azurite-queue");
        List<String> command =
                List.of(
                        launcher.toString(),
                        "--queueHost",
                        "127.0.0.1",
                        "--queuePort",
                        Integer.toString(queuePort),
                        "--location",
                        dataDir.toString(),
                        "--skipApiVersionCheck",
                        "--silent");
        ManagedProcess process =
                ManagedProcess.start(
                        "Azurite", command, Map.of(), dataDir, logDir.resolve("azurite.log"));
        try {
            process.awaitReady(() -> ManagedProcess.listens(queuePort), Duration.ofSeconds(60));
        } catch (RuntimeException e) {
            process.close();
            throw e;
        }
        return new AzuriteServer(queuePort, process);
    }

    /** The queue endpoint, as a Functions connection-string fragment and for clients. */
    public String queueEndpoint() {
        return endpointOn(queuePort);
    }

    /**
     * The AzureWebJobsStorage value for this emulator, with its queue endpoint on the chosen port.
     */
    public String connectionString() {
        return connectionStringFor(queuePort);
    }

    /**
     * The emulator's connection string for a port: tests point it at a closed port to play an
     * outage.
     */
    public static String connectionStringFor(int port) {
        return "DefaultEndpointsProtocol=http;AccountName="
                + DEVELOPMENT_ACCOUNT
                + ";AccountKey="
                + DEVELOPMENT_KEY
                + ";QueueEndpoint="
                + endpointOn(port)
                + ";";
    }

    private static String endpointOn(int port) {
        return "http://127.0.0.1:" + port + "/" + DEVELOPMENT_ACCOUNT;
    }

    private static Path install(String version) throws IOException, InterruptedException {
        Path home =
                Path.of(
                        System.getProperty("user.home"),
                        ".cache",
                        "gatehouse",
                        "azurite-" + version);
        if (Files.isExecutable(home.resolve("node_modules/.bin/azurite-queue"))) {
            return home;
        }
        Files.createDirectories(home);
        Process npm =
                new ProcessBuilder(
                                "npm",
                                "install",
                                "--no-audit",
                                "--no-fund",
                                "--prefix",
                                home.toString(),
                                "azurite@" + version)
                        .redirectErrorStream(true)
                        .redirectOutput(home.resolve("npm-install.log").toFile())
                        .start();
        if (npm.waitFor() != 0) {
            throw new IllegalStateException(
                    "npm install azurite@"
                            + version
                            + " failed; see "
                            + home.resolve("npm-install.log"));
        }
        return home;
    }

    @Override
    public void close() {
        process.close();
    }
}
