package io.gatehouse.devhost;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A local stand-in for the Azure Functions host, used because Core Tools cannot be installed
 * everywhere. It reads the packaged app directory ({@code target/azure-functions/<app>/}) for
 * host.json and every function.json, serves the HTTP routes on 127.0.0.1 and, when given app
 * settings, delivers Storage queue messages to the queue-triggered functions and fires the
 * timer-triggered ones on their schedules, invoking the function classes found on the context class
 * loader. Only the metadata comes from the package, so tests exercise the deployed function.json.
 *
 * <pre>{@code
 * try (DevHost host = DevHost.start(Path.of("target/azure-functions/gatehouse"), 0,
 *         DevHostOptions.defaults(), Map.of("AzureWebJobsStorage", azurite.connectionString()))) {
 *     URI clients = host.baseUri().resolve("api/clients");
 * }
 * }</pre>
 *
 * Not served: function keys (every auth level is treated as anonymous), triggers other than HTTP,
 * queue and timer (listed in {@link #metadata()}, driven by other means), and bodies other than
 * {@code HttpRequestMessage<Optional<String>>}. See the package documentation for the queue and
 * timer semantics.
 */
public final class DevHost implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DevHost.class.getName());

    private final DevHttpServer server;
    private final QueueListeners queueListeners;
    private final TimerListeners timerListeners;
    private final boolean delivering;
    private final FunctionAppMetadata metadata;
    private final FunctionInstances instances;
    private final AtomicBoolean closed = new AtomicBoolean();

    private DevHost(
            DevHttpServer server,
            QueueListeners queueListeners,
            TimerListeners timerListeners,
            boolean delivering,
            FunctionAppMetadata metadata,
            FunctionInstances instances) {
        this.server = server;
        this.queueListeners = queueListeners;
        this.timerListeners = timerListeners;
        this.delivering = delivering;
        this.metadata = metadata;
        this.instances = instances;
    }

    /**
     * Starts serving {@code appDir} on {@code port} (0 picks a free one) with {@link
     * DevHostOptions#defaults()}.
     */
    public static DevHost start(Path appDir, int port) throws IOException {
        return start(appDir, port, DevHostOptions.defaults());
    }

    /**
     * Serves HTTP triggers only: without app settings there is no storage connection, so
     * queue-triggered functions are listed in {@link #metadata()} and their messages stay in their
     * queues; timer-triggered functions are listed there too and not fired.
     *
     * @throws IllegalArgumentException when the metadata cannot be read or a route is not supported
     * @throws IllegalStateException when an entry point cannot be loaded or its parameters cannot
     *     be bound
     * @throws IOException when the port cannot be bound
     */
    public static DevHost start(Path appDir, int port, DevHostOptions options) throws IOException {
        return launch(appDir, port, options, null);
    }

    /**
     * Serves HTTP triggers, delivers queue messages to every queue-triggered function and fires
     * every timer-triggered function on its schedule.
     *
     * @param appSettings the app settings, as {@code local.settings.json}'s {@code Values} would
     *     hold them: at least the connection string for each queue trigger's {@code connection}
     *     (e.g. {@code AzureWebJobsStorage}), and any setting a {@code %name%} queue name or timer
     *     schedule refers to
     * @throws IllegalStateException also when a connection setting is missing, storage cannot be
     *     reached, or a timer schedule is not supported
     */
    public static DevHost start(
            Path appDir, int port, DevHostOptions options, Map<String, String> appSettings)
            throws IOException {
        return launch(
                appDir,
                port,
                options,
                new AppSettings(Objects.requireNonNull(appSettings, "appSettings")));
    }

    /**
     * @param appSettings {@code null} when queue messages are not to be delivered nor timers fired
     */
    private static DevHost launch(
            Path appDir, int port, DevHostOptions options, AppSettings appSettings)
            throws IOException {
        FunctionAppMetadata metadata = FunctionAppMetadata.read(appDir);
        ClassLoader classLoader = functionClassLoader();
        // once per host, as the worker loads the app's injection hook once per process
        FunctionInstances instances = FunctionInstances.load(classLoader);
        Map<String, FunctionInvoker<HttpInvocation>> invokers = new LinkedHashMap<>();
        for (HttpFunctionMetadata function : metadata.httpFunctions()) {
            invokers.put(
                    function.functionName(), FunctionInvoker.forHttpFunction(function, instances));
        }
        HttpLayerErrors protocolErrors = new HttpLayerErrors(options.maxRequestHeaderBytes());
        FunctionRequestHandler handler =
                new FunctionRequestHandler(
                        RouteTable.of(metadata.httpFunctions()),
                        invokers,
                        options.maxRequestBodyBytes(),
                        protocolErrors);
        QueueListeners queueListeners =
                appSettings == null
                        ? QueueListeners.none()
                        : QueueListeners.create(
                                metadata, appSettings, instances, options.shutdownGracePeriod());
        TimerListeners timerListeners =
                appSettings == null
                        ? TimerListeners.none()
                        : TimerListeners.create(
                                metadata, appSettings, instances, options.shutdownGracePeriod());

        DevHttpServer server =
                DevHttpServer.start(port, options, handler, protocolErrors, classLoader);
        DevHost host =
                new DevHost(
                        server,
                        queueListeners,
                        timerListeners,
                        appSettings != null,
                        metadata,
                        instances);
        try {
            queueListeners.start();
        } catch (RuntimeException e) {
            host.close();
            throw new IllegalStateException(
                    "the dev host could not start its queue listeners: " + e.getMessage(), e);
        }
        timerListeners.start();
        LOG.info(host::describeFunctions);
        return host;
    }

    public int port() {
        return server.port();
    }

    /** {@code http://127.0.0.1:<port>/}; resolve {@code "api/..."} against it. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port() + "/");
    }

    public FunctionAppMetadata metadata() {
        return metadata;
    }

    /**
     * Stops the timers first, then the queue listeners, each giving its running functions the
     * shutdown grace period (messages of queue functions still running are released, not lost;
     * timer functions still running are interrupted), then stops accepting requests; requests still
     * running are abandoned.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            timerListeners.close();
            queueListeners.close();
        } finally {
            server.close();
        }
    }

    /** Like the list {@code func start} prints, so a developer sees what is being served. */
    private String describeFunctions() {
        Stream<String> routes =
                metadata.httpFunctions().stream()
                        .map(
                                function ->
                                        "  "
                                                + function.functionName()
                                                + ": "
                                                + function.methods()
                                                + " "
                                                + baseUri()
                                                + function.template().text());
        Stream<String> queues =
                delivering
                        ? queueListeners.describe().map(line -> "  " + line)
                        : metadata.queueFunctions().stream()
                                .map(
                                        function ->
                                                "  "
                                                        + function.functionName()
                                                        + ": queueTrigger "
                                                        + function.queueName()
                                                        + " (not delivered: started without app settings)");
        Stream<String> timers =
                delivering
                        ? timerListeners.describe().map(line -> "  " + line)
                        : metadata.timerFunctions().stream()
                                .map(
                                        function ->
                                                "  "
                                                        + function.functionName()
                                                        + ": timerTrigger "
                                                        + function.schedule()
                                                        + " (not fired: started without app settings)");
        String instancesFrom =
                instances
                        .injector()
                        .map(injector -> "function instances from " + injector.getClass().getName())
                        .orElse(
                                "function instances: a new one per call (no FunctionInstanceInjector registered)");
        return Stream.of(routes, queues, timers)
                .flatMap(lines -> lines)
                .collect(
                        Collectors.joining(
                                "\n",
                                "Dev host serving "
                                        + metadata.appDir()
                                        + " ("
                                        + instancesFrom
                                        + "):\n",
                                ""));
    }

    private static ClassLoader functionClassLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : DevHost.class.getClassLoader();
    }
}
