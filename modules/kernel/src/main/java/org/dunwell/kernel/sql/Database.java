package org.dunwell.kernel.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The databases Dunwell runs on, told apart in this one place: every piece of SQL that differs between them
 * (id blocks, COPY, upserts, migration placeholders) asks here which one it is talking to.
 */
public enum Database {
    DERBY,
    POSTGRESQL;

    /** The database behind a connection; another product is refused. */
    public static Database of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("derby")) {
            return DERBY;
        }
        if (product.contains("postgres")) {
            return POSTGRESQL;
        }
        throw new IllegalStateException("Dunwell runs on Derby or PostgreSQL, not on " + product);
    }

    /** The database behind a data source (one connection is borrowed to ask). */
    public static Database of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return of(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database to find its kind", e);
        }
    }
}
