package org.dunwell.dunning.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dunwell.dunning.api.EscalationRule;
import org.dunwell.dunning.api.LetterRunView;
import org.dunwell.dunning.api.LineStatus;
import org.dunwell.dunning.api.ProposalLineView;
import org.dunwell.dunning.api.RunStatus;
import org.dunwell.dunning.domain.run.NewLine;
import org.dunwell.dunning.domain.run.RunStore;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.sql.Database;
import org.dunwell.kernel.sql.Ids;
import org.dunwell.kernel.sql.PostgresCopy;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.CustomerScopeSql;

/** Letter runs and proposal lines with JDBC: lines go in by the batch, a page of customers at a time. */
@ApplicationScoped
public class JdbcRunStore implements RunStore {

    private static final String RUN = "SELECT id, company_code, as_of, status, execution_id, lines, letters,"
            + " created_by, created_at, proposed_at, posted_by, posted_at, version FROM letter_run";
    private static final String LINE = "SELECT l.id, l.run_id, l.line_no, l.account, l.customer_name, l.currency,"
            + " l.sequence_code, l.escalation, l.level_no, l.language, l.language_note, l.contact, l.email, l.overdue,"
            + " l.fee, l.interest, l.status, l.reason, l.letter_id, l.edited_by, l.edit_reason FROM letter_run_line l";

    @PersistenceContext(unitName = "dunwell")
    private EntityManager em;
    private CustomerScopeSql scopes;

    protected JdbcRunStore() {
    }

    @Inject
    public JdbcRunStore(CustomerScopeSql scopes) {
        this.scopes = scopes;
    }

    public JdbcRunStore(EntityManager em, CustomerScopeSql scopes) {
        this(scopes);
        this.em = em;
    }

    private Connection connection() {
        return em.unwrap(Connection.class);
    }

    @Override
    public long create(String company, LocalDate asOf, String by, Instant at) {
        try (PreparedStatement insert = connection().prepareStatement("INSERT INTO letter_run (id, company_code, as_of,"
                + " status, lines, letters, created_by, created_at, version) VALUES (?, ?, ?, ?, 0, 0, ?, ?, 1)")) {
            long id = Ids.next(connection(), 1)[0];
            Jdbc.bind(insert, List.of(id, company, asOf, RunStatus.PROPOSING.name(), by, at));
            insert.executeUpdate();
            return id;
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    @Override
    public Optional<LetterRunView> run(String company, long id) {
        List<LetterRunView> found = runs(RUN + " WHERE company_code = ? AND id = ?", List.of(company, id));
        return found.stream().findFirst();
    }

    @Override
    public Page<LetterRunView> runs(String company, PageRequest page) {
        List<LetterRunView> items = runs(RUN + " WHERE company_code = ? ORDER BY id DESC OFFSET ? ROWS FETCH NEXT ?"
                + " ROWS ONLY", List.of(company, page.offset(), page.size()));
        return Page.of(items, page, Jdbc.count(connection(),
                "SELECT COUNT(*) FROM letter_run WHERE company_code = ?", List.of(company)));
    }

    private List<LetterRunView> runs(String sql, List<Object> parameters) {
        try (PreparedStatement statement = connection().prepareStatement(sql)) {
            Jdbc.bind(statement, parameters);
            List<LetterRunView> runs = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    runs.add(new LetterRunView(rs.getLong("id"), rs.getString("company_code"),
                            Jdbc.date(rs, "as_of"), RunStatus.valueOf(rs.getString("status")),
                            Jdbc.longOrNull(rs, "execution_id"), rs.getInt("lines"), rs.getInt("letters"),
                            rs.getString("created_by"), Jdbc.instant(rs, "created_at"),
                            Jdbc.instant(rs, "proposed_at"), rs.getString("posted_by"),
                            Jdbc.instant(rs, "posted_at"), rs.getLong("version")));
                }
            }
            return runs;
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    @Override
    public boolean move(long id, RunStatus from, RunStatus to, Long version, String by, Instant at) {
        String stamp = switch (to) {
            case PROPOSED -> ", proposed_at = ?";
            case POSTING -> ", posted_by = ?";
            case POSTED -> ", posted_at = ?";
            default -> "";
        };
        List<Object> parameters = new ArrayList<>(List.of(to.name()));
        if (to == RunStatus.PROPOSED || to == RunStatus.POSTED) {
            parameters.add(at);
        } else if (to == RunStatus.POSTING) {
            parameters.add(by);
        }
        parameters.add(id);
        parameters.add(from.name());
        String versioned = "";
        if (version != null) {
            versioned = " AND version = ?";
            parameters.add(version);
        }
        return Jdbc.update(connection(), "UPDATE letter_run SET status = ?, version = version + 1" + stamp
                + " WHERE id = ? AND status = ?" + versioned, parameters) == 1;
    }

    @Override
    public void ranAs(long id, long executionId) {
        Jdbc.update(connection(), "UPDATE letter_run SET execution_id = ? WHERE id = ?", List.of(executionId, id));
    }

    @Override
    public void count(long id) {
        Jdbc.update(connection(),
                "UPDATE letter_run SET lines = (SELECT COUNT(*) FROM letter_run_line WHERE run_id = ?), letters ="
                + " (SELECT COUNT(*) FROM letter_run_line WHERE run_id = ? AND status = 'POSTED') WHERE id = ?",
                List.of(id, id, id));
    }

    @Override
    public void refreshStatistics() {
        try (java.sql.Statement statement = connection().createStatement()) {
            if (Database.of(connection()) == Database.POSTGRESQL) {
                statement.execute("ANALYZE letter_run_line, letter_run_invoice, dunning_invoice_level");
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    @Override
    public void insertLines(long run, List<NewLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        try {
            Connection connection = connection();
            Database database = Database.of(connection);
            long[] ids = Ids.next(connection, database, lines.size());
            int first = (int) Jdbc.count(connection,
                    "SELECT COALESCE(MAX(line_no), 0) FROM letter_run_line WHERE run_id = ?",
                    List.of(run)) + 1;
            List<Object[]> lineRows = new ArrayList<>(lines.size());
            List<Object[]> invoiceRows = new ArrayList<>(lines.size() * 4);
            for (int i = 0; i < lines.size(); i++) {
                NewLine l = lines.get(i);
                lineRows.add(new Object[] {ids[i], run, first + i, l.account(), l.customerName(), l.currency(),
                    l.sequence(), l.escalation() == null ? null : l.escalation().name(), l.level(), l.language(),
                    l.languageNote(), l.contact(), l.email(), l.overdue(), l.fee(), l.interest(), l.status().name(),
                    fit(l.reason(), 500)});
                for (ProposalLineView.Invoice v : l.invoices()) {
                    invoiceRows.add(new Object[] {ids[i], v.document(), v.dueDate(), v.daysOverdue(), v.open(),
                        v.levelBefore(), v.interest(), v.interestFrom(), fit(v.excludedBecause(), 200)});
                }
            }
            if (PostgresCopy.reachable(connection, database)) {
                // a proposal stores a row per open debit of every customer with something overdue (decision 0028)
                PostgresCopy.copyIn(connection, "letter_run_line", LINE_COLUMNS, lineRows);
                PostgresCopy.copyIn(connection, "letter_run_invoice", INVOICE_COLUMNS, invoiceRows);
            } else {
                insertByBatch(connection, "letter_run_line", LINE_COLUMNS, lineRows, LINE_TYPES);
                insertByBatch(connection, "letter_run_invoice", INVOICE_COLUMNS, invoiceRows, INVOICE_TYPES);
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    private static final List<String> LINE_COLUMNS = List.of("id", "run_id", "line_no", "account", "customer_name",
            "currency", "sequence_code", "escalation", "level_no", "language", "language_note", "contact", "email",
            "overdue", "fee", "interest", "status", "reason");
    /** The SQL types a NULL of each column is bound as (pgjdbc refuses a VARCHAR null for a number or a date). */
    private static final int[] LINE_TYPES = {Types.BIGINT, Types.BIGINT, Types.INTEGER, Types.VARCHAR,
        Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.VARCHAR,
        Types.VARCHAR, Types.VARCHAR, Types.DECIMAL, Types.DECIMAL, Types.DECIMAL, Types.VARCHAR, Types.VARCHAR};
    private static final List<String> INVOICE_COLUMNS = List.of("line_id", "document", "due_date", "days_overdue",
            "open_amount", "level_before", "interest", "interest_from", "excluded_because");
    private static final int[] INVOICE_TYPES = {Types.BIGINT, Types.VARCHAR, Types.DATE, Types.INTEGER,
        Types.DECIMAL, Types.INTEGER, Types.DECIMAL, Types.DATE, Types.VARCHAR};

    /** Derby, or PostgreSQL without its copy API: one JDBC batch of single-row inserts. */
    private static void insertByBatch(Connection connection, String table, List<String> columns, List<Object[]> rows,
                                      int[] types) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " ("
                + String.join(", ", columns) + ") VALUES (?" + ", ?".repeat(columns.size() - 1) + ")")) {
            for (Object[] row : rows) {
                for (int c = 0; c < row.length; c++) {
                    Jdbc.setNullable(insert, c + 1, row[c], types[c]);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static String fit(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    @Override
    public String lastAccount(long run) {
        try (PreparedStatement statement = connection().prepareStatement(
                "SELECT MAX(account) FROM letter_run_line WHERE run_id = ?")) {
            statement.setLong(1, run);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    @Override
    public Page<ProposalLineView> lines(String company, long run, LineStatus status, String account,
                                        CustomerScope scope, PageRequest page) {
        CustomerScopeSql.Condition visible = scopes.withinCompany(scope, company, "l.account");
        StringBuilder where = new StringBuilder(" WHERE l.run_id = ? AND " + visible.sql());
        List<Object> parameters = new ArrayList<>(List.of(run));
        parameters.addAll(visible.parameters());
        if (status != null) {
            where.append(" AND l.status = ?");
            parameters.add(status.name());
        }
        if (account != null) {
            where.append(" AND l.account = ?");
            parameters.add(account);
        }
        long total = Jdbc.count(connection(), "SELECT COUNT(*) FROM letter_run_line l" + where, parameters);
        List<Object> paged = new ArrayList<>(parameters);
        paged.add(page.offset());
        paged.add(page.size());
        return Page.of(lines(LINE + where + " ORDER BY l.line_no OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", paged), page,
                total);
    }

    @Override
    public Optional<ProposalLineView> line(long run, int line) {
        return lines(LINE + " WHERE l.run_id = ? AND l.line_no = ?", List.of(run, line)).stream().findFirst();
    }

    private List<ProposalLineView> lines(String sql, List<Object> parameters) {
        try (PreparedStatement statement = connection().prepareStatement(sql)) {
            Jdbc.bind(statement, parameters);
            List<long[]> keys = new ArrayList<>();
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String currency = rs.getString("currency").trim();
                    keys.add(new long[] {rs.getLong("id")});
                    String escalation = rs.getString("escalation");
                    rows.add(new Object[] {rs.getLong("run_id"), rs.getInt("line_no"), rs.getString("account"),
                        rs.getString("customer_name"), currency, rs.getString("sequence_code"),
                        escalation == null ? null : EscalationRule.valueOf(escalation), Jdbc.intOrNull(rs, "level_no"),
                        rs.getString("language"), rs.getString("language_note"), rs.getString("contact"),
                        rs.getString("email"), Jdbc.money(rs, "overdue", currency), Jdbc.money(rs, "fee", currency),
                        Jdbc.money(rs, "interest", currency), LineStatus.valueOf(rs.getString("status")),
                        rs.getString("reason"), Jdbc.longOrNull(rs, "letter_id"), rs.getString("edited_by"),
                        rs.getString("edit_reason")});
                }
            }
            Map<Long, List<ProposalLineView.Invoice>> invoices = invoices(keys.stream().map(k -> k[0]).toList(),
                    rows.stream().map(r -> (String) r[4]).toList());
            List<ProposalLineView> views = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                Object[] r = rows.get(i);
                java.math.BigDecimal total = ((java.math.BigDecimal) r[12]).add((java.math.BigDecimal) r[13])
                        .add((java.math.BigDecimal) r[14]);
                views.add(new ProposalLineView((long) r[0], (int) r[1], (String) r[2], (String) r[3], (String) r[4],
                        (String) r[5], (EscalationRule) r[6], (Integer) r[7], (String) r[8], (String) r[9],
                        (String) r[10], (String) r[11], (java.math.BigDecimal) r[12], (java.math.BigDecimal) r[13],
                        (java.math.BigDecimal) r[14], total, (LineStatus) r[15], (String) r[16], (Long) r[17],
                        (String) r[18], (String) r[19], invoices.getOrDefault(keys.get(i)[0], List.of())));
            }
            return views;
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    private Map<Long, List<ProposalLineView.Invoice>> invoices(List<Long> lines, List<String> currencies)
            throws SQLException {
        Map<Long, List<ProposalLineView.Invoice>> invoices = new HashMap<>();
        Map<Long, String> currencyOf = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            currencyOf.put(lines.get(i), currencies.get(i));
        }
        for (int from = 0; from < lines.size(); from += 200) {
            List<Long> slice = lines.subList(from, Math.min(lines.size(), from + 200));
            try (PreparedStatement statement = connection().prepareStatement("SELECT line_id, document, due_date,"
                    + " days_overdue, open_amount, level_before, interest, interest_from, excluded_because"
                    + " FROM letter_run_invoice WHERE line_id IN " + Jdbc.in(slice.size())
                    + " ORDER BY line_id, due_date, document")) {
                Jdbc.bind(statement, slice);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        long line = rs.getLong("line_id");
                        String currency = currencyOf.get(line);
                        invoices.computeIfAbsent(line, k -> new ArrayList<>()).add(new ProposalLineView.Invoice(
                                rs.getString("document"), Jdbc.date(rs, "due_date"), rs.getInt("days_overdue"),
                                Jdbc.money(rs, "open_amount", currency), rs.getInt("level_before"),
                                Jdbc.money(rs, "interest", currency), Jdbc.date(rs, "interest_from"),
                                rs.getString("excluded_because")));
                    }
                }
            }
        }
        return invoices;
    }

    @Override
    public boolean moveLine(long run, int line, List<LineStatus> from, LineStatus to, Long letter, String by,
                            String reason) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(to.name());
        parameters.add(letter);
        parameters.add(by);
        parameters.add(reason);
        parameters.add(run);
        parameters.add(line);
        from.forEach(s -> parameters.add(s.name()));
        String edit = by == null ? "" : ", edited_by = ?, edit_reason = ?";
        if (by == null) {
            parameters.remove(2);
            parameters.remove(2);
        }
        try (PreparedStatement statement = connection().prepareStatement("UPDATE letter_run_line SET status = ?,"
                + " letter_id = ?" + edit + " WHERE run_id = ? AND line_no = ? AND status IN "
                + Jdbc.in(from.size()))) {
            Jdbc.bind(statement, parameters);
            Jdbc.setNullable(statement, 2, letter, Types.BIGINT);
            return statement.executeUpdate() == 1;
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    @Override
    public List<Integer> linesIn(long run, List<LineStatus> statuses, int limit) {
        try (PreparedStatement statement = connection().prepareStatement("SELECT line_no FROM letter_run_line"
                + " WHERE run_id = ? AND status IN " + Jdbc.in(statuses.size())
                + " ORDER BY line_no FETCH FIRST " + limit + " ROWS ONLY")) {
            List<Object> parameters = new ArrayList<>(List.of(run));
            statuses.forEach(s -> parameters.add(s.name()));
            Jdbc.bind(statement, parameters);
            List<Integer> lines = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    lines.add(rs.getInt(1));
                }
            }
            return lines;
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }


}
