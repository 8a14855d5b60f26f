package io.gatehouse.tenancy;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells a database that is away (down, restarting, out of connections) from a database that
 * answered and refused. Only the first is worth waiting for: retrying a refusal gives the same
 * refusal.
 */
public final class DatabaseOutages {

    /**
     * Server states that mean "not now" rather than "no": admin_shutdown, crash_shutdown,
     * cannot_connect_now (starting up or shutting down), too_many_connections. Class 08 (connection
     * exceptions) is checked separately.
     */
    private static final Set<String> NOT_NOW = Set.of("57P01", "57P02", "57P03", "53300");

    private DatabaseOutages() {}

    /** True for an SQLSTATE that means the server could not be reached or cannot serve now. */
    public static boolean isOutageState(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || NOT_NOW.contains(sqlState));
    }

    /**
     * True when {@code failure}, or anything that caused it, says the database could not be
     * reached: the pool timed out waiting for a connection, or the server's state says so. A {@link
     * DatabaseUnavailableException} alone is not enough: it also wraps a pool that has been closed
     * (the app is being replaced or shut down), which no amount of waiting will reopen.
     */
    public static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && isOutageState(sql.getSQLState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
