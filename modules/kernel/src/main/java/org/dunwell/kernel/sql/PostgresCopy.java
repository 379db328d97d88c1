package org.dunwell.kernel.sql;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Logger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;

/**
 * PostgreSQL's own bulk load for rows a job writes by the thousand: one {@code COPY … FROM STDIN} in PostgreSQL's CSV
 * dialect, written by commons-csv (an unquoted empty field is NULL, an empty text is quoted). Decision 0019 measured
 * it against batched and rewritten inserts. The driver's copy API comes through the pooled connection's
 * {@code unwrap}; where the server does not share its JDBC library with the application, {@link #reachable} says no
 * (logged once) and the caller writes by its JDBC batch.
 */
public final class PostgresCopy {

    private static final Logger LOG = Logger.getLogger(PostgresCopy.class.getName());
    private static volatile boolean warned;

    private PostgresCopy() {
    }

    /** Whether rows may go in by COPY on this connection: a PostgreSQL one whose driver this code can reach. */
    public static boolean reachable(Connection connection, Database database) {
        if (database != Database.POSTGRESQL) {
            return false;
        }
        try {
            return connection.isWrapperFor(PGConnection.class);
        } catch (SQLException | LinkageError e) {
            if (!warned) {
                warned = true;
                LOG.warning("rows are written without PostgreSQL's COPY (" + e + "): let the application share the"
                        + " JDBC library, <classloader commonLibraryRef=\"jdbcLibrary\"/> in server.xml");
            }
            return false;
        }
    }

    /**
     * Writes {@code rows} into {@code table}'s {@code columns}, each row one value per column: text, numbers
     * ({@link BigDecimal} as plain digits), dates and instants in ISO form, {@code null} as NULL.
     */
    public static void copyIn(Connection connection, String table, List<String> columns, List<Object[]> rows)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder csv = new StringBuilder(rows.size() * 16 * columns.size());
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.POSTGRESQL_CSV)) {
            for (Object[] row : rows) {
                if (row.length != columns.size()) {
                    throw new IllegalArgumentException(row.length + " values for " + columns.size() + " columns");
                }
                for (Object value : row) {
                    printer.print(value instanceof BigDecimal d ? d.toPlainString() : value);
                }
                printer.println();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " ("
                    + String.join(", ", columns) + ") FROM STDIN WITH (FORMAT csv)", new StringReader(csv.toString()));
        } catch (IOException e) {
            throw new SQLException("could not stream the rows to COPY: " + e.getMessage(), e);
        }
    }
}
