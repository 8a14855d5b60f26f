package io.gatehouse.security;

import com.nimbusds.jose.util.Resource;
import com.nimbusds.jose.util.ResourceRetriever;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Nimbus's {@link ResourceRetriever} over the JDK client, because Nimbus's own retriever bounds
 * each read rather than the whole response and follows redirects. Timeouts are short because a
 * fetch can sit on a request's path (first request, or a token signed with a new key); redirects
 * are not followed, so the configured host is the only one keys ever come from.
 */
final class JdkHttpFetch implements ResourceRetriever {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    static final Duration TOTAL_TIMEOUT = Duration.ofSeconds(5);

    /** A JWKS with a handful of keys is a few KiB; anything near this is not a key set. */
    static final int MAX_BODY_BYTES = 512 * 1024;

    private final HttpClient client =
            HttpClient.newBuilder()
                    .connectTimeout(CONNECT_TIMEOUT)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();

    /**
     * @throws IOException on any transport failure, status other than 200, timeout or oversized
     *     body
     */
    @Override
    public Resource retrieveResource(URL url) throws IOException {
        URI uri = toUri(url);
        HttpRequest request =
                HttpRequest.newBuilder(uri)
                        .timeout(TOTAL_TIMEOUT)
                        .header("Accept", "application/json")
                        .GET()
                        .build();
        CompletableFuture<HttpResponse<byte[]>> pending =
                client.sendAsync(request, this::boundedBody);
        HttpResponse<byte[]> response;
        try {
            // The request timeout stops at the response headers; this bounds the body as well.
            response = pending.get(TOTAL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new HttpTimeoutException(
                    "no complete response within " + TOTAL_TIMEOUT + " from " + uri);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while fetching " + uri);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io
                    ? io
                    : new IOException("fetch failed: " + uri, e.getCause());
        }
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + " from " + uri);
        }
        byte[] body = response.body();
        if (body == null || body.length > MAX_BODY_BYTES) {
            throw new IOException("response larger than " + MAX_BODY_BYTES + " bytes from " + uri);
        }
        return new Resource(
                new String(body, StandardCharsets.UTF_8),
                response.headers().firstValue("Content-Type").orElse(null));
    }

    private static URI toUri(URL url) throws IOException {
        try {
            return url.toURI();
        } catch (URISyntaxException e) {
            throw new IOException("not a valid URL: " + url, e);
        }
    }

    // Never buffers the body of a failed response, nor one that announces itself as too large
    // (null marks the latter).
    private HttpResponse.BodySubscriber<byte[]> boundedBody(HttpResponse.ResponseInfo info) {
        if (info.statusCode() != 200) {
            return BodySubscribers.replacing(new byte[0]);
        }
        long announced = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        return announced > MAX_BODY_BYTES
                ? BodySubscribers.replacing(null)
                : BodySubscribers.ofByteArray();
    }
}
