package org.dunwell.ai.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dunwell.ai.api.DraftKind;
import org.dunwell.ai.api.DraftStatus;
import org.dunwell.ai.api.DraftView;
import org.dunwell.ai.application.AiJson;
import org.dunwell.ai.domain.DraftStore;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.sql.Ids;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.CustomerScopeSql;

/** Drafts with JDBC; reads filtered in SQL by the caller's visibility; changes at the expected version. */
@ApplicationScoped
public class JdbcDraftStore implements DraftStore {

    private static final String DRAFT = "SELECT d.id, d.company_code, d.account, d.kind, d.language, d.subject,"
            + " d.body, d.status, d.source, d.fallback_reason, d.verification, d.provider, d.model, d.prompt_version,"
            + " d.recipient, d.as_of, d.created_by, d.created_at, d.edited_by, d.edited_at, d.approved_by,"
            + " d.approved_at, d.acknowledged, d.outbox_id, d.discard_reason, d.version FROM ai_draft d";

    @PersistenceContext(unitName = "dunwell")
    private EntityManager em;
    private CustomerScopeSql scopes;

    protected JdbcDraftStore() {
    }

    @Inject
    public JdbcDraftStore(CustomerScopeSql scopes) {
        this.scopes = scopes;
    }

    public JdbcDraftStore(EntityManager em, CustomerScopeSql scopes) {
        this(scopes);
        this.em = em;
    }

    private Connection connection() {
        return em.unwrap(Connection.class);
    }

    @Override
    public long insert(NewDraft d) {
        String sql = "INSERT INTO ai_draft (id, company_code, account, kind, language, status, source,"
                + " fallback_reason, provider, model, prompt_version, as_of, recipient, generated_subject,"
                + " generated_body, subject, body, verification, facts, created_by, created_at, version)"
                + " VALUES (?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)";
        try (PreparedStatement insert = connection().prepareStatement(sql)) {
            long id = Ids.next(connection(), 1)[0];
            Object[] values = {id, d.company(), d.account(), d.kind(), d.language(), d.source(), d.fallbackReason(),
                d.provider(), d.model(), d.promptVersion(), d.asOf(), d.recipient(), d.subject(), d.body(),
                d.subject(), d.body(), d.verificationJson(), d.factsJson(), d.by(), d.at()};
            for (int i = 0; i < values.length; i++) {
                set(insert, i + 1, values[i]);
            }
            insert.executeUpdate();
            return id;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public Optional<DraftView> get(String company, long id, CustomerScope scope) {
        CustomerScopeSql.Condition visible = scopes.withinCompany(scope, company, "d.account");
        List<Object> parameters = new ArrayList<>(List.of(company, id));
        parameters.addAll(visible.parameters());
        return drafts(DRAFT + " WHERE d.company_code = ? AND d.id = ? AND " + visible.sql(), parameters).stream()
                .findFirst();
    }

    @Override
    public Page<DraftView> list(String company, String account, DraftStatus status, CustomerScope scope,
                                PageRequest page) {
        CustomerScopeSql.Condition visible = scopes.withinCompany(scope, company, "d.account");
        StringBuilder where = new StringBuilder(" WHERE d.company_code = ? AND " + visible.sql());
        List<Object> parameters = new ArrayList<>(List.of(company));
        parameters.addAll(visible.parameters());
        if (account != null) {
            where.append(" AND d.account = ?");
            parameters.add(account);
        }
        if (status != null) {
            where.append(" AND d.status = ?");
            parameters.add(status.name());
        }
        long total;
        try (PreparedStatement count = connection().prepareStatement("SELECT COUNT(*) FROM ai_draft d" + where)) {
            bind(count, parameters);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        } catch (SQLException e) {
            throw failure(e);
        }
        List<Object> paged = new ArrayList<>(parameters);
        paged.add(page.offset());
        paged.add(page.size());
        return Page.of(drafts(DRAFT + where + " ORDER BY d.created_at DESC, d.id DESC OFFSET ? ROWS FETCH NEXT ? ROWS"
                + " ONLY", paged), page, total);
    }

    @Override
    public String facts(long id) {
        try (PreparedStatement select = connection().prepareStatement("SELECT facts FROM ai_draft WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public boolean edited(long id, long version, String subject, String body, String verificationJson, String by,
                          Instant at) {
        return update("UPDATE ai_draft SET subject = ?, body = ?, verification = ?, edited_by = ?, edited_at = ?,"
                + " version = version + 1 WHERE id = ? AND version = ? AND status = 'DRAFT'",
                subject, body, verificationJson, by, at, id, version);
    }

    @Override
    public boolean approved(long id, long version, String verificationJson, List<String> acknowledged,
                            long outboxMessage, String by, Instant at) {
        return update("UPDATE ai_draft SET status = 'APPROVED', verification = ?, acknowledged = ?, outbox_id = ?,"
                + " approved_by = ?, approved_at = ?, version = version + 1 WHERE id = ? AND version = ?"
                + " AND status = 'DRAFT'", verificationJson, AiJson.write(acknowledged), outboxMessage, by, at, id,
                version);
    }

    @Override
    public boolean discarded(long id, long version, String reason, String by, Instant at) {
        return update("UPDATE ai_draft SET status = 'DISCARDED', discard_reason = ?, edited_by = ?, edited_at = ?,"
                + " version = version + 1 WHERE id = ? AND version = ? AND status = 'DRAFT'", reason, by, at, id,
                version);
    }

    private boolean update(String sql, Object... values) {
        try (PreparedStatement update = connection().prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                set(update, i + 1, values[i]);
            }
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private List<DraftView> drafts(String sql, List<Object> parameters) {
        try (PreparedStatement select = connection().prepareStatement(sql)) {
            bind(select, parameters);
            List<DraftView> drafts = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    long outboxId = rs.getLong("outbox_id");
                    Long outbox = rs.wasNull() ? null : outboxId;
                    Date asOf = rs.getDate("as_of");
                    drafts.add(new DraftView(rs.getLong("id"), rs.getString("company_code"), rs.getString("account"),
                            DraftKind.valueOf(rs.getString("kind")), rs.getString("language"),
                            rs.getString("subject"), rs.getString("body"), DraftStatus.valueOf(rs.getString("status")),
                            rs.getString("source"), rs.getString("fallback_reason"),
                            AiJson.verification(rs.getString("verification")), rs.getString("provider"),
                            rs.getString("model"), rs.getString("prompt_version"), rs.getString("recipient"),
                            asOf == null ? null : asOf.toLocalDate(), rs.getString("created_by"),
                            instant(rs, "created_at"), rs.getString("edited_by"), instant(rs, "edited_at"),
                            rs.getString("approved_by"), instant(rs, "approved_at"),
                            AiJson.texts(rs.getString("acknowledged")), outbox,
                            rs.getString("discard_reason"), rs.getLong("version")));
                }
            }
            return drafts;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static void bind(PreparedStatement statement, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            set(statement, i + 1, values.get(i));
        }
    }

    private static void set(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            // the only nulls written here are VARCHAR columns' (reason, provider, model, recipient): texts kept as
            // CLOBs (body, facts, verification, acknowledged) are never null
            statement.setNull(index, Types.VARCHAR);
        } else if (value instanceof java.time.LocalDate date) {
            statement.setDate(index, Date.valueOf(date));
        } else if (value instanceof Instant instant) {
            statement.setTimestamp(index, Timestamp.from(instant));
        } else {
            statement.setObject(index, value);
        }
    }

    private static PersistenceException failure(SQLException e) {
        return new PersistenceException(e.getMessage(), e);
    }
}
