package org.dunwell.dunning.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.dunwell.dunning.api.OutboxMessageView;
import org.dunwell.dunning.domain.outbox.OutboxStore;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.sql.Ids;

/**
 * The outbox with JDBC. A sender claims due messages with a conditional update (a claim another sender holds and
 * has not let run out is skipped), so two servers never deliver the same message, and records the delivery only
 * while it holds the claim.
 */
@ApplicationScoped
public class JdbcOutboxStore implements OutboxStore {

    private static final String MESSAGE = "SELECT id, company_code, account, letter_id, kind, recipient, language,"
            + " subject, status, attempts, next_attempt_at, last_error, message_id, sent_at, created_at, version"
            + " FROM dunning_outbox";

    @PersistenceContext(unitName = "dunwell")
    private EntityManager em;

    public JdbcOutboxStore() {
    }

    public JdbcOutboxStore(EntityManager em) {
        this.em = em;
    }

    private Connection connection() {
        return em.unwrap(Connection.class);
    }

    @Override
    public long insert(NewMessage m) {
        try (PreparedStatement insert = connection().prepareStatement("INSERT INTO dunning_outbox (id, company_code,"
                + " account, letter_id, kind, recipient, language, subject, status, attempts, next_attempt_at,"
                + " created_by, created_at, version, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?, 1, ?)")) {
            long id = Ids.next(connection(), 1)[0];
            Jdbc.bind(insert, Arrays.asList(id, m.company(), m.account(), m.letter(), m.kind(), m.recipient(),
                    m.language(), m.subject(), m.at(), m.by(), m.at(), m.body()));
            Jdbc.setNullable(insert, 4, m.letter(), Types.BIGINT);
            if (m.body() == null) {
                // Derby takes a CLOB's null as a CLOB, PostgreSQL a text's as a VARCHAR
                insert.setNull(12, org.dunwell.kernel.sql.Database.of(connection())
                        == org.dunwell.kernel.sql.Database.DERBY ? Types.CLOB : Types.VARCHAR);
            }
            insert.executeUpdate();
            return id;
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    @Override
    public String body(long id) {
        try (PreparedStatement select = connection().prepareStatement("SELECT body FROM dunning_outbox WHERE id = ?")) {
            select.setLong(1, id);
            try (java.sql.ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    @Override
    public Optional<OutboxMessageView> get(String company, long id) {
        return messages(MESSAGE + " WHERE company_code = ? AND id = ?", List.of(company, id)).stream().findFirst();
    }

    @Override
    public Page<OutboxMessageView> list(String company, String status, PageRequest page) {
        String where = " WHERE company_code = ?" + (status == null ? "" : " AND status = ?");
        List<Object> parameters = new ArrayList<>(List.of(company));
        if (status != null) {
            parameters.add(status);
        }
        long total;
        try (PreparedStatement count = connection().prepareStatement("SELECT COUNT(*) FROM dunning_outbox" + where)) {
            Jdbc.bind(count, parameters);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
        parameters.add(page.offset());
        parameters.add(page.size());
        return Page.of(messages(MESSAGE + where + " ORDER BY id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                parameters), page, total);
    }

    @Override
    public List<OutboxMessageView> claimDue(Instant now, int limit, String sender, Instant until) {
        List<OutboxMessageView> due = messages(MESSAGE + " WHERE status = 'PENDING' AND next_attempt_at <= ?"
                + " AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY next_attempt_at, id"
                + " FETCH FIRST " + limit + " ROWS ONLY", List.of(now, now));
        List<OutboxMessageView> claimed = new ArrayList<>();
        try (PreparedStatement claim = connection().prepareStatement("UPDATE dunning_outbox SET claimed_by = ?,"
                + " claimed_until = ?, version = version + 1 WHERE id = ? AND version = ? AND status = 'PENDING'")) {
            for (OutboxMessageView message : due) {
                Jdbc.bind(claim, List.of(sender, until, message.id(), message.version()));
                if (claim.executeUpdate() == 1) {
                    claimed.add(message);
                }
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
        return claimed;
    }

    @Override
    public boolean sent(long id, String sender, String messageId, Instant at) {
        return Jdbc.update(connection(),
                "UPDATE dunning_outbox SET status = 'SENT', message_id = ?, sent_at = ?, attempts = attempts + 1,"
                + " claimed_until = NULL, last_error = NULL, version = version + 1"
                + " WHERE id = ? AND claimed_by = ? AND status = 'PENDING'",
                Arrays.asList(messageId, at, id, sender)) == 1;
    }

    @Override
    public void failed(long id, String sender, String error, Instant next) {
        String text = error == null ? "unknown error" : error.length() > 500 ? error.substring(0, 499) + "…" : error;
        if (next == null) {
            Jdbc.update(connection(),
                    "UPDATE dunning_outbox SET status = 'FAILED', attempts = attempts + 1, last_error = ?,"
                    + " claimed_until = NULL, version = version + 1 WHERE id = ? AND claimed_by = ?",
                    List.of(text, id, sender));
        } else {
            Jdbc.update(connection(),
                    "UPDATE dunning_outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?,"
                    + " claimed_until = NULL, version = version + 1 WHERE id = ? AND claimed_by = ?",
                    List.of(text, next, id, sender));
        }
    }

    @Override
    public boolean reset(long id, long version, String status, String note, Instant now) {
        return Jdbc.update(connection(),
                "UPDATE dunning_outbox SET status = ?, attempts = 0, next_attempt_at = ?, last_error = ?,"
                + " claimed_until = NULL, version = version + 1 WHERE id = ? AND version = ?"
                + " AND status IN ('PENDING', 'FAILED')", Arrays.asList(status, now, note, id, version)) == 1;
    }

    private List<OutboxMessageView> messages(String sql, List<Object> parameters) {
        try (PreparedStatement statement = connection().prepareStatement(sql)) {
            Jdbc.bind(statement, parameters);
            List<OutboxMessageView> messages = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    messages.add(new OutboxMessageView(rs.getLong("id"), rs.getString("company_code"),
                            rs.getString("account"), Jdbc.longOrNull(rs, "letter_id"), rs.getString("kind"),
                            rs.getString("recipient"), rs.getString("language"), rs.getString("subject"),
                            rs.getString("status"), rs.getInt("attempts"), Jdbc.instant(rs, "next_attempt_at"),
                            rs.getString("last_error"), rs.getString("message_id"), Jdbc.instant(rs, "sent_at"),
                            Jdbc.instant(rs, "created_at"), rs.getLong("version")));
                }
            }
            return messages;
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

}
