package org.dunwell.ledger.infrastructure.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The rows of a query in customer order (one row per customer, or several: disputed debits,
 * corrections per debit basis date), read up to the customer being merged; {@code adder} adds each of its rows
 * to that customer's sums. Merging queries this way holds nothing but their current rows.
 */
final class GroupedRows {
    final ResultSet rows;
    final JdbcAgingQueries.RowAdder adder;
    private boolean positioned;
    private boolean exhausted;

    GroupedRows(ResultSet rows, JdbcAgingQueries.RowAdder adder) {
        this.rows = rows;
        this.adder = adder;
    }

    /** Moves past customers before {@code id}; whether the current row is {@code id}'s. */
    boolean advanceTo(long id) throws SQLException {
        while (!exhausted) {
            if (!positioned) {
                if (!rows.next()) {
                    exhausted = true;
                    return false;
                }
                positioned = true;
            }
            long current = rows.getLong(1);
            if (current > id) {
                return false;
            }
            positioned = false;
            if (current == id) {
                return true;
            }
        }
        return false;
    }

    /** Adds all of {@code s}'s rows to it. */
    void addTo(JdbcAgingQueries.Sums s) throws SQLException {
        while (advanceTo(s.id)) {
            adder.add(rows, s);
        }
    }
}
