package org.dunwell.integrations.infrastructure;

import jakarta.persistence.PersistenceException;
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
import java.util.Collections;
import java.util.List;

/** The small JDBC helpers this module's stores share: parameters, a count, nullable texts and times. */
final class Jdbc {

    private Jdbc() {
    }

    /** Binds the parameters in order: Long, Integer, BigDecimal, Instant, LocalDate, Boolean, else a string. */
    static void bind(PreparedStatement statement, List<?> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            if (value == null) {
                statement.setNull(i + 1, Types.VARCHAR);
            } else if (value instanceof Long number) {
                statement.setLong(i + 1, number);
            } else if (value instanceof Integer number) {
                statement.setInt(i + 1, number);
            } else if (value instanceof BigDecimal number) {
                statement.setBigDecimal(i + 1, number);
            } else if (value instanceof Instant at) {
                statement.setTimestamp(i + 1, Timestamp.from(at));
            } else if (value instanceof LocalDate day) {
                statement.setDate(i + 1, Date.valueOf(day));
            } else if (value instanceof Boolean flag) {
                statement.setBoolean(i + 1, flag);
            } else {
                statement.setString(i + 1, (String) value);
            }
        }
    }

    /** The single number a {@code SELECT COUNT(*)} answers. */
    static long count(Connection connection, String sql, List<?> parameters) {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            bind(select, parameters);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    static void text(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    /** The text, cut to what the column keeps. */
    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /**
     * Writes a parent row's documents in order into its list table ({@code table}: parent column, list_position,
     * document), as the claim and hand-over tables keep their invoices.
     */
    static void insertDocuments(Connection connection, String table, String parentColumn, long parent,
                                List<String> documents) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " (" + parentColumn
                + ", list_position, document) VALUES (?, ?, ?)")) {
            for (int i = 0; i < documents.size(); i++) {
                insert.setLong(1, parent);
                insert.setInt(2, i);
                insert.setString(3, documents.get(i));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The documents of these parent rows, each list in its order. */
    static java.util.Map<Long, List<String>> documents(Connection connection, String table, String parentColumn,
                                                       java.util.Collection<Long> parents) throws SQLException {
        java.util.Map<Long, List<String>> found = new java.util.LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + parentColumn + ", document FROM "
                + table + " WHERE " + parentColumn + " IN (" + placeholders(parents.size()) + ") ORDER BY "
                + parentColumn + ", list_position")) {
            bind(select, new java.util.ArrayList<>(parents));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    found.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return found;
    }

    static PersistenceException failure(SQLException e) {
        return new PersistenceException(e.getMessage(), e);
    }
}
