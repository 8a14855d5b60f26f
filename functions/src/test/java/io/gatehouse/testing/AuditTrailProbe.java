package io.gatehouse.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the audit trail as the database holds it, bypassing the API, to check what a request left behind. */
public final class AuditTrailProbe {

    private final TestDatabase database;

    public AuditTrailProbe(TestDatabase database) {
        this.database = database;
    }

    /** The events of one request, in chain order; each row as column name → value. */
    public List<Map<String, Object>> ofCorrelation(String correlationId) {
        return query("select * from gatehouse.audit_events where correlation_id = ? order by customer_id, seq", correlationId);
    }

    /** Waits until the writer has stored {@code count} events of the request, and returns them. */
    public List<Map<String, Object>> awaitCorrelation(String correlationId, int count) {
        return Eventually.await(count + " audit events of " + correlationId, () -> {
            List<Map<String, Object>> rows = ofCorrelation(correlationId);
            return rows.size() >= count ? Optional.of(rows) : Optional.empty();
        });
    }

    public List<Map<String, Object>> query(String sql, Object... parameters) {
        try (Connection connection = database.superuser(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                ResultSetMetaData meta = rows.getMetaData();
                List<Map<String, Object>> result = new ArrayList<>();
                while (rows.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int column = 1; column <= meta.getColumnCount(); column++) {
                        row.put(meta.getColumnName(column), rows.getObject(column));
                    }
                    result.add(row);
                }
                return result;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
