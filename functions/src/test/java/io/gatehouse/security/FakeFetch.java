package io.gatehouse.security;

import com.nimbusds.jose.util.Resource;
import com.nimbusds.jose.util.ResourceRetriever;
import io.gatehouse.testing.TestRealm;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * An in-memory {@link ResourceRetriever}: serves documents by URI, records every request, can go
 * down.
 */
final class FakeFetch implements ResourceRetriever {

    private final Map<URI, Supplier<String>> documents = new ConcurrentHashMap<>();
    private final List<URI> requests = new CopyOnWriteArrayList<>();
    private volatile boolean down;

    /** Serves the realm's discovery document and JWKS, as its IdP would. */
    static FakeFetch servingRealm(TestRealm realm) {
        FakeFetch fetch = new FakeFetch();
        fetch.serve(realm.discoveryUri(), realm::discoveryJson);
        fetch.serve(realm.jwksUri(), realm::jwksJson);
        return fetch;
    }

    void serve(URI uri, Supplier<String> document) {
        documents.put(uri, document);
    }

    void down(boolean down) {
        this.down = down;
    }

    int count(URI uri) {
        return (int) requests.stream().filter(uri::equals).count();
    }

    List<URI> requests() {
        return List.copyOf(requests);
    }

    @Override
    public Resource retrieveResource(URL url) throws IOException {
        URI uri = toUri(url);
        requests.add(uri);
        if (down) {
            throw new IOException("connection refused (test)");
        }
        Supplier<String> document = documents.get(uri);
        if (document == null) {
            throw new IOException("HTTP 404 from " + uri);
        }
        return new Resource(document.get(), "application/json");
    }

    private static URI toUri(URL url) {
        try {
            return url.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
