package io.gatehouse.tenancy;

/** No connection to the database could be had or kept. Answered 503: the caller may retry. */
public final class DatabaseUnavailableException extends RuntimeException {
    public DatabaseUnavailableException(Throwable cause) {
        super("database unavailable", cause);
    }
}
