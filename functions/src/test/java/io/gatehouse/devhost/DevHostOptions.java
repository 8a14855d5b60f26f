package io.gatehouse.devhost;

import java.time.Duration;

/**
 * How a {@link DevHost} behaves beyond the app's own metadata.
 *
 * @param maxRequestBodyBytes larger request bodies are refused with 413 before any function runs
 * @param workerThreads       requests served at once; tests send concurrent requests, so more than one
 * @param shutdownGracePeriod how long closing the host lets running queue-triggered functions finish; messages of
 *                            those still running then are released to their queue and the functions interrupted
 */
public record DevHostOptions(int maxRequestBodyBytes, int workerThreads, Duration shutdownGracePeriod) {

    public static final int DEFAULT_MAX_REQUEST_BODY_BYTES = 4 * 1024 * 1024;
    public static final int DEFAULT_WORKER_THREADS = 16;
    public static final Duration DEFAULT_SHUTDOWN_GRACE_PERIOD = Duration.ofSeconds(10);

    public DevHostOptions {
        if (maxRequestBodyBytes < 0 || maxRequestBodyBytes == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("maxRequestBodyBytes out of range: " + maxRequestBodyBytes);
        }
        if (workerThreads < 1) {
            throw new IllegalArgumentException("workerThreads must be at least 1: " + workerThreads);
        }
        if (shutdownGracePeriod.isNegative()) {
            throw new IllegalArgumentException("shutdownGracePeriod must not be negative: " + shutdownGracePeriod);
        }
    }

    public static DevHostOptions defaults() {
        return new DevHostOptions(
                DEFAULT_MAX_REQUEST_BODY_BYTES, DEFAULT_WORKER_THREADS, DEFAULT_SHUTDOWN_GRACE_PERIOD);
    }

    public DevHostOptions withMaxRequestBodyBytes(int bytes) {
        return new DevHostOptions(bytes, workerThreads, shutdownGracePeriod);
    }

    public DevHostOptions withWorkerThreads(int threads) {
        return new DevHostOptions(maxRequestBodyBytes, threads, shutdownGracePeriod);
    }

    public DevHostOptions withShutdownGracePeriod(Duration gracePeriod) {
        return new DevHostOptions(maxRequestBodyBytes, workerThreads, gracePeriod);
    }
}
