package org.dunwell.integrations.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.dunwell.integrations.api.CoverRequestView;
import org.dunwell.integrations.api.CoverState;
import org.dunwell.integrations.api.InsurerDecision;
import org.dunwell.integrations.domain.CoverRequestStore;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.sql.Ids;

/**
 * Cover requests with JDBC. Transactional itself: the cover service reads before it calls the insurer, outside any
 * transaction of its own (a slow insurer must not hold one). Conditions are kept one per line.
 */
@ApplicationScoped
@Transactional
public class JdbcCoverRequestStore implements CoverRequestStore {

    private static final String COLUMNS = "SELECT id, company_code, account, plugin_id, requested_amount, currency,"
            + " registration_number, country, cover_reference, state, insured_limit, limit_currency, coverage_percent,"
            + " valid_from, valid_to, conditions, outcome, reason, requested_by, requested_at, decided_at, version"
            + " FROM insurance_cover_request";
    private static final int CONDITIONS_MAX = 2000;
    private static final int OUTCOME_MAX = 500;

    @PersistenceContext(unitName = "dunwell")
    private EntityManager em;

    public JdbcCoverRequestStore() {
    }

    public JdbcCoverRequestStore(EntityManager em) {
        this.em = em;
    }

    private Connection connection() {
        return em.unwrap(Connection.class);
    }

    @Override
    public long insert(NewRequest r) {
        String sql = "INSERT INTO insurance_cover_request (id, company_code, account, plugin_id, requested_amount,"
                + " currency, registration_number, country, cover_reference, state, insured_limit, limit_currency,"
                + " coverage_percent, valid_from, valid_to, conditions, outcome, reason, requested_by, requested_at,"
                + " decided_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)";
        try (PreparedStatement insert = connection().prepareStatement(sql)) {
            long id = Ids.next(connection(), 1)[0];
            insert.setLong(1, id);
            insert.setString(2, r.company());
            insert.setString(3, r.account());
            insert.setString(4, r.plugin());
            insert.setBigDecimal(5, r.requestedAmount().amount());
            insert.setString(6, r.requestedAmount().currency().getCurrencyCode());
            Jdbc.text(insert, 7, r.registrationNumber());
            insert.setString(8, r.country());
            insert.setString(9, r.decision().coverReference());
            decision(insert, 10, r.decision(), r.outcome());
            insert.setString(18, r.reason());
            insert.setString(19, r.requestedBy());
            insert.setTimestamp(20, Timestamp.from(r.requestedAt()));
            if (r.decision().state() == CoverState.PENDING) {
                insert.setNull(21, Types.TIMESTAMP);
            } else {
                insert.setTimestamp(21, Timestamp.from(r.requestedAt()));
            }
            insert.executeUpdate();
            return id;
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    @Override
    public boolean decide(String company, long id, long expectedVersion, InsurerDecision decision, String outcome,
                          Instant decidedAt) {
        String sql = "UPDATE insurance_cover_request SET state = ?, insured_limit = ?, limit_currency = ?,"
                + " coverage_percent = ?, valid_from = ?, valid_to = ?, conditions = ?, outcome = ?, decided_at = ?,"
                + " version = version + 1 WHERE company_code = ? AND id = ? AND version = ?";
        try (PreparedStatement update = connection().prepareStatement(sql)) {
            decision(update, 1, decision, outcome);
            update.setTimestamp(9, Timestamp.from(decidedAt));
            update.setString(10, company);
            update.setLong(11, id);
            update.setLong(12, expectedVersion);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    /** The decision's eight columns from {@code first}: state, limit, currency, percent, from, to, conditions, outcome. */
    private static void decision(PreparedStatement statement, int first, InsurerDecision d, String outcome)
            throws SQLException {
        statement.setString(first, d.state().name());
        if (d.insuredLimit() == null) {
            statement.setNull(first + 1, Types.DECIMAL);
            statement.setNull(first + 2, Types.CHAR);
        } else {
            statement.setBigDecimal(first + 1, d.insuredLimit().amount());
            statement.setString(first + 2, d.insuredLimit().currency().getCurrencyCode());
        }
        if (d.coveragePercent() == null) {
            statement.setNull(first + 3, Types.DECIMAL);
        } else {
            statement.setBigDecimal(first + 3, d.coveragePercent());
        }
        date(statement, first + 4, d.validFrom());
        date(statement, first + 5, d.validTo());
        String conditions = String.join("\n", d.conditions());
        Jdbc.text(statement, first + 6, conditions.isEmpty() ? null : Jdbc.cut(conditions, CONDITIONS_MAX));
        statement.setString(first + 7, Jdbc.cut(outcome, OUTCOME_MAX));
    }

    @Override
    public Optional<CoverRequestView> find(String company, long id) {
        return read(COLUMNS + " WHERE company_code = ? AND id = ?", company, id).stream().findFirst();
    }

    @Override
    public Page<CoverRequestView> list(String company, String account, PageRequest page) {
        List<CoverRequestView> items = read(COLUMNS + " WHERE company_code = ? AND account = ?"
                + " ORDER BY requested_at DESC, id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", company, account,
                page.offset(), page.size());
        return Page.of(items, page, Jdbc.count(connection(), "SELECT COUNT(*) FROM insurance_cover_request"
                + " WHERE company_code = ? AND account = ?", List.of(company, account)));
    }

    @Override
    public Page<CoverRequestView> pending(String company, PageRequest page) {
        List<CoverRequestView> items = read(COLUMNS + " WHERE company_code = ? AND state = 'PENDING'"
                + " ORDER BY requested_at, id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", company, page.offset(),
                page.size());
        return Page.of(items, page, Jdbc.count(connection(), "SELECT COUNT(*) FROM insurance_cover_request"
                + " WHERE company_code = ? AND state = 'PENDING'", List.of(company)));
    }

    @Override
    public Optional<CoverRequestView> byReference(String company, String plugin, String coverReference) {
        return read(COLUMNS + " WHERE company_code = ? AND plugin_id = ? AND cover_reference = ? ORDER BY"
                + " requested_at DESC, id DESC FETCH FIRST 1 ROWS ONLY", company, plugin, coverReference).stream()
                .findFirst();
    }

    @Override
    public Optional<CoverRequestView> latest(String company, String account) {
        return read(COLUMNS + " WHERE company_code = ? AND account = ? ORDER BY requested_at DESC, id DESC"
                + " FETCH FIRST 1 ROWS ONLY", company, account).stream().findFirst();
    }

    private List<CoverRequestView> read(String sql, Object... parameters) {
        try (PreparedStatement select = connection().prepareStatement(sql)) {
            Jdbc.bind(select, java.util.Arrays.asList(parameters));
            List<CoverRequestView> rows = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(view(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    private static CoverRequestView view(ResultSet rs) throws SQLException {
        BigDecimal limit = rs.getBigDecimal("insured_limit");
        String conditions = rs.getString("conditions");
        Timestamp decided = rs.getTimestamp("decided_at");
        return new CoverRequestView(rs.getLong("id"), rs.getString("company_code"), rs.getString("account"),
                rs.getString("plugin_id"), Money.of(rs.getBigDecimal("requested_amount"),
                        Money.currency(rs.getString("currency"))), rs.getString("currency").trim(), rs.getString("registration_number"),
                rs.getString("country"), rs.getString("cover_reference"), CoverState.valueOf(rs.getString("state")),
                limit == null ? null : Money.of(limit, Money.currency(rs.getString("limit_currency"))),
                rs.getBigDecimal("coverage_percent"), localDate(rs.getDate("valid_from")),
                localDate(rs.getDate("valid_to")), conditions == null ? List.of() : Arrays.asList(conditions.split("\n")),
                rs.getString("outcome"), rs.getString("reason"), rs.getString("requested_by"),
                rs.getTimestamp("requested_at").toInstant(), decided == null ? null : decided.toInstant(),
                rs.getLong("version"));
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static void date(PreparedStatement statement, int index, LocalDate value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setDate(index, Date.valueOf(value));
        }
    }
}
