package org.dunwell.ledger.infrastructure.jdbc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.dunwell.kernel.sql.Database;

/** Small JDBC helpers shared by the ledger's SQL: dialect, parameters, IN lists of fixed sizes. */
final class Sql {

    /** IN lists are padded to one of these sizes so that few distinct statements are prepared. */
    private static final int[] IN_SIZES = {1, 8, 64, 500};
    static final int MAX_IN = 500;

    enum Dialect {
        DERBY,
        POSTGRESQL;

        static Dialect of(Connection connection) throws SQLException {
            return Database.of(connection) == Database.DERBY ? DERBY : POSTGRESQL;
        }
    }

    private Sql() {
    }

    static int paddedSize(int n) {
        for (int size : IN_SIZES) {
            if (n <= size) {
                return size;
            }
        }
        throw new IllegalArgumentException("at most " + MAX_IN + " values in one IN list, got " + n);
    }

    static String placeholders(int n) {
        StringBuilder sql = new StringBuilder("(");
        for (int i = 0; i < n; i++) {
            sql.append(i == 0 ? "?" : ",?");
        }
        return sql.append(')').toString();
    }

    /** Splits values into slices of at most {@value #MAX_IN}. */
    static <T> List<List<T>> slices(Collection<T> values) {
        List<List<T>> slices = new ArrayList<>();
        List<T> current = new ArrayList<>();
        for (T value : values) {
            current.add(value);
            if (current.size() == MAX_IN) {
                slices.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            slices.add(current);
        }
        return slices;
    }

    /** Binds a slice into an IN list starting at {@code first}, padding with its last value. */
    static <T> int bindIn(PreparedStatement statement, int first, List<T> slice, int size) throws SQLException {
        for (int i = 0; i < size; i++) {
            statement.setObject(first + i, slice.get(Math.min(i, slice.size() - 1)));
        }
        return first + size;
    }

    static void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
        if (date == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setDate(index, Date.valueOf(date));
        }
    }

    static void setTimestamp(PreparedStatement statement, int index, Instant instant) throws SQLException {
        statement.setTimestamp(index, Timestamp.from(instant));
    }

    static void setString(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    static void setDecimal(PreparedStatement statement, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DECIMAL);
        } else {
            statement.setBigDecimal(index, value);
        }
    }

    static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
