package org.dunwell.ledger.infrastructure.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.ledger.api.Overdue;
import org.dunwell.ledger.api.ReceivableFigureQueries;
import org.dunwell.ledger.api.ReceivableFigures;
import org.dunwell.ledger.domain.figures.ReceivableAccount;

/**
 * {@link ReceivableFigureQueries} in four queries per page of customers, each one index range
 * over the page's customer ids: the customers, their debits, the settlements of those debits in
 * force on the as-of date, and their credits; the rows are folded per customer in memory.
 */
@ApplicationScoped
public class JdbcReceivableFigures implements ReceivableFigureQueries {

    private static final String PAYMENT = "PAYMENT";

    @PersistenceContext(unitName = "dunwell")
    private EntityManager em;

    protected JdbcReceivableFigures() {
    }

    public JdbcReceivableFigures(EntityManager em) {
        this.em = em;
    }

    @Override
    public ReceivableFigures ofCustomer(String company, String account, LocalDate asOf) {
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id FROM customer WHERE account = ? AND company_code = ?")) {
            statement.setString(1, account);
            statement.setString(2, company);
            long id;
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    throw new NotFoundException("customer", account);
                }
                id = rs.getLong(1);
            }
            return figures(connection, company, id - 1, 1, asOf).values().iterator().next().figures();
        } catch (SQLException e) {
            throw JdbcLedgerStore.failure(e);
        }
    }

    @Override
    public FiguresPage page(String company, String cursor, int size, LocalDate asOf) {
        long after = cursor == null ? Long.MIN_VALUE : Long.parseLong(cursor);
        try {
            Map<Long, ReceivableAccount> accounts = figures(em.unwrap(Connection.class), company, after,
                    Math.max(1, size), asOf);
            List<ReceivableFigures> items = new ArrayList<>(accounts.size());
            long last = after;
            for (Map.Entry<Long, ReceivableAccount> entry : accounts.entrySet()) {
                items.add(entry.getValue().figures());
                last = entry.getKey();
            }
            return new FiguresPage(items, accounts.size() < size ? null : Long.toString(last));
        } catch (SQLException e) {
            throw JdbcLedgerStore.failure(e);
        }
    }

    /** The customers with ids after {@code after} (at most {@code size}), fed with their rows. */
    private static Map<Long, ReceivableAccount> figures(Connection connection, String company, long after, int size,
                                                        LocalDate asOf) throws SQLException {
        Map<Long, ReceivableAccount> accounts = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id, account, currency, created_at, credit_limit FROM customer WHERE company_code = ? AND id > ?"
                        + " ORDER BY id FETCH FIRST " + size + " ROWS ONLY")) {
            statement.setString(1, company);
            statement.setLong(2, after);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Timestamp created = rs.getTimestamp(4);
                    accounts.put(rs.getLong(1), new ReceivableAccount(company, rs.getString(2),
                            Money.currency(rs.getString(3).trim()), rs.getBigDecimal(5), asOf,
                            created == null ? null : created.toInstant().atOffset(ZoneOffset.UTC).toLocalDate()));
                }
            }
        }
        if (accounts.isEmpty()) {
            return accounts;
        }
        long first = accounts.keySet().iterator().next();
        long last = first;
        for (long id : accounts.keySet()) {
            last = id;
        }
        long low = first;
        long high = last;
        feed(connection, company, accounts, "s.customer_id >= ? AND s.customer_id <= ?", (statement, index) -> {
            statement.setLong(index, low);
            statement.setLong(index + 1, high);
            return index + 2;
        }, asOf);
        return accounts;
    }

    /**
     * The figures of these customers (ids), in batches of at most 500: the aging's detailed pages ask for the
     * customers whose oldest overdue debt only this computation knows (unapplied credits, settlements after the
     * day), so that every list says what the credit profile says (the one definition: {@link Overdue}).
     */
    static Map<Long, ReceivableFigures> ofIds(Connection connection, String company, Collection<Long> ids,
                                              LocalDate asOf) throws SQLException {
        Map<Long, ReceivableFigures> out = new HashMap<>();
        List<Long> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += 500) {
            List<Long> batch = all.subList(from, Math.min(all.size(), from + 500));
            String in = "s.customer_id IN (" + String.join(",", Collections.nCopies(batch.size(), "?")) + ")";
            Map<Long, ReceivableAccount> accounts = new LinkedHashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT id, account, currency, created_at, credit_limit FROM customer s WHERE company_code = ? AND "
                            + in.replace("s.customer_id", "s.id"))) {
                statement.setString(1, company);
                bindIds(statement, 2, batch);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        Timestamp created = rs.getTimestamp(4);
                        accounts.put(rs.getLong(1), new ReceivableAccount(company, rs.getString(2),
                                Money.currency(rs.getString(3).trim()), rs.getBigDecimal(5), asOf,
                                created == null ? null : created.toInstant().atOffset(ZoneOffset.UTC).toLocalDate()));
                    }
                }
            }
            feed(connection, company, accounts, in, (statement, index) -> bindIds(statement, index, batch), asOf);
            accounts.forEach((id, account) -> out.put(id, account.figures()));
        }
        return out;
    }

    private static int bindIds(PreparedStatement statement, int index, List<Long> ids) throws SQLException {
        int next = index;
        for (long id : ids) {
            statement.setLong(next++, id);
        }
        return next;
    }

    /** Binds the customer condition's parameters from {@code index} on; answers the next index. */
    @FunctionalInterface
    private interface Customers {
        int bind(PreparedStatement statement, int index) throws SQLException;
    }

    /** Feeds the customers' debits, credits and settlements (rows of customers {@code where} picks, alias s). */
    private static void feed(Connection connection, String company, Map<Long, ReceivableAccount> accounts,
                             String where, Customers customers, LocalDate asOf) throws SQLException {
        // debits always have a due date, credits never (ck_transaction_due_date)
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT customer_id, id, kind, status, collection_status, document_date, due_date, amount, disputed_on"
                        + " FROM ledger_transaction s WHERE " + where + " AND company_code = ?"
                        + " AND due_date IS NOT NULL AND document_date <= ?")) {
            bind(statement, customers, company, asOf);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    ReceivableAccount account = accounts.get(rs.getLong(1));
                    if (account != null) {
                        account.debit(rs.getLong(2), "INVOICE".equals(rs.getString(3)),
                                "CANCELLED".equals(rs.getString(4)), "DISPUTED".equals(rs.getString(5))
                                        || rs.getDate(9) != null && !rs.getDate(9).toLocalDate().isAfter(asOf),
                                rs.getDate(6).toLocalDate(), rs.getDate(7).toLocalDate(), rs.getBigDecimal(8));
                    }
                }
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT customer_id, kind, document_date, amount FROM ledger_transaction"
                        + " s WHERE " + where + " AND company_code = ?"
                        + " AND due_date IS NULL AND document_date <= ?"
                        + " AND NOT (status = 'REVERSED' AND reversed_on <= ?)")) {
            Sql.setDate(statement, bind(statement, customers, company, asOf), asOf);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    ReceivableAccount account = accounts.get(rs.getLong(1));
                    if (account != null) {
                        account.credit(PAYMENT.equals(rs.getString(2)), rs.getDate(3).toLocalDate(),
                                rs.getBigDecimal(4));
                    }
                }
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT s.customer_id, s.debit_id, s.settled_on, s.amount, c.kind"
                        + " FROM settlement s JOIN ledger_transaction c ON c.id = s.credit_id"
                        + " WHERE " + where + " AND s.company_code = ?"
                        + " AND s.settled_on <= ? AND (s.undone_on IS NULL OR s.undone_on > ?)")) {
            Sql.setDate(statement, bind(statement, customers, company, asOf), asOf);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    ReceivableAccount account = accounts.get(rs.getLong(1));
                    if (account != null) {
                        account.settlement(rs.getLong(2), rs.getDate(3).toLocalDate(), rs.getBigDecimal(4),
                                PAYMENT.equals(rs.getString(5)));
                    }
                }
            }
        }
    }

    /** Binds the customers' condition, the company and the day; answers the next index. */
    private static int bind(PreparedStatement statement, Customers customers, String company, LocalDate asOf)
            throws SQLException {
        int index = customers.bind(statement, 1);
        statement.setString(index++, company);
        Sql.setDate(statement, index++, asOf);
        return index;
    }
}
