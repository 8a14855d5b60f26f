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

/**
 * What is really stored, read (and, for staging a test, changed) past row-level security as a
 * superuser.
 */
public final class SuperuserSql {

    private final TestDatabase database;

    public SuperuserSql(TestDatabase database) {
        this.database = database;
    }

    public long count(String sql, Object... params) {
        String value = single(sql, params);
        return value == null ? 0 : Long.parseLong(value);
    }

    public String single(String sql, Object... params) {
        try (Connection superuser = database.superuser();
                PreparedStatement statement = prepare(superuser, sql, params);
                ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every row of a query, each as column name → value, in the order the query gives them. */
    public List<Map<String, Object>> rows(String sql, Object... params) {
        try (Connection superuser = database.superuser();
                PreparedStatement statement = prepare(superuser, sql, params);
                ResultSet rows = statement.executeQuery()) {
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
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public int update(String sql, Object... params) {
        try (Connection superuser = database.superuser();
                PreparedStatement statement = prepare(superuser, sql, params)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... params)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            statement.setObject(i + 1, params[i]);
        }
        return statement;
    }
}
