package io.gatehouse.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * The one rule for every URL Gatehouse fetches keys from: https, or plain http to this machine
 * only. Keys fetched over plain http from another host could be swapped by anyone on the path,
 * which would let them mint tokens; a local Keycloak on 127.0.0.1 is the only reason to allow it.
 */
final class HttpUrls {

    private static final Set<String> LOOPBACK_HOSTS =
            Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private HttpUrls() {}

    /**
     * @throws IllegalArgumentException naming {@code what}, never echoing more than the URL
     */
    static URI requireKeySourceUrl(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(what + " is not a valid URL: " + value);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute()
                || uri.getHost() == null
                || uri.getRawUserInfo() != null
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw new IllegalArgumentException(
                    what
                            + " must be an absolute URL with a host and no "
                            + "user info, query or fragment: "
                            + value);
        }
        if (scheme.equals("https")) {
            return uri;
        }
        if (scheme.equals("http") && isLoopback(uri)) {
            return uri;
        }
        throw new IllegalArgumentException(
                what + " must use https (plain http only for a loopback host): " + value);
    }

    static boolean isHttps(URI uri) {
        return "https".equalsIgnoreCase(uri.getScheme());
    }

    private static boolean isLoopback(URI uri) {
        return LOOPBACK_HOSTS.contains(uri.getHost().toLowerCase(Locale.ROOT));
    }
}
