package org.dunwell.dunning.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dunwell.dunning.api.LetterView;
import org.dunwell.dunning.domain.letter.LetterStore;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.sql.Ids;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.CustomerScopeSql;

/** Letters, invoice levels and interest periods with JDBC. */
@ApplicationScoped
public class JdbcLetterStore implements LetterStore {

    private static final String LETTER = "SELECT d.id, d.number_text, d.company_code, d.account, d.sequence_code,"
            + " d.level_no, d.letter_date, d.language, d.contact, d.email, d.currency, d.overdue, d.fee, d.interest,"
            + " d.fee_document, d.subject, d.body, d.blocked, d.handover, d.printed, d.created_by, d.created_at,"
            + " d.customer_name FROM dunning_letter d";

    @PersistenceContext(unitName = "dunwell")
    private EntityManager em;
    private CustomerScopeSql scopes;

    protected JdbcLetterStore() {
    }

    @Inject
    public JdbcLetterStore(CustomerScopeSql scopes) {
        this.scopes = scopes;
    }

    public JdbcLetterStore(EntityManager em, CustomerScopeSql scopes) {
        this(scopes);
        this.em = em;
    }

    private Connection connection() {
        return em.unwrap(Connection.class);
    }

    @Override
    public Map<String, Level> levels(String company, Collection<String> accounts) {
        return levelsBy("account", company, accounts);
    }

    @Override
    public Map<String, Level> levelsOf(String company, Collection<String> documents) {
        return levelsBy("document", company, documents);
    }

    private Map<String, Level> levelsBy(String column, String company, Collection<String> keys) {
        Map<String, Level> levels = new HashMap<>();
        List<String> all = List.copyOf(keys);
        for (int from = 0; from < all.size(); from += 200) {
            List<String> slice = all.subList(from, Math.min(all.size(), from + 200));
            try (PreparedStatement statement = connection().prepareStatement("SELECT document, level_no, letter_date"
                    + " FROM dunning_invoice_level WHERE company_code = ? AND " + column + " IN "
                    + Jdbc.in(slice.size()))) {
                statement.setString(1, company);
                for (int i = 0; i < slice.size(); i++) {
                    statement.setString(i + 2, slice.get(i));
                }
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        Level level = new Level(rs.getInt(2), Jdbc.date(rs, "letter_date"));
                        levels.merge(rs.getString(1), level, (a, b) -> a.level() >= b.level() ? a : b);
                    }
                }
            } catch (SQLException e) {
                throw Jdbc.failure(e);
            }
        }
        return levels;
    }

    @Override
    public Map<String, LocalDate> interestChargedTo(String company, Collection<String> accounts) {
        Map<String, LocalDate> charged = new HashMap<>();
        List<String> all = List.copyOf(accounts);
        for (int from = 0; from < all.size(); from += 200) {
            List<String> slice = all.subList(from, Math.min(all.size(), from + 200));
            try (PreparedStatement statement = connection().prepareStatement("SELECT document, MAX(period_to)"
                    + " FROM dunning_interest_charged WHERE company_code = ? AND account IN " + Jdbc.in(slice.size())
                    + " GROUP BY document")) {
                statement.setString(1, company);
                for (int i = 0; i < slice.size(); i++) {
                    statement.setString(i + 2, slice.get(i));
                }
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        charged.put(rs.getString(1), rs.getDate(2).toLocalDate());
                    }
                }
            } catch (SQLException e) {
                throw Jdbc.failure(e);
            }
        }
        return charged;
    }

    @Override
    public long newId() {
        try {
            return Ids.next(connection(), 1)[0];
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    @Override
    public void insert(LetterView l, long run, int line) {
        try (PreparedStatement letter = connection().prepareStatement("INSERT INTO dunning_letter (id, company_code,"
                + " number_text, run_id, line_id, account, customer_name, sequence_code, level_no, letter_date,"
                + " language, contact, email, currency, overdue, fee, interest, fee_document, subject, body, blocked,"
                + " handover, printed, created_by, created_at) VALUES (?, ?, ?, ?, (SELECT id FROM letter_run_line"
                + " WHERE run_id = ? AND line_no = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)");
             PreparedStatement invoice = connection().prepareStatement("INSERT INTO dunning_letter_invoice"
                     + " (letter_id, document, document_date, due_date, days_overdue, open_amount, interest,"
                     + " interest_document) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            Jdbc.bind(letter, Arrays.asList(l.id(), l.company(), l.number(), run, run, line, l.account(),
                    l.customerName(), l.sequence(), l.level(), l.date(), l.language(), l.contact(), l.email(),
                    l.currency(), l.overdue(), l.fee(), l.interest(), l.feeDocument(), l.subject(), l.body(),
                    l.blocked(), l.handover(), l.createdBy(), l.createdAt()));
            letter.executeUpdate();
            for (LetterView.Invoice v : l.invoices()) {
                Jdbc.bind(invoice, Arrays.asList(l.id(), v.document(), v.documentDate(), v.dueDate(), v.daysOverdue(),
                        v.open(), v.interest(), v.interestDocument()));
                invoice.addBatch();
            }
            invoice.executeBatch();
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    @Override
    public void insertLevels(String company, String account, Collection<String> documents, int level, long letter,
                             LocalDate date) {
        try (PreparedStatement insert = connection().prepareStatement("INSERT INTO dunning_invoice_level"
                + " (company_code, document, level_no, account, letter_id, letter_date) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (String document : documents) {
                Jdbc.bind(insert, List.of(company, document, level, account, letter, date));
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    @Override
    public void insertInterestCharged(String company, String account, String document, LocalDate from, LocalDate to,
                                      BigDecimal amount, String chargeDocument) {
        try (PreparedStatement insert = connection().prepareStatement("INSERT INTO dunning_interest_charged"
                + " (company_code, document, period_from, period_to, account, amount, charge_document)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            Jdbc.bind(insert, List.of(company, document, from, to, account, amount, chargeDocument));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    @Override
    public void uncharge(String company, Map<String, LocalDate> periodStartByDocument) {
        try (PreparedStatement delete = connection().prepareStatement("DELETE FROM dunning_interest_charged"
                + " WHERE company_code = ? AND document = ? AND period_from = ?")) {
            for (Map.Entry<String, LocalDate> period : periodStartByDocument.entrySet()) {
                Jdbc.bind(delete, List.of(company, period.getKey(), period.getValue()));
                delete.addBatch();
            }
            delete.executeBatch();
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    @Override
    public Optional<LetterView> letter(String company, long id) {
        return letters(LETTER + " WHERE d.company_code = ? AND d.id = ?", List.of(company, id)).stream().findFirst();
    }

    @Override
    public Page<LetterView> letters(String company, String account, CustomerScope scope, PageRequest page) {
        CustomerScopeSql.Condition visible = scopes.withinCompany(scope, company, "d.account");
        String where = " WHERE d.company_code = ? AND " + visible.sql() + (account == null ? "" : " AND d.account = ?");
        List<Object> parameters = new ArrayList<>(List.of(company));
        parameters.addAll(visible.parameters());
        if (account != null) {
            parameters.add(account);
        }
        long total;
        try (PreparedStatement count = connection().prepareStatement("SELECT COUNT(*) FROM dunning_letter d"
                + where)) {
            Jdbc.bind(count, parameters);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
        List<Object> paged = new ArrayList<>(parameters);
        paged.add(page.offset());
        paged.add(page.size());
        return Page.of(letters(LETTER + where + " ORDER BY d.letter_date DESC, d.id DESC OFFSET ? ROWS FETCH NEXT ?"
                + " ROWS ONLY", paged), page, total);
    }

    @Override
    public List<LetterView> handoverLetters(String company, long afterId, int limit) {
        return letters(LETTER + " WHERE d.company_code = ? AND d.handover = ? AND d.id > ? ORDER BY d.id FETCH FIRST "
                + limit + " ROWS ONLY", List.of(company, true, afterId));
    }

    private List<LetterView> letters(String sql, List<Object> parameters) {
        try (PreparedStatement statement = connection().prepareStatement(sql)) {
            Jdbc.bind(statement, parameters);
            List<LetterView> letters = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String currency = rs.getString("currency").trim();
                    BigDecimal overdue = Jdbc.money(rs, "overdue", currency);
                    BigDecimal fee = Jdbc.money(rs, "fee", currency);
                    BigDecimal interest = Jdbc.money(rs, "interest", currency);
                    letters.add(new LetterView(rs.getLong("id"), rs.getString("number_text"),
                            rs.getString("company_code"), rs.getString("account"), rs.getString("customer_name"),
                            rs.getString("sequence_code"), rs.getInt("level_no"), Jdbc.date(rs, "letter_date"),
                            rs.getString("language"), rs.getString("contact"), rs.getString("email"), currency,
                            overdue, fee, interest, overdue.add(fee).add(interest), rs.getString("fee_document"),
                            rs.getString("subject"), rs.getString("body"), rs.getBoolean("blocked"),
                            rs.getBoolean("handover"), rs.getInt("printed"), List.of(), rs.getString("created_by"),
                            Jdbc.instant(rs, "created_at")));
                }
            }
            List<LetterView> complete = new ArrayList<>();
            for (LetterView letter : letters) {
                complete.add(withInvoices(letter));
            }
            return complete;
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    private LetterView withInvoices(LetterView l) throws SQLException {
        List<LetterView.Invoice> invoices = new ArrayList<>();
        try (PreparedStatement statement = connection().prepareStatement("SELECT document, document_date, due_date,"
                + " days_overdue, open_amount, interest, interest_document FROM dunning_letter_invoice"
                + " WHERE letter_id = ? ORDER BY due_date, document")) {
            statement.setLong(1, l.id());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    invoices.add(new LetterView.Invoice(rs.getString("document"), Jdbc.date(rs, "document_date"),
                            Jdbc.date(rs, "due_date"), rs.getInt("days_overdue"),
                            Jdbc.money(rs, "open_amount", l.currency()), Jdbc.money(rs, "interest", l.currency()),
                            rs.getString("interest_document")));
                }
            }
        }
        return new LetterView(l.id(), l.number(), l.company(), l.account(), l.customerName(), l.sequence(), l.level(),
                l.date(), l.language(), l.contact(), l.email(), l.currency(), l.overdue(), l.fee(), l.interest(),
                l.total(), l.feeDocument(), l.subject(), l.body(), l.blocked(), l.handover(), l.printed(), invoices,
                l.createdBy(), l.createdAt());
    }

    @Override
    public void printed(long id) {
        try (PreparedStatement statement = connection().prepareStatement(
                "UPDATE dunning_letter SET printed = printed + 1 WHERE id = ?")) {
            statement.setLong(1, id);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    @Override
    public List<BlockingLetter> blockingLetters(String company) {
        Map<Long, BlockingLetter> found = new java.util.LinkedHashMap<>();
        try (PreparedStatement statement = connection().prepareStatement("SELECT d.id, d.account, d.number_text,"
                + " i.document FROM dunning_letter d JOIN dunning_letter_invoice i ON i.letter_id = d.id"
                + " WHERE d.company_code = ? AND d.blocked = ? AND d.hold_released_at IS NULL ORDER BY d.id")) {
            statement.setString(1, company);
            statement.setBoolean(2, true);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String account = rs.getString(2);
                    String number = rs.getString(3);
                    found.computeIfAbsent(id, k -> new BlockingLetter(k, account, number, new ArrayList<>()))
                            .documents().add(rs.getString(4));
                }
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
        return List.copyOf(found.values());
    }

    @Override
    public void holdReleased(Collection<Long> letters, java.time.Instant at) {
        try (PreparedStatement statement = connection().prepareStatement(
                "UPDATE dunning_letter SET hold_released_at = ? WHERE id = ?")) {
            for (long id : letters) {
                Jdbc.bind(statement, List.of(at, id));
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }
}
