package org.dunwell.integrations.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dunwell.credit.api.ApproverLevel;
import org.dunwell.integrations.api.AgencyEvent;
import org.dunwell.integrations.api.HandoverState;
import org.dunwell.integrations.api.HandoverView;
import org.dunwell.integrations.domain.HandoverStore;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.sql.Ids;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.CustomerScopeSql;

/**
 * Hand-overs, their invoices, the agencies' updates and polling cursors with JDBC. Transactional itself: the service
 * reads before it calls the agency, outside any transaction of its own.
 */
@ApplicationScoped
@Transactional
public class JdbcHandoverStore implements HandoverStore {

    private static final String COLUMNS = "SELECT id, company_code, case_id, letter_id, account, plugin_id, amount, currency,"
            + " state, approval_needed, reason, requested_by, requested_at, decided_by, decided_at, decision_note,"
            + " agency_reference, agency_status, recovered, fees, last_error, handed_over_at, closed_at, version"
            + " FROM agency_handover";
    private static final int TEXT_MAX = 500;

    @PersistenceContext(unitName = "dunwell")
    private EntityManager em;

    private CustomerScopeSql scopes;

    public JdbcHandoverStore() {
    }

    @Inject
    public JdbcHandoverStore(CustomerScopeSql scopes) {
        this.scopes = scopes;
    }

    public JdbcHandoverStore(EntityManager em, CustomerScopeSql scopes) {
        this.em = em;
        this.scopes = scopes;
    }

    private Connection connection() {
        return em.unwrap(Connection.class);
    }

    @Override
    public long insert(NewHandover h) {
        try (PreparedStatement insert = connection().prepareStatement("INSERT INTO agency_handover (id, company_code,"
                + " case_id, account, plugin_id, amount, currency, state, approval_needed, reason, requested_by,"
                + " requested_at, letter_id, recovered, fees, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0,"
                + " 1)")) {
            long id = Ids.next(connection(), 1)[0];
            insert.setLong(1, id);
            insert.setString(2, h.company());
            insert.setLong(3, h.caseId());
            insert.setString(4, h.account());
            insert.setString(5, h.plugin());
            insert.setBigDecimal(6, h.amount().amount());
            insert.setString(7, h.amount().currency().getCurrencyCode());
            insert.setString(8, h.state().name());
            Jdbc.text(insert, 9, h.approvalNeeded() == null ? null : h.approvalNeeded().name());
            insert.setString(10, h.reason());
            insert.setString(11, h.requestedBy());
            insert.setTimestamp(12, Timestamp.from(h.requestedAt()));
            if (h.letterId() == null) {
                insert.setNull(13, Types.BIGINT);
            } else {
                insert.setLong(13, h.letterId());
            }
            insert.executeUpdate();
            Jdbc.insertDocuments(connection(), "agency_handover_invoice", "handover_id", id, h.invoices());
            return id;
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    @Override
    public Optional<HandoverView> find(String company, long id) {
        return read(COLUMNS + " WHERE company_code = ? AND id = ?", List.of(company, id)).stream().findFirst();
    }

    @Override
    public Optional<HandoverView> byAgencyReference(String company, String plugin, String agencyReference) {
        return read(COLUMNS + " WHERE company_code = ? AND plugin_id = ? AND agency_reference = ?",
                List.of(company, plugin, agencyReference)).stream().findFirst();
    }

    @Override
    public java.util.Set<String> activeInvoices(String company, String account) {
        java.util.Set<String> found = new java.util.HashSet<>();
        try (PreparedStatement select = connection().prepareStatement("SELECT i.document FROM agency_handover h JOIN"
                + " agency_handover_invoice i ON i.handover_id = h.id WHERE h.company_code = ? AND h.account = ? AND"
                + " h.state IN ('AWAITING_APPROVAL', 'APPROVED', 'HANDED_OVER')")) {
            select.setString(1, company);
            select.setString(2, account);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
        return found;
    }

    @Override
    public boolean activeForCase(String company, long caseId) {
        return Jdbc.count(connection(), "SELECT COUNT(*) FROM agency_handover WHERE company_code = ? AND case_id = ? AND state IN"
                + " ('AWAITING_APPROVAL', 'APPROVED', 'HANDED_OVER')", List.of(company, caseId)) > 0;
    }

    @Override
    public Page<HandoverView> list(String company, String account, HandoverState state, CustomerScope scope,
                                   PageRequest page) {
        // qualified: inside the condition's subquery a bare "account" would be the customer's own column
        CustomerScopeSql.Condition within = scopes.withinCompany(scope, company, "agency_handover.account");
        StringBuilder where = new StringBuilder(" WHERE company_code = ? AND ").append(within.sql());
        List<Object> parameters = new ArrayList<>();
        parameters.add(company);
        parameters.addAll(within.parameters());
        if (account != null) {
            where.append(" AND account = ?");
            parameters.add(account);
        }
        if (state != null) {
            where.append(" AND state = ?");
            parameters.add(state.name());
        }
        long total = Jdbc.count(connection(), "SELECT COUNT(*) FROM agency_handover" + where, parameters);
        List<Object> paged = new ArrayList<>(parameters);
        paged.add(page.offset());
        paged.add(page.size());
        return Page.of(read(COLUMNS + where + " ORDER BY requested_at DESC, id DESC OFFSET ? ROWS FETCH NEXT ? ROWS"
                + " ONLY", paged), page, total);
    }

    @Override
    public List<HandoverView> toSend(String company, String plugin, int limit) {
        return read(COLUMNS + " WHERE company_code = ? AND plugin_id = ? AND state = 'APPROVED' ORDER BY"
                + " requested_at, id FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY", List.of(company, plugin));
    }

    @Override
    public boolean change(String company, long id, long expectedVersion, Change c) {
        List<String> sets = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        set(sets, values, "state", c.state() == null ? null : c.state().name());
        set(sets, values, "decided_by", c.decidedBy());
        set(sets, values, "decided_at", c.decidedAt());
        set(sets, values, "decision_note", Jdbc.cut(c.decisionNote(), TEXT_MAX));
        set(sets, values, "agency_reference", c.agencyReference());
        set(sets, values, "agency_status", c.agencyStatus());
        set(sets, values, "recovered", c.recovered() == null ? null : c.recovered().amount());
        set(sets, values, "fees", c.fees() == null ? null : c.fees().amount());
        set(sets, values, "handed_over_at", c.handedOverAt());
        set(sets, values, "closed_at", c.closedAt());
        if (c.clearError()) {
            sets.add("last_error = NULL");
        } else {
            set(sets, values, "last_error", Jdbc.cut(c.lastError(), TEXT_MAX));
        }
        sets.add("version = version + 1");
        values.add(company);
        values.add(id);
        values.add(expectedVersion);
        try (PreparedStatement update = connection().prepareStatement("UPDATE agency_handover SET "
                + String.join(", ", sets) + " WHERE company_code = ? AND id = ? AND version = ?")) {
            Jdbc.bind(update, values);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    private static void set(List<String> sets, List<Object> values, String column, Object value) {
        if (value != null) {
            sets.add(column + " = ?");
            values.add(value);
        }
    }

    @Override
    public boolean keepUpdate(String company, String plugin, Long handoverId, AgencyEvent event, String document,
                              Instant receivedAt) {
        // asked first, so the usual duplicate costs no failed statement (which would end a PostgreSQL transaction);
        // two servers inserting the same update at once: the unique key fails the second, whose transaction rolls back
        if (Jdbc.count(connection(), "SELECT COUNT(*) FROM agency_update WHERE company_code = ? AND plugin_id = ? AND kind = ? AND"
                + " update_id = ?", List.of(company, plugin, event.kind().name(), event.updateId())) > 0) {
            return false;
        }
        try (PreparedStatement insert = connection().prepareStatement("INSERT INTO agency_update (id, company_code,"
                + " plugin_id, kind, update_id, handover_id, status, amount, currency, document, note, received_at,"
                + " agency_reference) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, Ids.next(connection(), 1)[0]);
            insert.setString(2, company);
            insert.setString(3, plugin);
            insert.setString(4, event.kind().name());
            insert.setString(5, event.updateId());
            if (handoverId == null) {
                insert.setNull(6, Types.BIGINT);
            } else {
                insert.setLong(6, handoverId);
            }
            Jdbc.text(insert, 7, event.status());
            if (event.amount() == null) {
                insert.setNull(8, Types.DECIMAL);
            } else {
                insert.setBigDecimal(8, event.amount());
            }
            Jdbc.text(insert, 9, event.currency());
            Jdbc.text(insert, 10, document);
            Jdbc.text(insert, 11, Jdbc.cut(event.note(), TEXT_MAX));
            insert.setTimestamp(12, Timestamp.from(receivedAt));
            insert.setString(13, event.agencyReference());
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    @Override
    public Page<org.dunwell.integrations.api.UnmatchedUpdateView> unmatched(String company, PageRequest page) {
        List<org.dunwell.integrations.api.UnmatchedUpdateView> rows = new ArrayList<>();
        try (PreparedStatement select = connection().prepareStatement("SELECT plugin_id, kind, update_id,"
                + " agency_reference, status, amount, currency, note, received_at FROM agency_update WHERE"
                + " company_code = ? AND handover_id IS NULL ORDER BY received_at DESC, id DESC OFFSET ? ROWS FETCH NEXT"
                + " ? ROWS ONLY")) {
            Jdbc.bind(select, List.of(company, page.offset(), page.size()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String currency = rs.getString("currency");
                    BigDecimal amount = rs.getBigDecimal("amount");
                    // taken at the currency's scale on the way in (AgencyTranslation): nothing to round here
                    BigDecimal exact = amount == null || currency == null ? amount : amount.setScale(
                            Money.currency(currency.trim()).getDefaultFractionDigits(), java.math.RoundingMode.UNNECESSARY);
                    rows.add(new org.dunwell.integrations.api.UnmatchedUpdateView(rs.getString("plugin_id"),
                            rs.getString("kind"), rs.getString("update_id"), rs.getString("agency_reference"),
                            rs.getString("status"), exact,
                            currency == null ? null : currency.trim(), rs.getString("note"),
                            rs.getTimestamp("received_at").toInstant()));
                }
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
        return Page.of(rows, page, Jdbc.count(connection(), "SELECT COUNT(*) FROM agency_update WHERE company_code = ?"
                + " AND handover_id IS NULL", List.of(company)));
    }

    @Override
    public String cursor(String company, String plugin) {
        try (PreparedStatement select = connection().prepareStatement("SELECT cursor_value FROM agency_cursor WHERE"
                + " company_code = ? AND plugin_id = ?")) {
            select.setString(1, company);
            select.setString(2, plugin);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    @Override
    public void saveCursor(String company, String plugin, String cursor, Instant at) {
        try (PreparedStatement update = connection().prepareStatement("UPDATE agency_cursor SET cursor_value = ?,"
                + " updated_at = ? WHERE company_code = ? AND plugin_id = ?")) {
            Jdbc.text(update, 1, cursor);
            update.setTimestamp(2, Timestamp.from(at));
            update.setString(3, company);
            update.setString(4, plugin);
            if (update.executeUpdate() == 1) {
                return;
            }
            try (PreparedStatement insert = connection().prepareStatement("INSERT INTO agency_cursor (company_code,"
                    + " plugin_id, cursor_value, updated_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, company);
                insert.setString(2, plugin);
                Jdbc.text(insert, 3, cursor);
                insert.setTimestamp(4, Timestamp.from(at));
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    private List<HandoverView> read(String sql, List<Object> parameters) {
        Map<Long, Row> rows = new LinkedHashMap<>();
        try (PreparedStatement select = connection().prepareStatement(sql)) {
            Jdbc.bind(select, parameters);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getLong("id"), new Row(rs));
                }
            }
            if (rows.isEmpty()) {
                return List.of();
            }
            Map<Long, List<String>> invoices = Jdbc.documents(connection(), "agency_handover_invoice", "handover_id", rows.keySet());
            Map<Long, List<HandoverView.Update>> updates = updates(rows.keySet());
            return rows.values().stream().map(r -> r.view(invoices.getOrDefault(r.id, List.of()),
                    updates.getOrDefault(r.id, List.of()))).toList();
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    private Map<Long, List<HandoverView.Update>> updates(java.util.Collection<Long> ids) throws SQLException {
        Map<Long, List<HandoverView.Update>> found = new LinkedHashMap<>();
        try (PreparedStatement select = connection().prepareStatement("SELECT handover_id, kind, update_id, status,"
                + " amount, currency, document, note, received_at FROM agency_update WHERE handover_id IN ("
                + Jdbc.placeholders(ids.size()) + ") ORDER BY handover_id, received_at, id")) {
            Jdbc.bind(select, new ArrayList<>(ids));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    BigDecimal amount = rs.getBigDecimal("amount");
                    found.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new HandoverView.Update(
                            rs.getString("kind"), rs.getString("update_id"), rs.getString("status"),
                            amount == null ? null : Money.of(amount, Money.currency(rs.getString("currency").trim())),
                            rs.getString("document"), rs.getString("note"),
                            rs.getTimestamp("received_at").toInstant()));
                }
            }
        }
        return found;
    }

    /** One row of agency_handover as read. */
    private static final class Row {
        final long id;
        final String company;
        final long caseId;
        final Long letterId;
        final String account;
        final String plugin;
        final Currency currency;
        final BigDecimal amount;
        final String state;
        final String approvalNeeded;
        final String reason;
        final String requestedBy;
        final Instant requestedAt;
        final String decidedBy;
        final Instant decidedAt;
        final String decisionNote;
        final String agencyReference;
        final String agencyStatus;
        final BigDecimal recovered;
        final BigDecimal fees;
        final String lastError;
        final Instant handedOverAt;
        final Instant closedAt;
        final long version;

        Row(ResultSet rs) throws SQLException {
            id = rs.getLong("id");
            company = rs.getString("company_code");
            caseId = rs.getLong("case_id");
            long letter = rs.getLong("letter_id");
            letterId = rs.wasNull() ? null : letter;
            account = rs.getString("account");
            plugin = rs.getString("plugin_id");
            currency = Money.currency(rs.getString("currency").trim());
            amount = rs.getBigDecimal("amount");
            state = rs.getString("state");
            approvalNeeded = rs.getString("approval_needed");
            reason = rs.getString("reason");
            requestedBy = rs.getString("requested_by");
            requestedAt = Jdbc.instant(rs, "requested_at");
            decidedBy = rs.getString("decided_by");
            decidedAt = Jdbc.instant(rs, "decided_at");
            decisionNote = rs.getString("decision_note");
            agencyReference = rs.getString("agency_reference");
            agencyStatus = rs.getString("agency_status");
            recovered = rs.getBigDecimal("recovered");
            fees = rs.getBigDecimal("fees");
            lastError = rs.getString("last_error");
            handedOverAt = Jdbc.instant(rs, "handed_over_at");
            closedAt = Jdbc.instant(rs, "closed_at");
            version = rs.getLong("version");
        }

        HandoverView view(List<String> invoices, List<HandoverView.Update> updates) {
            return new HandoverView(id, company, caseId, letterId, account, plugin, Money.of(amount, currency),
                    currency.getCurrencyCode(), invoices,
                    HandoverState.valueOf(state), approvalNeeded == null ? null : ApproverLevel.valueOf(approvalNeeded),
                    reason, requestedBy, requestedAt, decidedBy, decidedAt, decisionNote, agencyReference,
                    agencyStatus, Money.of(recovered, currency), Money.of(fees, currency), lastError, handedOverAt,
                    closedAt, updates, version);
        }
    }
}
