package io.gatehouse.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real HTTP fetch: only a 200 counts, redirects are not followed, huge bodies are refused. */
class JdkHttpFetchTest {

    private static HttpServer server;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext(
                "/ok",
                exchange ->
                        respond(exchange, 200, "{\"keys\":[]}".getBytes(StandardCharsets.UTF_8)));
        server.createContext(
                "/huge",
                exchange -> respond(exchange, 200, new byte[JdkHttpFetch.MAX_BODY_BYTES + 1]));
        server.createContext(
                "/moved",
                exchange -> {
                    exchange.getResponseHeaders().set("Location", base + "/ok");
                    respond(exchange, 302, new byte[0]);
                });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void returnsTheBodyOfA200() throws IOException {
        assertThat(fetch(base + "/ok")).isEqualTo("{\"keys\":[]}");
    }

    @Test
    void refusesOtherStatuses() {
        assertThatThrownBy(() -> fetch(base + "/missing")).hasMessageContaining("HTTP 404");
    }

    @Test
    void neverFollowsARedirect() {
        assertThatThrownBy(() -> fetch(base + "/moved")).hasMessageContaining("HTTP 302");
    }

    @Test
    void refusesAnOversizedBody() {
        assertThatThrownBy(() -> fetch(base + "/huge")).hasMessageContaining("larger than");
    }

    @Test
    void aClosedPortIsAnIoException() throws IOException {
        int port;
        try (var probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = probe.getLocalPort();
        }
        assertThatThrownBy(() -> fetch("http://127.0.0.1:" + port + "/ok"))
                .isInstanceOf(IOException.class);
    }

    private static String fetch(String url) throws IOException {
        return new JdkHttpFetch().retrieveResource(URI.create(url).toURL()).getContent();
    }

    private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        try (exchange) {
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
