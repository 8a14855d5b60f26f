package io.gatehouse.http;

import io.gatehouse.tenancy.DatabaseOutages;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps database refusals to problems. Constraint violations are the caller's fault and say so
 * without quoting the database (whose messages can contain row values, i.e. PHI).
 */
final class DatabaseFailures {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseFailures.class);

    private DatabaseFailures() {}

    static ApiResponse toProblem(
            DataAccessException failure, ApiRequest request, String correlationId) {
        String state = failure.sqlState() == null ? "" : failure.sqlState();
        if (state.equals("23505")) {
            return Problems.of(
                    409,
                    "A resource with the same unique value already exists.",
                    request,
                    correlationId);
        }
        if (state.equals("23503")) {
            return Problems.of(
                    409,
                    "The resource refers to something that does not exist.",
                    request,
                    correlationId);
        }
        if (state.startsWith("22") || state.equals("23514") || state.equals("23502")) {
            return Problems.of(
                    422, "A value is out of range or badly formed.", request, correlationId);
        }
        if (state.equals("42501")) {
            // Row-level security refused a write (WITH CHECK): the row would belong to another
            // tenant.
            return Problems.of(403, "The caller may not write this row.", request, correlationId);
        }
        if (DatabaseOutages.isOutageState(state)) {
            LOG.warn("database unavailable [" + correlationId + "]", failure);
            return Problems.of(
                    503, "The service is temporarily unavailable.", request, correlationId);
        }
        LOG.error("database failure " + state + " [" + correlationId + "]", failure);
        return Problems.of(500, "The request could not be completed.", request, correlationId);
    }
}
