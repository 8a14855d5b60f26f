package io.gatehouse.testing;

import io.gatehouse.security.OidcSettings;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * A stand-in for Keycloak's realm "test", served over real HTTP on 127.0.0.1 (ephemeral port) by
 * Jetty, the dev host's HTTP server too, for tests that verify tokens end to end:
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

    private final Server server;
    private final TestRealm realm;
    private final AtomicInteger jwksFetches = new AtomicInteger();

    /** Starts serving at once; tokens are issued "now" by the system clock. */
    public TestIdentityProvider() {
        this(Clock.systemUTC());
    }

    /** Starts serving at once; tokens take their {@code iat} from {@code clock}. */
    public TestIdentityProvider(Clock clock) {
        // A few threads suffice: a verifier fetches two small documents, now and then.
        server = new Server(new QueuedThreadPool(8, 2));
        ServerConnector connector = new ServerConnector(server, 1, 1);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        Documents documents = new Documents();
        server.setHandler(documents);
        try {
            server.start();
        } catch (Exception e) {
            close();
            throw new IllegalStateException("cannot start the test identity provider", e);
        }
        // The issuer names the port, which is known only once the server listens.
        realm = new TestRealm("http://127.0.0.1:" + connector.getLocalPort() + REALM_PATH, clock);
        documents.routes =
                Map.of(
                        realm.discoveryUri().getPath(), new Document(realm::discoveryJson, null),
                        realm.jwksUri().getPath(), new Document(realm::jwksJson, jwksFetches));
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
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the test identity provider did not stop", e);
        }
    }

    private record Document(Supplier<String> json, AtomicInteger fetches) {}

    /** Answers GET on the exact path of a document, 404 or 405 to anything else. */
    private static final class Documents extends Handler.Abstract.NonBlocking {

        private volatile Map<String, Document> routes = Map.of();

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            Document document = routes.get(request.getHttpURI().getPath());
            if (document == null) {
                response.setStatus(404);
                callback.succeeded();
            } else if (!HttpMethod.GET.is(request.getMethod())) {
                response.setStatus(405);
                callback.succeeded();
            } else {
                if (document.fetches() != null) {
                    document.fetches().incrementAndGet();
                }
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
                Content.Sink.write(response, true, document.json().get(), callback);
            }
            return true;
        }
    }
}
