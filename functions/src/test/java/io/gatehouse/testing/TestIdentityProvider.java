package io.gatehouse.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.gatehouse.security.OidcSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A stand-in for Keycloak's realm "test", served over real HTTP on 127.0.0.1 (ephemeral port) by
 * the JDK's HttpServer, for tests that verify tokens end to end:
 *
 * <ul>
 *   <li>{@code GET /realms/test/.well-known/openid-configuration}, the discovery document;
 *   <li>{@code GET /realms/test/protocol/openid-connect/certs}, the JWKS (a {@code use: sig} key
 *       and, like Keycloak, a {@code use: enc} RSA-OAEP key).
 * </ul>
 *
 * Keys are generated at construction and live only in memory.
 *
 * <pre>{@code
 * try (TestIdentityProvider idp = new TestIdentityProvider()) {
 *     TokenVerifier verifier = JwtVerifier.forIssuer(idp.oidcSettings(), Clock.systemUTC());
 *     Principal alice = verifier.verify(idp.token().subject("alice").roles("customer_admin").sign());
 * }
 * }</pre>
 */
public final class TestIdentityProvider implements AutoCloseable {

    private static final String REALM_PATH = "/realms/test";

    private final HttpServer server;
    private final TestRealm realm;
    private final AtomicInteger jwksFetches = new AtomicInteger();

    /** Starts serving at once; tokens are issued "now" by the system clock. */
    public TestIdentityProvider() {
        this(Clock.systemUTC());
    }

    /** Starts serving at once; tokens take their {@code iat} from {@code clock}. */
    public TestIdentityProvider(Clock clock) {
        try {
            server =
                    HttpServer.create(
                            new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the test identity provider", e);
        }
        realm =
                new TestRealm(
                        "http://127.0.0.1:" + server.getAddress().getPort() + REALM_PATH, clock);
        serve(realm.discoveryUri().getPath(), realm::discoveryJson, null);
        serve(realm.jwksUri().getPath(), realm::jwksJson, jwksFetches);
        server.start();
    }

    /** {@code http://127.0.0.1:<port>/realms/test}: the {@code iss} of its tokens. */
    public String issuer() {
        return realm.issuer();
    }

    /**
     * Strict settings for this provider: its issuer, audience {@value TestRealm#AUDIENCE},
     * defaults.
     */
    public OidcSettings oidcSettings() {
        return realm.oidcSettings();
    }

    /** A builder for one token; see {@link TokenBuilder} for its defaults. */
    public TokenBuilder token() {
        return realm.token();
    }

    /** How many times the JWKS has been served, to check caching and the refetch rate limit. */
    public int jwksFetchCount() {
        return jwksFetches.get();
    }

    /** Publishes a new signing key (keeping the old ones) and signs new tokens with it. */
    public void rotateSigningKey() {
        realm.rotateSigningKey();
    }

    /** The realm behind the server: documents and keys, for tests that need more than the above. */
    public TestRealm realm() {
        return realm;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void serve(String path, Supplier<String> document, AtomicInteger counter) {
        server.createContext(
                path,
                exchange -> {
                    try (exchange) {
                        // Contexts match by prefix; answer only the exact path, and only GET.
                        if (!exchange.getRequestURI().getPath().equals(path)) {
                            exchange.sendResponseHeaders(404, -1);
                        } else if (!exchange.getRequestMethod().equals("GET")) {
                            exchange.sendResponseHeaders(405, -1);
                        } else {
                            if (counter != null) {
                                counter.incrementAndGet();
                            }
                            sendJson(exchange, document.get());
                        }
                    }
                });
    }

    private static void sendJson(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
