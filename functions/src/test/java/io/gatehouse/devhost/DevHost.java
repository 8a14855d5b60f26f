package io.gatehouse.devhost;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * A local stand-in for the Azure Functions host, for HTTP triggers only, used because Core Tools cannot be
 * installed everywhere. It reads the packaged app directory ({@code target/azure-functions/<app>/}) for host.json
 * and every function.json, and serves those routes on 127.0.0.1, invoking the function classes found on the
 * context class loader. Only the metadata comes from the package, so tests exercise the deployed function.json.
 *
 * <pre>{@code
 * try (DevHost host = DevHost.start(Path.of("target/azure-functions/gatehouse"), 0)) {
 *     URI clients = host.baseUri().resolve("api/clients");
 * }
 * }</pre>
 *
 * Not served: function keys (every auth level is treated as anonymous), non-HTTP triggers (listed in
 * {@link #metadata()}, driven by other means), and bodies other than {@code HttpRequestMessage<Optional<String>>}.
 */
public final class DevHost implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DevHost.class.getName());

    private final HttpServer server;
    private final ExecutorService workers;
    private final FunctionAppMetadata metadata;

    private DevHost(HttpServer server, ExecutorService workers, FunctionAppMetadata metadata) {
        this.server = server;
        this.workers = workers;
        this.metadata = metadata;
    }

    /** Starts serving {@code appDir} on {@code port} (0 picks a free one) with {@link DevHostOptions#defaults()}. */
    public static DevHost start(Path appDir, int port) throws IOException {
        return start(appDir, port, DevHostOptions.defaults());
    }

    /**
     * @throws IllegalArgumentException when the metadata cannot be read or a route is not supported
     * @throws IllegalStateException    when an entry point cannot be loaded or its parameters cannot be bound
     * @throws IOException              when the port cannot be bound
     */
    public static DevHost start(Path appDir, int port, DevHostOptions options) throws IOException {
        FunctionAppMetadata metadata = FunctionAppMetadata.read(appDir);
        ClassLoader classLoader = functionClassLoader();
        Map<String, FunctionInvoker> invokers = new LinkedHashMap<>();
        for (HttpFunctionMetadata function : metadata.httpFunctions()) {
            invokers.put(function.functionName(), FunctionInvoker.forFunction(function, classLoader));
        }
        FunctionRequestHandler handler = new FunctionRequestHandler(
                RouteTable.of(metadata.httpFunctions()), invokers, options.maxRequestBodyBytes());

        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 0);
        ExecutorService workers = Executors.newFixedThreadPool(options.workerThreads(), workerThreads(classLoader));
        server.createContext("/", handler);
        server.setExecutor(workers);
        server.start();
        DevHost host = new DevHost(server, workers, metadata);
        LOG.info(host::describeRoutes);
        return host;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:<port>/}; resolve {@code "api/..."} against it. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port() + "/");
    }

    public FunctionAppMetadata metadata() {
        return metadata;
    }

    /** Stops accepting requests at once; requests still running are abandoned. */
    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    /** Like the list {@code func start} prints, so a developer sees what is being served. */
    private String describeRoutes() {
        return metadata.httpFunctions().stream()
                .map(function -> "  " + function.functionName() + ": " + function.methods() + " "
                        + baseUri() + function.template().text())
                .collect(Collectors.joining("\n", "Dev host serving " + metadata.appDir() + ":\n", ""));
    }

    private static ClassLoader functionClassLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : DevHost.class.getClassLoader();
    }

    /**
     * Daemon threads, so a forgotten host never keeps a JVM alive; each carries the function class loader as its
     * context loader, as the worker's invocation threads do, for libraries that look classes up through it.
     */
    private static ThreadFactory workerThreads(ClassLoader classLoader) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "devhost-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setContextClassLoader(classLoader);
            return thread;
        };
    }
}
