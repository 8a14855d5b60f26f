package io.gatehouse.devhost;

/**
 * How a {@link DevHost} behaves beyond the app's own metadata.
 *
 * @param maxRequestBodyBytes larger request bodies are refused with 413 before any function runs
 * @param workerThreads       requests served at once; tests send concurrent requests, so more than one
 */
public record DevHostOptions(int maxRequestBodyBytes, int workerThreads) {

    public static final int DEFAULT_MAX_REQUEST_BODY_BYTES = 4 * 1024 * 1024;
    public static final int DEFAULT_WORKER_THREADS = 16;

    public DevHostOptions {
        if (maxRequestBodyBytes < 0 || maxRequestBodyBytes == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("maxRequestBodyBytes out of range: " + maxRequestBodyBytes);
        }
        if (workerThreads < 1) {
            throw new IllegalArgumentException("workerThreads must be at least 1: " + workerThreads);
        }
    }

    public static DevHostOptions defaults() {
        return new DevHostOptions(DEFAULT_MAX_REQUEST_BODY_BYTES, DEFAULT_WORKER_THREADS);
    }

    public DevHostOptions withMaxRequestBodyBytes(int bytes) {
        return new DevHostOptions(bytes, workerThreads);
    }

    public DevHostOptions withWorkerThreads(int threads) {
        return new DevHostOptions(maxRequestBodyBytes, threads);
    }
}
