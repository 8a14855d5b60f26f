package io.gatehouse.security;

import java.io.IOException;
import java.net.URI;

/** Fetches a small JSON document. The seam that lets key fetching be tested without sockets. */
@FunctionalInterface
interface HttpFetch {

    /**
     * @return the body of a 200 response
     * @throws IOException on any transport failure, other status, timeout or oversized body
     */
    String get(URI uri) throws IOException;
}
