package io.gatehouse.testing;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the audit trail as the database holds it, bypassing the API, to check what a request left
 * behind.
 */
public final class AuditTrailProbe {

    private final SuperuserSql superuser;

    public AuditTrailProbe(TestDatabase database) {
        this.superuser = new SuperuserSql(database);
    }

    /** The events of one request, in chain order; each row as column name → value. */
    public List<Map<String, Object>> ofCorrelation(String correlationId) {
        return query(
                "select * from gatehouse.audit_events where correlation_id = ? order by customer_id, seq",
                correlationId);
    }

    /** Waits until the writer has stored {@code count} events of the request, and returns them. */
    public List<Map<String, Object>> awaitCorrelation(String correlationId, int count) {
        return Eventually.await(
                count + " audit events of " + correlationId,
                () -> {
                    List<Map<String, Object>> rows = ofCorrelation(correlationId);
                    return rows.size() >= count ? Optional.of(rows) : Optional.empty();
                });
    }

    public List<Map<String, Object>> query(String sql, Object... parameters) {
        return superuser.rows(sql, parameters);
    }
}
