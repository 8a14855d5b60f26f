package io.gatehouse.security;

import io.gatehouse.testing.TestRealm;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/** An in-memory {@link HttpFetch}: serves documents by URI, records every request, can go down. */
final class FakeFetch implements HttpFetch {

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
    public String get(URI uri) throws IOException {
        requests.add(uri);
        if (down) {
            throw new IOException("connection refused (test)");
        }
        Supplier<String> document = documents.get(uri);
        if (document == null) {
            throw new IOException("HTTP 404 from " + uri);
        }
        return document.get();
    }
}
