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
import org.dunwell.integrations.api.ClaimKind;
import org.dunwell.integrations.api.ClaimState;
import org.dunwell.integrations.api.InsuranceClaimView;
import org.dunwell.integrations.domain.ClaimStore;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.sql.Ids;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.CustomerScopeSql;

/** Notices and claims with JDBC; transactional itself (the service reads before it asks the insurer). */
@ApplicationScoped
@Transactional
public class JdbcClaimStore implements ClaimStore {

    private static final String COLUMNS = "SELECT id, company_code, account, plugin_id, cover_reference, kind,"
            + " claim_number, insurer_reference, state, amount, currency, settled_amount, note, reason, requested_by,"
            + " requested_at, decided_at, last_error, version FROM insurance_claim";
    private static final int TEXT_MAX = 500;

    @PersistenceContext(unitName = "dunwell")
    private EntityManager em;

    private CustomerScopeSql scopes;

    public JdbcClaimStore() {
    }

    @Inject
    public JdbcClaimStore(CustomerScopeSql scopes) {
        this.scopes = scopes;
    }

    public JdbcClaimStore(EntityManager em, CustomerScopeSql scopes) {
        this.em = em;
        this.scopes = scopes;
    }

    private Connection connection() {
        return em.unwrap(Connection.class);
    }

    @Override
    public long insert(NewClaim c) {
        try (PreparedStatement insert = connection().prepareStatement("INSERT INTO insurance_claim (id, company_code,"
                + " account, plugin_id, cover_reference, kind, claim_number, state, amount, currency, reason,"
                + " requested_by, requested_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
            long id = Ids.next(connection(), 1)[0];
            insert.setLong(1, id);
            insert.setString(2, c.company());
            insert.setString(3, c.account());
            insert.setString(4, c.plugin());
            insert.setString(5, c.coverReference());
            insert.setString(6, c.kind().name());
            insert.setString(7, "DW-CLM-" + id);
            insert.setString(8, c.state().name());
            insert.setBigDecimal(9, c.amount().amount());
            insert.setString(10, c.amount().currency().getCurrencyCode());
            insert.setString(11, c.reason());
            insert.setString(12, c.requestedBy());
            insert.setTimestamp(13, Timestamp.from(c.requestedAt()));
            insert.executeUpdate();
            Jdbc.insertDocuments(connection(), "insurance_claim_invoice", "claim_id", id, c.invoices());
            return id;
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    @Override
    public Optional<InsuranceClaimView> find(String company, long id) {
        return read(COLUMNS + " WHERE company_code = ? AND id = ?", List.of(company, id)).stream().findFirst();
    }

    @Override
    public Optional<InsuranceClaimView> byInsurerReference(String company, String plugin, String insurerReference) {
        return read(COLUMNS + " WHERE company_code = ? AND plugin_id = ? AND insurer_reference = ?",
                List.of(company, plugin, insurerReference)).stream().findFirst();
    }

    @Override
    public Optional<InsuranceClaimView> byClaimNumber(String company, String claimNumber) {
        return read(COLUMNS + " WHERE company_code = ? AND claim_number = ?", List.of(company, claimNumber)).stream()
                .findFirst();
    }

    @Override
    public Page<InsuranceClaimView> list(String company, String account, ClaimKind kind, CustomerScope scope,
                                         PageRequest page) {
        // qualified: inside the condition's subquery a bare "account" would be the customer's own column
        CustomerScopeSql.Condition within = scopes.withinCompany(scope, company, "insurance_claim.account");
        StringBuilder where = new StringBuilder(" WHERE company_code = ? AND ").append(within.sql());
        List<Object> parameters = new ArrayList<>();
        parameters.add(company);
        parameters.addAll(within.parameters());
        if (account != null) {
            where.append(" AND account = ?");
            parameters.add(account);
        }
        if (kind != null) {
            where.append(" AND kind = ?");
            parameters.add(kind.name());
        }
        long total = Jdbc.count(connection(), "SELECT COUNT(*) FROM insurance_claim" + where, parameters);
        List<Object> paged = new ArrayList<>(parameters);
        paged.add(page.offset());
        paged.add(page.size());
        return Page.of(read(COLUMNS + where + " ORDER BY requested_at DESC, id DESC OFFSET ? ROWS FETCH NEXT ? ROWS"
                + " ONLY", paged), page, total);
    }

    @Override
    public boolean answer(String company, long id, long expectedVersion, String insurerReference, ClaimState state,
                          Money settled, String note, String lastError, Instant at) {
        try (PreparedStatement update = connection().prepareStatement("UPDATE insurance_claim SET"
                + " insurer_reference = COALESCE(?, insurer_reference), state = ?, settled_amount = ?, note = ?,"
                + " last_error = ?, decided_at = ?, version = version + 1 WHERE company_code = ? AND id = ? AND"
                + " version = ?")) {
            Jdbc.text(update, 1, insurerReference);
            update.setString(2, state.name());
            if (settled == null) {
                update.setNull(3, Types.DECIMAL);
            } else {
                update.setBigDecimal(3, settled.amount());
            }
            Jdbc.text(update, 4, Jdbc.cut(note, TEXT_MAX));
            Jdbc.text(update, 5, Jdbc.cut(lastError, TEXT_MAX));
            update.setTimestamp(6, Timestamp.from(at));
            update.setString(7, company);
            update.setLong(8, id);
            update.setLong(9, expectedVersion);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    private List<InsuranceClaimView> read(String sql, List<Object> parameters) {
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
            Map<Long, List<String>> invoices = Jdbc.documents(connection(), "insurance_claim_invoice", "claim_id", rows.keySet());
            return rows.values().stream().map(r -> r.view(invoices.getOrDefault(r.id, List.of()))).toList();
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    /** One row as read. */
    private static final class Row {
        final long id;
        final String company;
        final String account;
        final String plugin;
        final String cover;
        final String kind;
        final String claimNumber;
        final String insurerReference;
        final String state;
        final BigDecimal amount;
        final Currency currency;
        final BigDecimal settled;
        final String note;
        final String reason;
        final String requestedBy;
        final Instant requestedAt;
        final Instant decidedAt;
        final String lastError;
        final long version;

        Row(ResultSet rs) throws SQLException {
            id = rs.getLong("id");
            company = rs.getString("company_code");
            account = rs.getString("account");
            plugin = rs.getString("plugin_id");
            cover = rs.getString("cover_reference");
            kind = rs.getString("kind");
            claimNumber = rs.getString("claim_number");
            insurerReference = rs.getString("insurer_reference");
            state = rs.getString("state");
            amount = rs.getBigDecimal("amount");
            currency = Money.currency(rs.getString("currency").trim());
            settled = rs.getBigDecimal("settled_amount");
            note = rs.getString("note");
            reason = rs.getString("reason");
            requestedBy = rs.getString("requested_by");
            requestedAt = rs.getTimestamp("requested_at").toInstant();
            Timestamp decided = rs.getTimestamp("decided_at");
            decidedAt = decided == null ? null : decided.toInstant();
            lastError = rs.getString("last_error");
            version = rs.getLong("version");
        }

        InsuranceClaimView view(List<String> invoices) {
            return new InsuranceClaimView(id, company, account, plugin, cover, ClaimKind.valueOf(kind), claimNumber,
                    insurerReference, ClaimState.valueOf(state), Money.of(amount, currency), currency.getCurrencyCode(),
                    settled == null ? null : Money.of(settled, currency), invoices, note, reason, requestedBy,
                    requestedAt, decidedAt, lastError, version);
        }
    }
}
