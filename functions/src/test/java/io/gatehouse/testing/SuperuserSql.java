package io.gatehouse.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** What is really stored, read (and, for staging a test, changed) past row-level security as a superuser. */
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
        try (Connection superuser = database.superuser(); PreparedStatement statement = prepare(superuser, sql, params);
                ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public int update(String sql, Object... params) {
        try (Connection superuser = database.superuser(); PreparedStatement statement = prepare(superuser, sql, params)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... params) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            statement.setObject(i + 1, params[i]);
        }
        return statement;
    }
}
