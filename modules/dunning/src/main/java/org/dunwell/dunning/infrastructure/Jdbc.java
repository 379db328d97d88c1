package org.dunwell.dunning.infrastructure;

import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Small JDBC helpers of the dunning stores. */
final class Jdbc {

    private Jdbc() {
    }

    static void bind(PreparedStatement statement, List<?> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            set(statement, i + 1, parameters.get(i));
        }
    }

    static void set(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else if (value instanceof LocalDate date) {
            statement.setDate(index, Date.valueOf(date));
        } else if (value instanceof Instant instant) {
            statement.setTimestamp(index, Timestamp.from(instant));
        } else if (value instanceof BigDecimal decimal) {
            statement.setBigDecimal(index, decimal);
        } else {
            statement.setObject(index, value);
        }
    }

    static void setNullable(PreparedStatement statement, int index, Object value, int type) throws SQLException {
        if (value == null) {
            statement.setNull(index, type);
        } else {
            set(statement, index, value);
        }
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static Integer intOrNull(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /** An amount at the currency's decimals ({@code DECIMAL(19,4)} reads back with four). */
    static BigDecimal money(ResultSet rs, String column, String currency) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        int scale = java.util.Currency.getInstance(currency.trim()).getDefaultFractionDigits();
        return value == null ? null : value.setScale(scale, java.math.RoundingMode.HALF_UP);
    }

    /** Runs an INSERT, UPDATE or DELETE; the rows it touched. */
    static int update(java.sql.Connection connection, String sql, List<?> parameters) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** The single number a query answers (a COUNT). */
    static long count(java.sql.Connection connection, String sql, List<?> parameters) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    static PersistenceException failure(SQLException e) {
        return new PersistenceException(e.getMessage(), e);
    }

    static String in(int n) {
        return "(" + "?,".repeat(n - 1) + "?)";
    }
}
