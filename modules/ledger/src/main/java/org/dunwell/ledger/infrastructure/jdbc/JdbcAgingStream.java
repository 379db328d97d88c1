package org.dunwell.ledger.infrastructure.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.dunwell.ledger.api.AgedCustomer;
import org.dunwell.ledger.api.AgingBasis;
import org.dunwell.ledger.api.AgingStream;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.domain.aging.AgingLayout;
import org.dunwell.ledger.infrastructure.jdbc.JdbcAgingQueries.CustomerRange;
import org.dunwell.ledger.infrastructure.jdbc.JdbcAgingQueries.Selection;
import org.dunwell.ledger.infrastructure.jdbc.JdbcAgingQueries.Sums;

/**
 * The aging of every customer after an id, in id order, from one pass over the open items: the
 * same set-based queries as {@link JdbcAgingQueries} (customers, open amounts per bucket, the
 * disputed debits, the four corrections), each over all customers after the id and ordered by
 * customer, read side by side and merged one customer at a time. Nothing is held but the current
 * row of each query.
 *
 * <p>It reads on a connection of its own (a data source not enlisted in transactions, autocommit
 * off so PostgreSQL streams by {@link #FETCH_SIZE} rows): a batch job commits the pages it writes
 * from the stream while the stream stays open. Each query sees the database as of its start
 * (PostgreSQL) or read-committed rows (Derby), like the paged reads it replaces.
 */
final class JdbcAgingStream implements AgingStream {

    static final int FETCH_SIZE = 1_000;

    private final String company;
    private final LocalDate asOf;
    private final AgingLayout layout;
    private final Connection connection;
    private final List<PreparedStatement> statements = new ArrayList<>();
    private ResultSet customers;
    private final List<Grouped> sums = new ArrayList<>();
    private long last;

    private JdbcAgingStream(String company, long after, LocalDate asOf, AgingLayout layout, Connection connection) {
        this.company = company;
        this.asOf = asOf;
        this.layout = layout;
        this.connection = connection;
        this.last = after;
    }

    static JdbcAgingStream open(DataSource source, String company, long after, LocalDate asOf, AgingLayout layout,
                                AgingBasis basis, CustomerScope scope) {
        Connection connection;
        try {
            connection = source.getConnection();
        } catch (SQLException e) {
            throw JdbcLedgerStore.failure(e);
        }
        JdbcAgingStream stream = new JdbcAgingStream(company, after, asOf, layout, connection);
        try {
            connection.setAutoCommit(false);
            CustomerRange range = CustomerRange.after(after);
            stream.customers = stream.query(JdbcAgingQueries.customers(connection, company, Selection.stream(after),
                    scope));
            for (JdbcAgingQueries.Part part : JdbcAgingQueries.parts(company, asOf, layout, basis, range, true)) {
                stream.sums.add(new Grouped(stream.query(part.query().prepare(connection)), part.adder()));
            }
            return stream;
        } catch (SQLException | RuntimeException e) {
            stream.close();
            throw e instanceof SQLException sql ? JdbcLedgerStore.failure(sql) : (RuntimeException) e;
        }
    }

    private ResultSet query(PreparedStatement statement) throws SQLException {
        statements.add(statement);
        statement.setFetchSize(FETCH_SIZE);
        return statement.executeQuery();
    }

    @Override
    public AgedCustomer next() {
        try {
            if (customers == null || !customers.next()) {
                return null;
            }
            Sums s = JdbcAgingQueries.customer(customers, layout, true);
            for (Grouped query : sums) {
                while (query.advanceTo(s.id)) {
                    query.adder.add(query.rows, s);
                }
            }
            last = s.id;
            return JdbcAgingQueries.aged(company, asOf, s);
        } catch (SQLException e) {
            throw JdbcLedgerStore.failure(e);
        }
    }

    @Override
    public String cursor() {
        return Long.toString(last);
    }

    @Override
    public void close() {
        for (PreparedStatement statement : statements) {
            try {
                statement.close();
            } catch (SQLException ignored) {
                // closing: the connection goes next
            }
        }
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // a broken connection is discarded by close
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing more to release
        }
        customers = null;
    }

    /**
     * A query in customer order (one row per customer, or several: disputed debits), read up to the
     * customer being merged; {@code adder} adds each of its rows to that customer's sums.
     */
    private static final class Grouped {
        final ResultSet rows;
        final JdbcAgingQueries.RowAdder adder;
        private boolean positioned;
        private boolean exhausted;

        Grouped(ResultSet rows, JdbcAgingQueries.RowAdder adder) {
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
    }
}
