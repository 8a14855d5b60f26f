package io.gatehouse.devhost;

import java.time.Duration;

/**
 * How a {@link DevHost} behaves beyond the app's own metadata.
 *
 * @param maxRequestBodyBytes larger request bodies are refused with 413 before any function runs
 * @param maxRequestHeaderBytes the request line and headers together; a longer request line is
 *     refused with 414, longer headers with 431
 * @param workerThreads requests served at once; tests send concurrent requests, so more than one
 * @param idleTimeout a connection that sends nothing for this long is closed (408 when a request
 *     was being read)
 * @param shutdownGracePeriod how long closing the host lets running queue-triggered functions
 *     finish; messages of those still running then are released to their queue and the functions
 *     interrupted
 */
public record DevHostOptions(
        int maxRequestBodyBytes,
        int maxRequestHeaderBytes,
        int workerThreads,
        Duration idleTimeout,
        Duration shutdownGracePeriod) {

    /**
     * The app refuses bodies over 256 Ki characters ({@code RequestBodies.MAX_BODY_CHARS}); in
     * UTF-8 that is at most three bytes each. So the dev host never refuses a body the app would
     * take, and what it refuses the app would refuse too.
     */
    public static final int DEFAULT_MAX_REQUEST_BODY_BYTES = 3 * 256 * 1024;

    /**
     * Kestrel's default total, the server the Functions host runs on: room for large bearer tokens.
     */
    public static final int DEFAULT_MAX_REQUEST_HEADER_BYTES = 32 * 1024;

    public static final int DEFAULT_WORKER_THREADS = 16;
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_SHUTDOWN_GRACE_PERIOD = Duration.ofSeconds(10);

    public DevHostOptions {
        if (maxRequestBodyBytes < 0 || maxRequestBodyBytes == Integer.MAX_VALUE) {
            throw new IllegalArgumentException(
                    "maxRequestBodyBytes out of range: " + maxRequestBodyBytes);
        }
        if (maxRequestHeaderBytes < 1024) {
            throw new IllegalArgumentException(
                    "maxRequestHeaderBytes must be at least 1024: " + maxRequestHeaderBytes);
        }
        if (workerThreads < 1) {
            throw new IllegalArgumentException(
                    "workerThreads must be at least 1: " + workerThreads);
        }
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idleTimeout must be positive: " + idleTimeout);
        }
        if (shutdownGracePeriod.isNegative()) {
            throw new IllegalArgumentException(
                    "shutdownGracePeriod must not be negative: " + shutdownGracePeriod);
        }
    }

    public static DevHostOptions defaults() {
        return new DevHostOptions(
                DEFAULT_MAX_REQUEST_BODY_BYTES,
                DEFAULT_MAX_REQUEST_HEADER_BYTES,
                DEFAULT_WORKER_THREADS,
                DEFAULT_IDLE_TIMEOUT,
                DEFAULT_SHUTDOWN_GRACE_PERIOD);
    }

    public DevHostOptions withMaxRequestBodyBytes(int bytes) {
        return new DevHostOptions(
                bytes, maxRequestHeaderBytes, workerThreads, idleTimeout, shutdownGracePeriod);
    }

    public DevHostOptions withMaxRequestHeaderBytes(int bytes) {
        return new DevHostOptions(
                maxRequestBodyBytes, bytes, workerThreads, idleTimeout, shutdownGracePeriod);
    }

    public DevHostOptions withWorkerThreads(int threads) {
        return new DevHostOptions(
                maxRequestBodyBytes,
                maxRequestHeaderBytes,
                threads,
                idleTimeout,
                shutdownGracePeriod);
    }

    public DevHostOptions withIdleTimeout(Duration timeout) {
        return new DevHostOptions(
                maxRequestBodyBytes,
                maxRequestHeaderBytes,
                workerThreads,
                timeout,
                shutdownGracePeriod);
    }

    public DevHostOptions withShutdownGracePeriod(Duration gracePeriod) {
        return new DevHostOptions(
                maxRequestBodyBytes,
                maxRequestHeaderBytes,
                workerThreads,
                idleTimeout,
                gracePeriod);
    }
}
