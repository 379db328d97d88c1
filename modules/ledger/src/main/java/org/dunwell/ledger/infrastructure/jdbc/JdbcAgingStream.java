package org.dunwell.ledger.infrastructure.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayDeque;
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
 * disputed debits, the two correction windows), each over all customers after the id and ordered by
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
    /** Customers made exact together: one batch of the credit figures per this many customers. */
    private static final int BATCH = 500;

    private final AgingLayout layout;
    private final AgingRecords records;
    private final Connection connection;
    private final List<PreparedStatement> statements = new ArrayList<>();
    private ResultSet customers;
    private final List<GroupedRows> sums = new ArrayList<>();
    /** Customers read and summed, not yet handed out: made exact in batches ({@code exactOldestOverdue}). */
    private final ArrayDeque<Sums> ready = new ArrayDeque<>();
    private final String company;
    private final LocalDate asOf;
    private long last;

    private JdbcAgingStream(String company, long after, LocalDate asOf, AgingLayout layout, Connection connection) {
        this.company = company;
        this.asOf = asOf;
        this.layout = layout;
        this.records = new AgingRecords(company, asOf, layout);
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
                stream.sums.add(new GroupedRows(stream.query(part.query().prepare(connection)), part.adder()));
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
            if (ready.isEmpty()) {
                fill();
            }
            Sums s = ready.poll();
            if (s == null) {
                return null;
            }
            last = s.id;
            return records.aged(s);
        } catch (SQLException e) {
            throw JdbcLedgerStore.failure(e);
        }
    }

    /** Reads and sums the next customers, at most {@code BATCH}, and makes their oldest overdue date exact. */
    private void fill() throws SQLException {
        while (customers != null && ready.size() < BATCH && customers.next()) {
            Sums s = JdbcAgingQueries.customer(customers, layout, true);
            for (GroupedRows query : sums) {
                query.addTo(s);
            }
            ready.add(s);
        }
        if (!ready.isEmpty()) {
            JdbcAgingQueries.exactOldestOverdue(connection, company, asOf, ready);
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
}
