package io.gatehouse.devhost;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The dev host's HTTP layer: Jetty's core server (no servlets) on 127.0.0.1, HTTP/1.1 and 1.0 only,
 * with every limit set here rather than left to a library default, and {@link HttpLayerErrors}
 * answering whatever Jetty refuses itself. Jetty rather than the JDK's HttpServer, which answers
 * its own parse errors with an HTML page that no handler can replace.
 */
final class DevHttpServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DevHttpServer.class.getName());

    /**
     * One thread accepts connections and one selects on them; the rest of the pool serves requests.
     */
    private static final int ACCEPTORS = 1;

    private static final int SELECTORS = 1;
    private static final int IDLE_THREAD_MILLIS = 60_000;

    /**
     * Jetty refuses paths it calls ambiguous (an encoded slash or dot segment, an empty segment)
     * because a servlet container would decode them before matching. The dev host matches the path
     * still encoded, segment by segment ({@link RouteTemplate}), so {@code a%2Fb} stays one route
     * value, as before; what is malformed (bad percent-encoding or UTF-8, illegal characters, a
     * fragment, user info) is still refused.
     */
    private static final UriCompliance ROUTED_AS_ENCODED =
            UriCompliance.DEFAULT.with(
                    "DEV_HOST",
                    UriCompliance.AMBIGUOUS_VIOLATIONS.toArray(UriCompliance.Violation[]::new));

    private final Server server;
    private final ServerConnector connector;

    private DevHttpServer(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    /**
     * @param port 0 picks a free one
     * @param classLoader the context class loader of the request threads, as the worker's
     *     invocation threads have
     * @throws IOException when the port cannot be bound
     */
    static DevHttpServer start(
            int port,
            DevHostOptions options,
            Handler functions,
            HttpLayerErrors errors,
            ClassLoader classLoader)
            throws IOException {
        int connectorThreads = ACCEPTORS + SELECTORS;
        QueuedThreadPool threads =
                new QueuedThreadPool(
                        options.workerThreads() + connectorThreads,
                        connectorThreads + 1,
                        IDLE_THREAD_MILLIS,
                        0,
                        null,
                        null,
                        DaemonThreads.named("devhost-http", classLoader));
        threads.setName("devhost-http");

        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setRequestHeaderSize(options.maxRequestHeaderBytes());
        http.setHttpCompliance(HttpCompliance.RFC9110);
        http.setUriCompliance(ROUTED_AS_ENCODED);

        Server server = new Server(threads);
        ServerConnector connector =
                new ServerConnector(server, ACCEPTORS, SELECTORS, new HttpConnectionFactory(http));
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        connector.setIdleTimeout(options.idleTimeout().toMillis());
        server.addConnector(connector);
        server.setHandler(functions);
        server.setErrorHandler(errors);
        try {
            server.start();
        } catch (IOException e) {
            stopQuietly(server);
            throw e;
        } catch (Exception e) {
            stopQuietly(server);
            throw new IllegalStateException(
                    "the dev host's HTTP server did not start: " + e.getMessage(), e);
        }
        return new DevHttpServer(server, connector);
    }

    int port() {
        return connector.getLocalPort();
    }

    /**
     * Stops accepting connections and closes the open ones; requests still running are abandoned.
     */
    @Override
    public void close() {
        stopQuietly(server);
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "the dev host's HTTP server did not stop cleanly", e);
        }
    }
}
