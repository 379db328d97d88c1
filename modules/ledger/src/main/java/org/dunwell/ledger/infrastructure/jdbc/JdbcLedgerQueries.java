package org.dunwell.ledger.infrastructure.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.ledger.api.CollectionStatus;
import org.dunwell.ledger.api.DocumentFilter;
import org.dunwell.ledger.api.DocumentKind;
import org.dunwell.ledger.api.DocumentStatus;
import org.dunwell.ledger.api.DocumentView;
import org.dunwell.ledger.api.ContactPurpose;
import org.dunwell.ledger.api.ContactView;
import org.dunwell.ledger.api.OpenAccount;
import org.dunwell.ledger.api.OpenItem;
import org.dunwell.ledger.api.SettlementView;
import org.dunwell.ledger.domain.customer.ReminderRecipients;

/**
 * Reads of documents and settlements, and what is open as of a date: a document counts from
 * its document date, a settlement from its date until it is undone, a reversed payment not
 * from the day of its reversal.
 */
@ApplicationScoped
public class JdbcLedgerQueries {

    /** Sortable fields of document lists and their columns. */
    public static final Map<String, String> DOCUMENT_SORT = Map.of(
            "document", "t.document", "documentDate", "t.document_date", "dueDate", "t.due_date",
            "amount", "t.amount", "openAmount", "t.open_amount", "account", "c.account");

    private static final String DOCUMENT_SELECT = """
            SELECT t.company_code, t.document, t.kind, c.account, t.document_date, t.due_date, t.currency, t.amount,
                   t.open_amount, t.reference, t.customer_po, t.description, t.applies_to, t.status,
                   t.collection_status, t.reversed_on, t.reversal_reason, t.created_by, t.created_at, t.version
            FROM ledger_transaction t JOIN customer c ON c.id = t.customer_id""";

    /**
     * A page of customers' documents with what is open of them as of a day: the settlements of the page summed
     * once per debit and per credit (two grouped reads of the customers' settlements), not per document.
     */
    private static final String OPEN_ACCOUNTS = """
            SELECT t.customer_id, t.document, t.kind, t.document_date, t.due_date, t.currency, t.amount,
                   t.collection_status, t.reference, t.customer_po, t.description,
                   t.amount - COALESCE(d.settled, 0) - COALESCE(c.settled, 0) AS open_as_of
            FROM ledger_transaction t
            LEFT JOIN (SELECT s.debit_id AS id, SUM(s.amount) AS settled FROM settlement s
                       WHERE s.customer_id IN %1$s AND s.settled_on <= ? AND (s.undone_on IS NULL OR s.undone_on > ?)
                       GROUP BY s.debit_id) d ON d.id = t.id
            LEFT JOIN (SELECT s.credit_id AS id, SUM(s.amount) AS settled FROM settlement s
                       WHERE s.customer_id IN %1$s AND s.settled_on <= ? AND (s.undone_on IS NULL OR s.undone_on > ?)
                       GROUP BY s.credit_id) c ON c.id = t.id
            WHERE t.customer_id IN %1$s AND t.document_date <= ?
              AND NOT (t.status = 'REVERSED' AND t.reversed_on <= ?)
              AND (t.open_amount > 0 OR t.status = 'REVERSED'
                   OR t.id IN (SELECT s.debit_id FROM settlement s WHERE s.customer_id IN %1$s AND s.settled_on > ?)
                   OR t.id IN (SELECT s.credit_id FROM settlement s WHERE s.customer_id IN %1$s AND s.settled_on > ?))
            ORDER BY t.customer_id, t.due_date, t.document_date, t.document""";

    private static final String SETTLEMENT_SELECT = """
            SELECT s.id, s.company_code, c.account, d.document AS debit_document, k.document AS credit_document,
                   d.currency, s.amount, s.settled_on, s.undone_on, s.undo_reason, s.created_by
            FROM settlement s
            JOIN ledger_transaction d ON d.id = s.debit_id
            JOIN ledger_transaction k ON k.id = s.credit_id
            JOIN customer c ON c.id = s.customer_id""";

    @PersistenceContext(unitName = "dunwell")
    private EntityManager em;

    protected JdbcLedgerQueries() {
    }

    public JdbcLedgerQueries(EntityManager em) {
        this.em = em;
    }

    private Connection connection() {
        return em.unwrap(Connection.class);
    }

    public Optional<DocumentView> document(String company, String document) {
        try (PreparedStatement statement = connection().prepareStatement(
                DOCUMENT_SELECT + " WHERE t.company_code = ? AND t.document = ?")) {
            statement.setString(1, company);
            statement.setString(2, document);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(documentView(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw JdbcLedgerStore.failure(e);
        }
    }

    public Page<DocumentView> documents(DocumentFilter filter, PageRequest page) {
        page.requireSortAmong(DOCUMENT_SORT.keySet());
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (filter.company() != null) {
            where.append(" AND t.company_code = ?");
            parameters.add(filter.company());
        }
        if (filter.kind() != null) {
            where.append(" AND t.kind = ?");
            parameters.add(filter.kind().name());
        }
        if (filter.account() != null) {
            where.append(" AND c.account = ?");
            parameters.add(filter.account());
        }
        if (filter.from() != null) {
            where.append(" AND t.document_date >= ?");
            parameters.add(Date.valueOf(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" AND t.document_date <= ?");
            parameters.add(Date.valueOf(filter.to()));
        }
        if (Boolean.TRUE.equals(filter.openOnly())) {
            where.append(" AND t.open_amount > 0");
        }
        if (filter.status() != null) {
            where.append(" AND t.status = ?");
            parameters.add(filter.status().name());
        }
        where.append(JdbcAgingQueries.scopeSql(filter.scope()));
        parameters.addAll(JdbcAgingQueries.scopeParameters(filter.scope()));
        String order = page.sort().map(s -> DOCUMENT_SORT.get(s.field()) + (s.ascending() ? " ASC" : " DESC")
                + ", t.company_code, t.document").orElse("t.company_code, t.document");
        String sql = DOCUMENT_SELECT + where + " ORDER BY " + order + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
        List<DocumentView> items = new ArrayList<>();
        try (PreparedStatement statement = connection().prepareStatement(sql)) {
            int index = bind(statement, parameters);
            statement.setLong(index++, page.offset());
            statement.setInt(index, page.size());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    items.add(documentView(rs));
                }
            }
        } catch (SQLException e) {
            throw JdbcLedgerStore.failure(e);
        }
        String count = "SELECT COUNT(*) FROM ledger_transaction t JOIN customer c ON c.id = t.customer_id" + where;
        try (PreparedStatement statement = connection().prepareStatement(count)) {
            bind(statement, parameters);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return Page.of(items, page, rs.getLong(1));
            }
        } catch (SQLException e) {
            throw JdbcLedgerStore.failure(e);
        }
    }

    private static int bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        int index = 1;
        for (Object parameter : parameters) {
            statement.setObject(index++, parameter);
        }
        return index;
    }

    private static DocumentView documentView(ResultSet rs) throws SQLException {
        Currency currency = Money.currency(rs.getString("currency").trim());
        return new DocumentView(rs.getString("company_code"), rs.getString("document"),
                DocumentKind.valueOf(rs.getString("kind")), rs.getString("account"), Sql.date(rs, "document_date"),
                Sql.date(rs, "due_date"), Money.of(rs.getBigDecimal("amount"), currency),
                Money.of(rs.getBigDecimal("open_amount"), currency), rs.getString("reference"),
                rs.getString("customer_po"), rs.getString("description"), rs.getString("applies_to"),
                DocumentStatus.valueOf(rs.getString("status")),
                CollectionStatus.valueOf(rs.getString("collection_status")), Sql.date(rs, "reversed_on"),
                rs.getString("reversal_reason"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), rs.getLong("version"));
    }

    /** The customer's documents with something open as of {@code asOf}, oldest due first. */
    public List<OpenItem> openItems(long customerId, LocalDate asOf) {
        try {
            return openItemsOf(List.of(customerId), asOf).getOrDefault(customerId, List.of());
        } catch (SQLException e) {
            throw JdbcLedgerStore.failure(e);
        }
    }

    /**
     * The open items of these customers as of a day, by customer, in due-date order: the settlements summed once
     * per debit and per credit, only documents that may be open then read (open now, reversed, or settled after).
     */
    private Map<Long, List<OpenItem>> openItemsOf(java.util.Collection<Long> customerIds, LocalDate asOf)
            throws SQLException {
        Map<Long, List<OpenItem>> items = new java.util.HashMap<>();
        for (List<Long> slice : Sql.slices(customerIds)) {
            int padded = Sql.paddedSize(slice.size());
            try (PreparedStatement open = connection().prepareStatement(
                    OPEN_ACCOUNTS.formatted(Sql.placeholders(padded)))) {
                int next = 1;
                for (int read = 0; read < 2; read++) {
                    next = Sql.bindIn(open, next, slice, padded);
                    Sql.setDate(open, next++, asOf);
                    Sql.setDate(open, next++, asOf);
                }
                next = Sql.bindIn(open, next, slice, padded);
                Sql.setDate(open, next++, asOf);
                Sql.setDate(open, next++, asOf);
                // only what may be open as of the day: open now, reversed, or settled after it (the rest of a
                // customer's history is settled for good: reading it cost half of a letter run's proposal)
                for (int settled = 0; settled < 2; settled++) {
                    next = Sql.bindIn(open, next, slice, padded);
                    Sql.setDate(open, next++, asOf);
                }
                try (ResultSet rs = open.executeQuery()) {
                    while (rs.next()) {
                        OpenItem item = openItem(rs);
                        if (item != null) {
                            items.computeIfAbsent(rs.getLong("customer_id"), k -> new ArrayList<>()).add(item);
                        }
                    }
                }
            }
        }
        return items;
    }

    /** See {@link org.dunwell.ledger.api.AccountQueries#openAccounts}. */
    public OpenAccount.Page openAccounts(String company, String after, int size, LocalDate asOf) {
        Map<Long, String[]> customers = new java.util.LinkedHashMap<>();
        try (PreparedStatement statement = connection().prepareStatement("""
                SELECT id, account, name, currency, language, customer_group, email FROM customer
                WHERE company_code = ? AND account > ? ORDER BY account FETCH FIRST ? ROWS ONLY""")) {
            statement.setString(1, company);
            statement.setString(2, after == null ? "" : after);
            statement.setInt(3, size);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    customers.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3),
                            rs.getString(4).trim(), rs.getString(5), rs.getString(6), rs.getString(7)});
                }
            }
            Map<Long, List<OpenItem>> items = openItemsOf(customers.keySet(), asOf);
            Map<Long, List<ContactView>> contacts = collectionsContacts(customers.keySet());
            String companyLanguage = companyLanguage(company);
            List<OpenAccount> accounts = new ArrayList<>();
            customers.forEach((id, c) -> accounts.add(new OpenAccount(c[0], c[1], c[2], c[3], c[4],
                    ReminderRecipients.choose(contacts.getOrDefault(id, List.of()), c[5], c[3], companyLanguage),
                    items.getOrDefault(id, List.of()))));
            String last = accounts.size() < size ? null : accounts.get(accounts.size() - 1).account();
            return new OpenAccount.Page(accounts, last);
        } catch (SQLException e) {
            throw JdbcLedgerStore.failure(e);
        }
    }

    /** The COLLECTIONS contacts of these customers, by customer (what a letter's recipient is chosen from). */
    private Map<Long, List<ContactView>> collectionsContacts(java.util.Collection<Long> customerIds)
            throws SQLException {
        Map<Long, List<ContactView>> contacts = new java.util.HashMap<>();
        for (List<Long> slice : Sql.slices(customerIds)) {
            int padded = Sql.paddedSize(slice.size());
            try (PreparedStatement select = connection().prepareStatement("SELECT customer_id, name, is_primary,"
                    + " contact_role, email, phone, language FROM customer_contact WHERE purpose = 'COLLECTIONS'"
                    + " AND customer_id IN " + Sql.placeholders(padded))) {
                Sql.bindIn(select, 1, slice, padded);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        contacts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new ContactView(
                                rs.getString(2), ContactPurpose.COLLECTIONS, rs.getBoolean(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getString(7)));
                    }
                }
            }
        }
        return contacts;
    }

    private String companyLanguage(String company) throws SQLException {
        try (PreparedStatement select = connection().prepareStatement("SELECT language FROM company WHERE code = ?")) {
            select.setString(1, company);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static OpenItem openItem(ResultSet rs) throws SQLException {
        BigDecimal open = rs.getBigDecimal("open_as_of");
        if (open.signum() <= 0) {
            return null;
        }
        Currency currency = Money.currency(rs.getString("currency").trim());
        return new OpenItem(rs.getString("document"), DocumentKind.valueOf(rs.getString("kind")),
                Sql.date(rs, "document_date"), Sql.date(rs, "due_date"),
                Money.of(rs.getBigDecimal("amount"), currency), Money.of(open, currency),
                CollectionStatus.valueOf(rs.getString("collection_status")),
                rs.getString("reference"), rs.getString("customer_po"), rs.getString("description"));
    }

    /** Settlements of the customer made on or before {@code upTo}, oldest first. */
    public List<SettlementView> settlements(long customerId, LocalDate upTo) {
        try (PreparedStatement statement = connection().prepareStatement(
                SETTLEMENT_SELECT + " WHERE s.customer_id = ? AND s.settled_on <= ? ORDER BY s.settled_on, s.id")) {
            statement.setLong(1, customerId);
            Sql.setDate(statement, 2, upTo);
            return settlementViews(statement);
        } catch (SQLException e) {
            throw JdbcLedgerStore.failure(e);
        }
    }

    public Page<SettlementView> settlements(long customerId, PageRequest page) {
        try (PreparedStatement statement = connection().prepareStatement(SETTLEMENT_SELECT
                + " WHERE s.customer_id = ? ORDER BY s.settled_on DESC, s.id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY");
             PreparedStatement count = connection().prepareStatement(
                     "SELECT COUNT(*) FROM settlement WHERE customer_id = ?")) {
            statement.setLong(1, customerId);
            statement.setLong(2, page.offset());
            statement.setInt(3, page.size());
            count.setLong(1, customerId);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return Page.of(settlementViews(statement), page, rs.getLong(1));
            }
        } catch (SQLException e) {
            throw JdbcLedgerStore.failure(e);
        }
    }

    public List<SettlementView> settlementsById(List<Long> ids) {
        List<SettlementView> views = new ArrayList<>();
        for (List<Long> slice : Sql.slices(ids)) {
            int size = Sql.paddedSize(slice.size());
            try (PreparedStatement statement = connection().prepareStatement(
                    SETTLEMENT_SELECT + " WHERE s.id IN " + Sql.placeholders(size) + " ORDER BY s.id")) {
                Sql.bindIn(statement, 1, slice, size);
                views.addAll(settlementViews(statement));
            } catch (SQLException e) {
                throw JdbcLedgerStore.failure(e);
            }
        }
        return views;
    }

    /** What payments settled on the debits, dated from {@code from} to {@code to}, not undone. */
    public BigDecimal paidOn(String company, List<String> debits, LocalDate from, LocalDate to) {
        BigDecimal paid = BigDecimal.ZERO;
        for (List<String> slice : Sql.slices(debits)) {
            int size = Sql.paddedSize(slice.size());
            try (PreparedStatement statement = connection().prepareStatement("""
                    SELECT SUM(s.amount) FROM settlement s
                    JOIN ledger_transaction d ON d.id = s.debit_id
                    JOIN ledger_transaction c ON c.id = s.credit_id
                    WHERE d.document IN %s AND d.company_code = ? AND c.kind = 'PAYMENT'
                      AND s.settled_on >= ? AND s.settled_on <= ? AND s.undone_on IS NULL""".formatted(
                    Sql.placeholders(size)))) {
                int next = Sql.bindIn(statement, 1, slice, size);
                statement.setString(next, company);
                Sql.setDate(statement, next + 1, from);
                Sql.setDate(statement, next + 2, to);
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    BigDecimal sum = rs.getBigDecimal(1);
                    paid = sum == null ? paid : paid.add(sum);
                }
            } catch (SQLException e) {
                throw JdbcLedgerStore.failure(e);
            }
        }
        return paid;
    }

    private static List<SettlementView> settlementViews(PreparedStatement statement) throws SQLException {
        List<SettlementView> views = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                views.add(new SettlementView(rs.getLong("id"), rs.getString("company_code"), rs.getString("account"),
                        rs.getString("debit_document"), rs.getString("credit_document"),
                        Money.of(rs.getBigDecimal("amount"), Money.currency(rs.getString("currency").trim())),
                        Sql.date(rs, "settled_on"), Sql.date(rs, "undone_on"), rs.getString("undo_reason"),
                        rs.getString("created_by")));
            }
        }
        return views;
    }
}
