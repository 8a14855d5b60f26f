package io.gatehouse.devhost;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.eclipse.jetty.server.Request;

/**
 * Reads a request body, refusing one larger than the host's limit before any function sees it. A
 * declared Content-Length over the limit is refused without reading; a chunked body is read only up
 * to one byte past it. Jetty has already refused a Content-Length that is not a number, so a
 * declared length here is a valid one.
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

    /**
     * @return the body, or empty when the request carried none
     * @throws IOException also when the body cannot be read as framed (a broken chunk, the client
     *     went quiet); its cause says which
     */
    Optional<byte[]> read(Request request) throws IOException {
        if (request.getLength() > maxBytes) {
            throw new BodyTooLargeException(maxBytes);
        }
        // Not closed: the stream belongs to the request, and Jetty deals with whatever is left
        // unread when the
        // exchange completes (closing the connection rather than reading an oversized body to its
        // end).
        InputStream in = Request.asInputStream(request);
        byte[] body = in.readNBytes(maxBytes + 1);
        if (body.length > maxBytes) {
            throw new BodyTooLargeException(maxBytes);
        }
        return body.length == 0 ? Optional.empty() : Optional.of(body);
    }
}
