package io.gatehouse.devhost;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads a request body, refusing one larger than the host's limit before any function sees it. A declared
 * Content-Length over the limit is refused without reading; a chunked body is read only up to one byte past it.
 */
final class RequestBodyReader {

    /** The body exceeded the limit; the host answers 413. */
    static final class BodyTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        BodyTooLargeException(long limit) {
            super("request body exceeds " + limit + " bytes");
        }
    }

    private final int maxBytes;

    RequestBodyReader(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** @return the body, or empty when the request carried none */
    Optional<byte[]> read(HttpExchange exchange) throws IOException {
        String declaredLength = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declaredLength != null && parseLength(declaredLength) > maxBytes) {
            throw new BodyTooLargeException(maxBytes);
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(maxBytes + 1);
            if (body.length > maxBytes) {
                throw new BodyTooLargeException(maxBytes);
            }
            return body.length == 0 ? Optional.empty() : Optional.of(body);
        }
    }

    private static long parseLength(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1; // let the server's own framing decide; reading stays bounded either way
        }
    }
}
