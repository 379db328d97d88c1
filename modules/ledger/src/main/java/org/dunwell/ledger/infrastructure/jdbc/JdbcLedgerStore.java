package org.dunwell.ledger.infrastructure.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.sql.Database;
import org.dunwell.kernel.sql.Ids;
import org.dunwell.ledger.api.AuditEntry;
import org.dunwell.ledger.api.CollectionStatus;
import org.dunwell.ledger.api.ContactPurpose;
import org.dunwell.ledger.api.DocumentKind;
import org.dunwell.ledger.api.DocumentStatus;
import org.dunwell.ledger.api.PostingEntry;
import org.dunwell.ledger.domain.LedgerStore;
import org.dunwell.ledger.domain.imports.CustomerRef;
import org.dunwell.ledger.domain.imports.CustomerRow;
import org.dunwell.ledger.domain.imports.NewDocument;
import org.dunwell.ledger.domain.imports.NewPostingEntry;
import org.dunwell.ledger.domain.imports.NewSettlement;
import org.dunwell.ledger.domain.imports.RateRow;
import org.dunwell.ledger.domain.imports.StoredContact;
import org.dunwell.ledger.domain.imports.StoredCustomer;
import org.dunwell.ledger.domain.imports.StoredDocument;
import org.dunwell.ledger.domain.imports.StoredRate;
import org.dunwell.ledger.domain.settlement.ActiveSettlement;
import org.dunwell.ledger.domain.settlement.Debit;
import org.dunwell.ledger.domain.settlement.SettlementOrder;

/**
 * The ledger's postings in SQL that runs unchanged on Derby and PostgreSQL, with JDBC
 * batches, on the connection of the caller's JPA transaction (so that JPA and JDBC work in
 * one transaction).
 */
@ApplicationScoped
public class JdbcLedgerStore implements LedgerStore {

    private static final String DOCUMENT_COLUMNS = """
            t.id, t.kind, c.account, t.customer_id, t.document_date, t.due_date, t.currency, t.amount, t.open_amount,
            t.reference, t.customer_po, t.description, t.applies_to, t.status, t.document""";

    @PersistenceContext(unitName = "dunwell")
    private EntityManager em;

    private Sql.Dialect dialect;

    protected JdbcLedgerStore() {
    }

    public JdbcLedgerStore(EntityManager em) {
        this.em = em;
    }

    private Connection connection() {
        return em.unwrap(Connection.class);
    }

    private Sql.Dialect dialect(Connection connection) throws SQLException {
        if (dialect == null) {
            dialect = Sql.Dialect.of(connection);
        }
        return dialect;
    }

    /**
     * Runs a large look-up with plans made for its real parameters and the table's current size:
     * on PostgreSQL a generic plan cached while the table was small would scan the growing table
     * for every chunk of an import. Inserts keep their cached plans.
     */
    private <T> T withFreshPlans(int size, Callable<T> lookup) throws SQLException {
        boolean large = size > 8;
        if (large) {
            onPostgreSql("SET LOCAL plan_cache_mode = force_custom_plan");
        }
        try {
            return lookup.call();
        } catch (SQLException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            if (large) {
                onPostgreSql("SET LOCAL plan_cache_mode = auto");
            }
        }
    }

    @Override
    public void refreshStatistics() {
        onPostgreSql("ANALYZE customer, ledger_transaction, settlement");
    }

    private void onPostgreSql(String sql) {
        try {
            Connection connection = connection();
            if (dialect(connection) == Sql.Dialect.POSTGRESQL) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(sql);
                }
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** New ids from the one sequence, in the blocks EclipseLink takes too ({@link Ids}). */
    @Override
    public long[] newIds(int count) {
        try {
            Connection connection = connection();
            return Ids.next(connection, dialect(connection) == Sql.Dialect.DERBY ? Database.DERBY
                    : Database.POSTGRESQL, count);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public Optional<String> accountingCurrency(String company) {
        return single("SELECT accounting_currency FROM company WHERE code = ?", company);
    }

    @Override
    public SettlementOrder settlementOrder(String company) {
        return single("SELECT settlement_order FROM company WHERE code = ?", company)
                .map(SettlementOrder::valueOf).orElse(SettlementOrder.STATUTORY);
    }

    private Optional<String> single(String sql, String parameter) {
        try (PreparedStatement statement = connection().prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1).trim()) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public Map<String, CustomerRef> customerRefs(String company, Collection<String> accounts) {
        Map<String, CustomerRef> found = new HashMap<>();
        for (List<String> slice : Sql.slices(new TreeSet<>(accounts))) {
            int size = Sql.paddedSize(slice.size());
            String sql = "SELECT id, account, currency FROM customer WHERE company_code = ? AND account IN "
                    + Sql.placeholders(size);
            try {
                withFreshPlans(size, () -> {
                    try (PreparedStatement statement = connection().prepareStatement(sql)) {
                    statement.setString(1, company);
                    Sql.bindIn(statement, 2, slice, size);
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            String account = rs.getString("account");
                            found.put(account, new CustomerRef(rs.getLong("id"), company, account,
                                    rs.getString("currency").trim()));
                        }
                    }
                    }
                    return null;
                });
            } catch (SQLException e) {
                throw failure(e);
            }
        }
        return found;
    }

    @Override
    public Map<String, StoredCustomer> customers(String company, Collection<String> accounts) {
        Map<String, StoredCustomer> found = new HashMap<>();
        for (List<String> slice : Sql.slices(new TreeSet<>(accounts))) {
            int size = Sql.paddedSize(slice.size());
            String sql = """
                    SELECT id, account, name, currency, language, customer_group, region, payment_terms_days,
                           credit_limit, email, phone, responsible_employee, version
                    FROM customer WHERE company_code = ? AND account IN""" + " " + Sql.placeholders(size);
            try {
                withFreshPlans(size, () -> {
                    try (PreparedStatement statement = connection().prepareStatement(sql)) {
                    statement.setString(1, company);
                    Sql.bindIn(statement, 2, slice, size);
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            String account = rs.getString("account");
                            found.put(account, new StoredCustomer(rs.getLong("id"), account, rs.getString("name"),
                                    rs.getString("currency").trim(), rs.getString("language"),
                                    rs.getString("customer_group"), rs.getString("region"),
                                    Sql.integer(rs, "payment_terms_days"), rs.getBigDecimal("credit_limit"),
                                    rs.getString("email"), rs.getString("phone"),
                                    rs.getString("responsible_employee"), rs.getLong("version")));
                        }
                    }
                    }
                    return null;
                });
            } catch (SQLException e) {
                throw failure(e);
            }
        }
        return found;
    }

    @Override
    public void insertCustomers(String company, List<CustomerRow> rows, long[] ids, String actor, Instant now) {
        String sql = """
                INSERT INTO customer (id, company_code, account, name, currency, language, customer_group, region,
                    payment_terms_days, credit_limit, email, phone, responsible_employee, created_by, created_at,
                    version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""";
        batch(sql, indexes(rows.size()), (statement, i) -> {
            CustomerRow row = rows.get(i);
            statement.setLong(1, ids[i]);
            statement.setString(2, company);
            statement.setString(3, row.account());
            statement.setString(4, row.name());
            statement.setString(5, row.currency().getCurrencyCode());
            Sql.setString(statement, 6, row.language());
            Sql.setString(statement, 7, row.group());
            Sql.setString(statement, 8, row.region());
            Sql.setInteger(statement, 9, row.paymentTermsDays());
            Sql.setDecimal(statement, 10, row.creditLimit() == null ? null : row.creditLimit().amount());
            Sql.setString(statement, 11, row.email());
            Sql.setString(statement, 12, row.phone());
            Sql.setString(statement, 13, row.responsible());
            statement.setString(14, actor);
            Sql.setTimestamp(statement, 15, now);
        });
    }

    @Override
    public void updateCustomers(List<CustomerRow> rows, Map<String, StoredCustomer> existing) {
        String sql = """
                UPDATE customer SET name = ?, language = ?, customer_group = ?, region = ?, payment_terms_days = ?,
                    email = ?, phone = ?, responsible_employee = ?, version = version + 1
                WHERE id = ?""";
        batch(sql, rows, (statement, row) -> {
            StoredCustomer stored = existing.get(row.account());
            statement.setString(1, row.name());
            Sql.setString(statement, 2, row.language() != null ? row.language() : stored.language());
            Sql.setString(statement, 3, row.group() != null ? row.group() : stored.group());
            Sql.setString(statement, 4, row.region() != null ? row.region() : stored.region());
            Sql.setInteger(statement, 5,
                    row.paymentTermsDays() != null ? row.paymentTermsDays() : stored.paymentTermsDays());
            Sql.setString(statement, 6, row.email() != null ? row.email() : stored.email());
            Sql.setString(statement, 7, row.phone() != null ? row.phone() : stored.phone());
            Sql.setString(statement, 8, row.responsible() != null ? row.responsible() : stored.responsible());
            statement.setLong(9, stored.id());
        });
    }

    @Override
    public Map<Long, List<StoredContact>> contacts(Collection<Long> customerIds) {
        Map<Long, List<StoredContact>> found = new HashMap<>();
        for (List<Long> slice : Sql.slices(new TreeSet<>(customerIds))) {
            int size = Sql.paddedSize(slice.size());
            String sql = """
                    SELECT id, customer_id, list_position, name, purpose, is_primary, contact_role, email, phone,
                           language
                    FROM customer_contact WHERE customer_id IN""" + " " + Sql.placeholders(size)
                    + " ORDER BY customer_id, list_position, id";
            try (PreparedStatement statement = connection().prepareStatement(sql)) {
                Sql.bindIn(statement, 1, slice, size);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        found.computeIfAbsent(rs.getLong("customer_id"), id -> new ArrayList<>()).add(
                                new StoredContact(rs.getLong("id"), rs.getLong("customer_id"),
                                        rs.getInt("list_position"), rs.getString("name"),
                                        ContactPurpose.valueOf(rs.getString("purpose").trim()),
                                        rs.getBoolean("is_primary"), rs.getString("contact_role"),
                                        rs.getString("email"), rs.getString("phone"), rs.getString("language")));
                    }
                }
            } catch (SQLException e) {
                throw failure(e);
            }
        }
        return found;
    }

    @Override
    public void insertContacts(List<StoredContact> contacts) {
        if (contacts.isEmpty()) {
            return;
        }
        batch("""
                INSERT INTO customer_contact (id, customer_id, list_position, name, purpose, is_primary, contact_role,
                    email, phone, language)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", contacts, (statement, c) -> {
            statement.setLong(1, c.id());
            statement.setLong(2, c.customerId());
            statement.setInt(3, c.position());
            statement.setString(4, c.name());
            statement.setString(5, c.purpose().name());
            statement.setBoolean(6, c.primary());
            Sql.setString(statement, 7, c.role());
            Sql.setString(statement, 8, c.email());
            Sql.setString(statement, 9, c.phone());
            Sql.setString(statement, 10, c.language());
        });
    }

    @Override
    public void updateContacts(List<StoredContact> contacts) {
        if (contacts.isEmpty()) {
            return;
        }
        batch("""
                UPDATE customer_contact SET purpose = ?, is_primary = ?, contact_role = ?, email = ?, phone = ?,
                    language = ?
                WHERE id = ?""", contacts, (statement, c) -> {
            statement.setString(1, c.purpose().name());
            statement.setBoolean(2, c.primary());
            Sql.setString(statement, 3, c.role());
            Sql.setString(statement, 4, c.email());
            Sql.setString(statement, 5, c.phone());
            Sql.setString(statement, 6, c.language());
            statement.setLong(7, c.id());
        });
    }

    @Override
    public void touchCustomers(Collection<Long> customerIds) {
        if (customerIds.isEmpty()) {
            return;
        }
        batch("UPDATE customer SET version = version + 1 WHERE id = ?", new TreeSet<>(customerIds),
                (statement, id) -> statement.setLong(1, id));
    }

    @Override
    public Map<String, StoredDocument> documents(String company, Collection<String> documents) {
        Map<String, StoredDocument> found = new HashMap<>();
        for (List<String> slice : Sql.slices(new TreeSet<>(documents))) {
            int size = Sql.paddedSize(slice.size());
            String sql = "SELECT " + DOCUMENT_COLUMNS + """
                     FROM ledger_transaction t JOIN customer c ON c.id = t.customer_id
                    WHERE t.company_code = ? AND t.document IN""" + " " + Sql.placeholders(size);
            try {
                withFreshPlans(size, () -> {
                    try (PreparedStatement statement = connection().prepareStatement(sql)) {
                    statement.setString(1, company);
                    Sql.bindIn(statement, 2, slice, size);
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            found.put(rs.getString("document"), storedDocument(rs));
                        }
                    }
                    }
                    return null;
                });
            } catch (SQLException e) {
                throw failure(e);
            }
        }
        return found;
    }

    @Override
    public Optional<StoredDocument> document(String company, String document) {
        return Optional.ofNullable(documents(company, List.of(document)).get(document));
    }

    private static StoredDocument storedDocument(ResultSet rs) throws SQLException {
        return new StoredDocument(rs.getLong("id"), rs.getString("document"), DocumentKind.valueOf(rs.getString("kind")),
                rs.getString("account"),
                rs.getLong("customer_id"), Sql.date(rs, "document_date"), Sql.date(rs, "due_date"),
                rs.getString("currency").trim(), rs.getBigDecimal("amount"), rs.getBigDecimal("open_amount"),
                rs.getString("reference"), rs.getString("customer_po"), rs.getString("description"),
                rs.getString("applies_to"), rs.getString("status"));
    }

    @Override
    public void insertDocuments(List<NewDocument> documents) {
        if (documents.isEmpty()) {
            return;
        }
        String sql = """
                INSERT INTO ledger_transaction (id, company_code, document, kind, customer_id, document_date, due_date,
                    currency, amount, open_amount, reference, customer_po, description, applies_to, related_id,
                    collection_status, status, source, import_id, created_by, created_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'NONE', 'POSTED', ?, ?, ?, ?, 1)""";
        batch(sql, documents, (statement, d) -> {
            statement.setLong(1, d.id());
            statement.setString(2, d.company());
            statement.setString(3, d.document());
            statement.setString(4, d.kind().name());
            statement.setLong(5, d.customerId());
            Sql.setDate(statement, 6, d.documentDate());
            Sql.setDate(statement, 7, d.dueDate());
            statement.setString(8, d.currency());
            statement.setBigDecimal(9, d.amount());
            statement.setBigDecimal(10, d.openAmount());
            Sql.setString(statement, 11, d.reference());
            Sql.setString(statement, 12, d.customerPo());
            Sql.setString(statement, 13, d.description());
            Sql.setString(statement, 14, d.appliesTo());
            Sql.setLong(statement, 15, d.relatedId());
            statement.setString(16, d.source());
            Sql.setLong(statement, 17, d.importId());
            statement.setString(18, d.createdBy());
            Sql.setTimestamp(statement, 19, d.createdAt());
        });
    }

    @Override
    public void lock(Collection<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return;
        }
        // one batch, executed in ascending id order: one round trip, the same lock order for everyone
        batch("UPDATE ledger_transaction SET open_amount = open_amount WHERE id = ?",
                new TreeSet<>(documentIds), (statement, id) -> {
            statement.setLong(1, id);
        });
    }

    @Override
    public Map<Long, BigDecimal> openAmounts(Collection<Long> documentIds) {
        Map<Long, BigDecimal> open = new HashMap<>();
        for (List<Long> slice : Sql.slices(new TreeSet<>(documentIds))) {
            int size = Sql.paddedSize(slice.size());
            String sql = "SELECT id, open_amount FROM ledger_transaction WHERE id IN " + Sql.placeholders(size);
            try (PreparedStatement statement = connection().prepareStatement(sql)) {
                Sql.bindIn(statement, 1, slice, size);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        open.put(rs.getLong(1), rs.getBigDecimal(2));
                    }
                }
            } catch (SQLException e) {
                throw failure(e);
            }
        }
        return open;
    }

    @Override
    public void setOpenAmounts(Map<Long, BigDecimal> openAmounts) {
        if (openAmounts.isEmpty()) {
            return;
        }
        batch("UPDATE ledger_transaction SET open_amount = ?, version = version + 1 WHERE id = ?",
                new TreeMap<>(openAmounts).entrySet(), (statement, entry) -> {
            statement.setBigDecimal(1, entry.getValue());
            statement.setLong(2, entry.getKey());
        });
    }

    private static final String DEBIT_QUERY = """
            SELECT t.id, t.document, t.kind, t.document_date, t.due_date, t.open_amount, t.currency,
                   COALESCE(p.document, t.document) AS claim_document,
                   COALESCE(p.due_date, t.due_date, t.document_date) AS claim_due_date,
                   COALESCE(p.document_date, t.document_date) AS claim_document_date
            FROM ledger_transaction t LEFT JOIN ledger_transaction p ON p.id = t.related_id
            WHERE t.kind IN ('INVOICE', 'FEE', 'INTEREST') AND t.status = 'POSTED'""";

    @Override
    public List<Debit> undisputedOpenDebits(long customerId, String currency) {
        try (PreparedStatement statement = connection().prepareStatement(
                DEBIT_QUERY + " AND t.customer_id = ? AND t.open_amount > 0 AND t.collection_status <> 'DISPUTED'")) {
            statement.setLong(1, customerId);
            return debits(statement, currency);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public List<Debit> debits(Collection<Long> ids, String currency) {
        List<Debit> debits = new ArrayList<>();
        for (List<Long> slice : Sql.slices(new TreeSet<>(ids))) {
            int size = Sql.paddedSize(slice.size());
            try (PreparedStatement statement = connection().prepareStatement(
                    DEBIT_QUERY + " AND t.id IN " + Sql.placeholders(size))) {
                Sql.bindIn(statement, 1, slice, size);
                debits.addAll(debits(statement, currency));
            } catch (SQLException e) {
                throw failure(e);
            }
        }
        return debits;
    }

    private static List<Debit> debits(PreparedStatement statement, String currency) throws SQLException {
        List<Debit> debits = new ArrayList<>();
        Currency unit = Money.currency(currency);
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                debits.add(new Debit(rs.getLong("id"), rs.getString("document"),
                        DocumentKind.valueOf(rs.getString("kind")), Sql.date(rs, "document_date"),
                        Money.of(rs.getBigDecimal("open_amount"), unit), rs.getString("claim_document"),
                        Sql.date(rs, "claim_due_date"), Sql.date(rs, "claim_document_date")));
            }
        }
        return debits;
    }

    @Override
    public void insertSettlements(List<NewSettlement> settlements) {
        if (settlements.isEmpty()) {
            return;
        }
        String sql = """
                INSERT INTO settlement (id, company_code, customer_id, debit_id, credit_id, amount, settled_on,
                    created_by, created_at, debit_document_date, debit_due_date, credit_document_date)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
        batch(sql, settlements, (statement, s) -> {
            statement.setLong(1, s.id());
            statement.setString(2, s.company());
            statement.setLong(3, s.customerId());
            statement.setLong(4, s.debitId());
            statement.setLong(5, s.creditId());
            statement.setBigDecimal(6, s.amount());
            Sql.setDate(statement, 7, s.settledOn());
            statement.setString(8, s.createdBy());
            Sql.setTimestamp(statement, 9, s.createdAt());
            Sql.setDate(statement, 10, s.dates().debitDocumentDate());
            Sql.setDate(statement, 11, s.dates().debitDueDate());
            Sql.setDate(statement, 12, s.dates().creditDocumentDate());
        });
    }

    @Override
    public List<ActiveSettlement> activeSettlements(long documentId) {
        String sql = """
                SELECT id, debit_id, credit_id, amount, settled_on FROM settlement
                WHERE (debit_id = ? OR credit_id = ?) AND undone_on IS NULL ORDER BY id""";
        try (PreparedStatement statement = connection().prepareStatement(sql)) {
            statement.setLong(1, documentId);
            statement.setLong(2, documentId);
            return activeSettlements(statement);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public Optional<ActiveSettlement> activeSettlement(long settlementId) {
        String sql = "SELECT id, debit_id, credit_id, amount, settled_on FROM settlement WHERE id = ? AND undone_on IS NULL";
        try (PreparedStatement statement = connection().prepareStatement(sql)) {
            statement.setLong(1, settlementId);
            return activeSettlements(statement).stream().findFirst();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static List<ActiveSettlement> activeSettlements(PreparedStatement statement) throws SQLException {
        List<ActiveSettlement> settlements = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                settlements.add(new ActiveSettlement(rs.getLong("id"), rs.getLong("debit_id"), rs.getLong("credit_id"),
                        rs.getBigDecimal("amount"), Sql.date(rs, "settled_on")));
            }
        }
        return settlements;
    }

    @Override
    public void undoSettlements(Collection<Long> settlementIds, LocalDate on, String by, String reason) {
        batch("UPDATE settlement SET undone_on = ?, undone_by = ?, undo_reason = ? WHERE id = ? AND undone_on IS NULL",
                settlementIds, (statement, id) -> {
            Sql.setDate(statement, 1, on);
            statement.setString(2, by);
            Sql.setString(statement, 3, reason);
            statement.setLong(4, id);
        });
    }

    @Override
    public void setStatus(long documentId, DocumentStatus status, LocalDate on, String reason) {
        try (PreparedStatement statement = connection().prepareStatement("""
                UPDATE ledger_transaction SET status = ?, reversed_on = ?, reversal_reason = ?, version = version + 1
                WHERE id = ?""")) {
            statement.setString(1, status.name());
            Sql.setDate(statement, 2, on);
            Sql.setString(statement, 3, reason);
            statement.setLong(4, documentId);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public void setCollectionStatus(long documentId, CollectionStatus status, LocalDate on) {
        try (PreparedStatement statement = connection().prepareStatement("""
                UPDATE ledger_transaction SET collection_status = ?, version = version + 1,
                    disputed_on = CASE WHEN disputed_on IS NULL AND ? = 'DISPUTED' THEN ? ELSE disputed_on END
                WHERE id = ?""")) {
            statement.setString(1, status.name());
            statement.setString(2, status.name());
            Sql.setDate(statement, 3, on);
            statement.setLong(4, documentId);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public Map<String, StoredRate> rates(String company, Collection<RateRow> rows) {
        Map<String, StoredRate> found = new HashMap<>();
        List<LocalDate> dates = rows.stream().map(RateRow::date).distinct().toList();
        for (List<LocalDate> slice : Sql.slices(dates)) {
            int size = Sql.paddedSize(slice.size());
            String sql = "SELECT id, currency, valid_from, rate FROM exchange_rate WHERE company_code = ? AND valid_from IN "
                    + Sql.placeholders(size);
            try (PreparedStatement statement = connection().prepareStatement(sql)) {
                statement.setString(1, company);
                for (int i = 0; i < size; i++) {
                    Sql.setDate(statement, 2 + i, slice.get(Math.min(i, slice.size() - 1)));
                }
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        StoredRate rate = new StoredRate(rs.getLong("id"), rs.getString("currency").trim(),
                                Sql.date(rs, "valid_from"), rs.getBigDecimal("rate"));
                        found.put(rate.key(), rate);
                    }
                }
            } catch (SQLException e) {
                throw failure(e);
            }
        }
        return found;
    }

    @Override
    public void insertRates(List<RateRow> rows, long[] ids, String actor, Instant now) {
        String sql = """
                INSERT INTO exchange_rate (id, company_code, currency, valid_from, rate, created_by, created_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, 1)""";
        batch(sql, indexes(rows.size()), (statement, i) -> {
            RateRow row = rows.get(i);
            statement.setLong(1, ids[i]);
            statement.setString(2, row.company());
            statement.setString(3, row.currency().getCurrencyCode());
            Sql.setDate(statement, 4, row.date());
            statement.setBigDecimal(5, row.rate());
            statement.setString(6, actor);
            Sql.setTimestamp(statement, 7, now);
        });
    }

    @Override
    public void updateRates(Map<Long, BigDecimal> rates) {
        batch("UPDATE exchange_rate SET rate = ?, version = version + 1 WHERE id = ?",
                rates.entrySet(), (statement, entry) -> {
            statement.setBigDecimal(1, entry.getValue());
            statement.setLong(2, entry.getKey());
        });
    }

    @Override
    public void insertAudit(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        long[] ids = newIds(entries.size());
        String sql = """
                INSERT INTO audit_event (id, company_code, subject_type, subject_key, action, field_name, old_value,
                    new_value, reason, actor, occurred_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
        batch(sql, indexes(entries.size()), (statement, i) -> {
            AuditEntry e = entries.get(i);
            statement.setLong(1, ids[i]);
            statement.setString(2, e.company());
            statement.setString(3, e.subjectType());
            statement.setString(4, e.subjectKey());
            statement.setString(5, e.action());
            Sql.setString(statement, 6, e.field());
            Sql.setString(statement, 7, clip(e.oldValue()));
            Sql.setString(statement, 8, clip(e.newValue()));
            Sql.setString(statement, 9, clip(e.reason()));
            statement.setString(10, e.actor());
            Sql.setTimestamp(statement, 11, e.occurredAt());
        });
    }

    private static String clip(String value) {
        return value == null || value.length() <= 1000 ? value : value.substring(0, 999) + "…";
    }

    @Override
    public long recordImport(String company, String kind, String mode, String outcome, long received, long applied,
                             long unchanged, long rejected, String actor, Instant started, Instant finished) {
        long id = newIds(1)[0];
        try (PreparedStatement statement = connection().prepareStatement("""
                INSERT INTO import_run (id, company_code, kind, mode, outcome, received, applied, unchanged, rejected,
                    actor, started_at, finished_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            statement.setLong(1, id);
            Sql.setString(statement, 2, company);
            statement.setString(3, kind);
            statement.setString(4, mode);
            statement.setString(5, outcome);
            statement.setLong(6, received);
            statement.setLong(7, applied);
            statement.setLong(8, unchanged);
            statement.setLong(9, rejected);
            statement.setString(10, actor);
            Sql.setTimestamp(statement, 11, started);
            Sql.setTimestamp(statement, 12, finished);
            statement.executeUpdate();
            return id;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Binds one item of a batch. */
    @FunctionalInterface
    private interface Binder<T> {
        void bind(PreparedStatement statement, T item) throws SQLException;
    }

    /** 0, 1, … count − 1: for batches over parallel lists (rows and their ids). */
    private static List<Integer> indexes(int count) {
        return IntStream.range(0, count).boxed().toList();
    }

    /** One prepared statement, one batch entry per item in the order given, one round trip. */
    private <T> void batch(String sql, Iterable<T> items, Binder<T> binder) {
        try (PreparedStatement statement = connection().prepareStatement(sql)) {
            for (T item : items) {
                binder.bind(statement, item);
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * A key taken by a concurrent request (SQLState 23505 on Derby and PostgreSQL) is a
     * conflict the caller can retry; anything else is unexpected.
     */
    static RuntimeException failure(SQLException e) {
        SQLException cause = e;
        while (cause != null) {
            if ("23505".equals(cause.getSQLState())) {
                return new ConflictException("a document or customer with the same key was written at the same time;"
                        + " send the request again");
            }
            if ("40001".equals(cause.getSQLState()) || "40P01".equals(cause.getSQLState())) {
                return new ConflictException("the database stopped this change because of a concurrent one;"
                        + " send the request again");
            }
            cause = cause.getNextException();
        }
        return new IllegalStateException("ledger database error: " + e.getMessage(), e);
    }

    @Override
    public void insertPostingEntries(List<NewPostingEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        long[] ids = newIds(entries.size());
        try (PreparedStatement insert = connection().prepareStatement("INSERT INTO posting_entry (id, company_code,"
                + " kind, document, related_document, account, currency, amount, entry_date, reconciliation_key,"
                + " description, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < entries.size(); i++) {
                NewPostingEntry e = entries.get(i);
                insert.setLong(1, ids[i]);
                insert.setString(2, e.company());
                insert.setString(3, e.kind());
                insert.setString(4, e.document());
                Sql.setString(insert, 5, e.relatedDocument());
                insert.setString(6, e.account());
                insert.setString(7, e.currency());
                insert.setBigDecimal(8, e.amount());
                Sql.setDate(insert, 9, e.date());
                insert.setString(10, "DW-" + ids[i]);
                Sql.setString(insert, 11, e.description() == null || e.description().length() <= 500
                        ? e.description() : e.description().substring(0, 499) + "…");
                insert.setString(12, e.createdBy());
                Sql.setTimestamp(insert, 13, e.createdAt());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public void numberPostingEntries(String company) {
        try {
            Connection connection = connection();
            // the company's row lock orders the numbering: two readers never hand out one number twice
            try (PreparedStatement lock = connection.prepareStatement(
                    "UPDATE company SET code = code WHERE code = ?")) {
                lock.setString(1, company);
                lock.executeUpdate();
            }
            long last;
            try (PreparedStatement max = connection.prepareStatement(
                    "SELECT COALESCE(MAX(entry_no), 0) FROM posting_entry WHERE company_code = ?")) {
                max.setString(1, company);
                try (ResultSet rs = max.executeQuery()) {
                    rs.next();
                    last = rs.getLong(1);
                }
            }
            List<Long> unnumbered = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT id FROM posting_entry"
                    + " WHERE company_code = ? AND entry_no IS NULL ORDER BY id")) {
                select.setString(1, company);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        unnumbered.add(rs.getLong(1));
                    }
                }
            }
            if (unnumbered.isEmpty()) {
                return;
            }
            try (PreparedStatement number = connection.prepareStatement(
                    "UPDATE posting_entry SET entry_no = ? WHERE id = ?")) {
                for (long id : unnumbered) {
                    number.setLong(1, ++last);
                    number.setLong(2, id);
                    number.addBatch();
                }
                number.executeBatch();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public List<PostingEntry> postingEntries(String company, long after, int limit) {
        List<PostingEntry> entries = new ArrayList<>();
        try (PreparedStatement select = connection().prepareStatement("SELECT entry_no, kind, document,"
                + " related_document, account, currency, amount, entry_date, reconciliation_key, description,"
                + " created_by, created_at FROM posting_entry WHERE company_code = ? AND entry_no > ?"
                + " ORDER BY entry_no FETCH FIRST " + limit + " ROWS ONLY")) {
            select.setString(1, company);
            select.setLong(2, after);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String currency = rs.getString("currency").trim();
                    entries.add(new PostingEntry(rs.getLong("entry_no"), rs.getString("kind"),
                            rs.getString("document"), rs.getString("related_document"), rs.getString("account"),
                            currency, Money.of(rs.getBigDecimal("amount"), Money.currency(currency)).amount(),
                            Sql.date(rs, "entry_date"), rs.getString("reconciliation_key"),
                            rs.getString("description"), rs.getString("created_by"),
                            rs.getTimestamp("created_at").toInstant()));
                }
            }
        } catch (SQLException e) {
            throw failure(e);
        }
        return entries;
    }

    @Override
    public Map<String, String> reconciliationKeys(String company, Collection<String> references) {
        Map<String, String> found = new HashMap<>();
        for (List<String> slice : Sql.slices(references.stream().filter(r -> r != null && r.startsWith("DW-"))
                .distinct().toList())) {
            int size = Sql.paddedSize(slice.size());
            try (PreparedStatement select = connection().prepareStatement("SELECT reconciliation_key, kind, document,"
                    + " related_document FROM posting_entry WHERE company_code = ? AND reconciliation_key IN "
                    + Sql.placeholders(size))) {
                select.setString(1, company);
                Sql.bindIn(select, 2, slice, size);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        String related = rs.getString(4);
                        found.put(rs.getString(1), rs.getString(2) + " " + rs.getString(3)
                                + (related == null ? "" : " / " + related));
                    }
                }
            } catch (SQLException e) {
                throw failure(e);
            }
        }
        return found;
    }
}
