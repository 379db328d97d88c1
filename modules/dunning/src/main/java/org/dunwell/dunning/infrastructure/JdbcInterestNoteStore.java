package org.dunwell.dunning.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.dunwell.dunning.api.InterestNoteView;
import org.dunwell.dunning.domain.interest.InterestNoteStore;
import org.dunwell.kernel.sql.Ids;

/** Interest notes with JDBC. */
@ApplicationScoped
public class JdbcInterestNoteStore implements InterestNoteStore {

    private static final String NOTE = "SELECT id, company_code, account, currency, interest_code, as_of, amount,"
            + " status, reinstated, waiver_level, waiver_requested_by, waiver_reason, decided_by, decided_at,"
            + " decision_note, created_by, created_at, version FROM interest_note";

    @PersistenceContext(unitName = "dunwell")
    private EntityManager em;

    public JdbcInterestNoteStore() {
    }

    public JdbcInterestNoteStore(EntityManager em) {
        this.em = em;
    }

    private Connection connection() {
        return em.unwrap(Connection.class);
    }

    @Override
    public long insert(InterestNoteView n) {
        try (PreparedStatement note = connection().prepareStatement("INSERT INTO interest_note (id, company_code,"
                + " account, currency, interest_code, as_of, amount, status, reinstated, created_by, created_at,"
                + " version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, 1)");
             PreparedStatement line = connection().prepareStatement("INSERT INTO interest_note_line (note_id,"
                     + " document, period_from, period_to, days, balance, amount, charge_document)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            long id = Ids.next(connection(), 1)[0];
            Jdbc.bind(note, List.of(id, n.company(), n.account(), n.currency(), n.interestCode(), n.asOf(), n.amount(),
                    n.status(), n.createdBy(), n.createdAt()));
            note.executeUpdate();
            for (InterestNoteView.Line l : n.lines()) {
                Jdbc.bind(line, Arrays.asList(id, l.document(), l.from(), l.to(), l.days(), l.balance(), l.amount(),
                        l.chargeDocument()));
                line.addBatch();
            }
            line.executeBatch();
            return id;
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    @Override
    public Optional<InterestNoteView> find(String company, long id) {
        return notes(NOTE + " WHERE company_code = ? AND id = ?", List.of(company, id)).stream().findFirst();
    }

    @Override
    public Optional<State> state(long id) {
        try (PreparedStatement statement = connection().prepareStatement(NOTE + " WHERE id = ?")) {
            statement.setLong(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new State(rs.getString("status"), rs.getInt("reinstated"),
                        rs.getString("waiver_level"), rs.getString("waiver_requested_by"),
                        rs.getString("waiver_reason"), rs.getString("decided_by"), Jdbc.instant(rs, "decided_at"),
                        rs.getString("decision_note")));
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    @Override
    public List<InterestNoteView> list(String company, String account) {
        return account == null ? notes(NOTE + " WHERE company_code = ? ORDER BY id DESC", List.of(company))
                : notes(NOTE + " WHERE company_code = ? AND account = ? ORDER BY id DESC", List.of(company, account));
    }

    private List<InterestNoteView> notes(String sql, List<Object> parameters) {
        List<InterestNoteView> notes = new ArrayList<>();
        try (PreparedStatement statement = connection().prepareStatement(sql)) {
            Jdbc.bind(statement, parameters);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String currency = rs.getString("currency").trim();
                    notes.add(new InterestNoteView(rs.getLong("id"), rs.getString("company_code"),
                            rs.getString("account"), currency, rs.getString("interest_code"), Jdbc.date(rs, "as_of"),
                            Jdbc.money(rs, "amount", currency), rs.getString("status"), List.of(),
                            rs.getString("waiver_requested_by"), rs.getString("waiver_reason"),
                            rs.getString("decided_by"), Jdbc.instant(rs, "decided_at"), rs.getString("decision_note"),
                            rs.getString("created_by"), Jdbc.instant(rs, "created_at"), rs.getLong("version")));
                }
            }
            List<InterestNoteView> complete = new ArrayList<>();
            for (InterestNoteView n : notes) {
                complete.add(new InterestNoteView(n.id(), n.company(), n.account(), n.currency(), n.interestCode(),
                        n.asOf(), n.amount(), n.status(), lines(n.id(), n.currency()), n.waiverRequestedBy(),
                        n.waiverReason(), n.decidedBy(), n.decidedAt(), n.decisionNote(), n.createdBy(), n.createdAt(),
                        n.version()));
            }
            return complete;
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    private List<InterestNoteView.Line> lines(long note, String currency) throws SQLException {
        List<InterestNoteView.Line> lines = new ArrayList<>();
        try (PreparedStatement statement = connection().prepareStatement("SELECT document, period_from, period_to,"
                + " days, balance, amount, charge_document FROM interest_note_line WHERE note_id = ?"
                + " ORDER BY document")) {
            statement.setLong(1, note);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    lines.add(new InterestNoteView.Line(rs.getString("document"), Jdbc.date(rs, "period_from"),
                            Jdbc.date(rs, "period_to"), rs.getInt("days"), Jdbc.money(rs, "balance", currency),
                            Jdbc.money(rs, "amount", currency), rs.getString("charge_document")));
                }
            }
        }
        return lines;
    }

    @Override
    public boolean update(long id, long expectedVersion, State s) {
        // a NULL time is written as a literal: PostgreSQL's driver sends an unset time's type as text
        try (PreparedStatement statement = connection().prepareStatement("UPDATE interest_note SET status = ?,"
                + " reinstated = ?, waiver_level = ?, waiver_requested_by = ?, waiver_reason = ?, decided_by = ?,"
                + " decided_at = " + (s.decidedAt() == null ? "NULL" : "?") + ", decision_note = ?,"
                + " version = version + 1 WHERE id = ? AND version = ?")) {
            List<Object> parameters = new ArrayList<>(Arrays.asList(s.status(), s.reinstated(), s.waiverLevel(),
                    s.waiverRequestedBy(), s.waiverReason(), s.decidedBy(), s.decidedAt(), s.decisionNote(), id,
                    expectedVersion));
            if (s.decidedAt() == null) {
                parameters.remove(6);
            }
            Jdbc.bind(statement, parameters);
            return statement.executeUpdate() == 1;
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    @Override
    public void chargeDocument(long id, String document, String chargeDocument) {
        try (PreparedStatement statement = connection().prepareStatement(
                "UPDATE interest_note_line SET charge_document = ? WHERE note_id = ? AND document = ?")) {
            Jdbc.bind(statement, List.of(chargeDocument, id, document));
            statement.executeUpdate();
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    @Override
    public Optional<BigDecimal> waiveLimit(String company, String user) {
        try (PreparedStatement statement = connection().prepareStatement("SELECT limit_amount FROM"
                + " interest_waive_limit WHERE company_code = ? AND user_name = ?")) {
            Jdbc.bind(statement, List.of(company, user));
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBigDecimal(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }

    @Override
    public void putWaiveLimit(String company, String user, BigDecimal limit) {
        try (PreparedStatement update = connection().prepareStatement("UPDATE interest_waive_limit SET limit_amount = ?"
                + " WHERE company_code = ? AND user_name = ?")) {
            Jdbc.bind(update, List.of(limit, company, user));
            if (update.executeUpdate() == 0) {
                try (PreparedStatement insert = connection().prepareStatement("INSERT INTO interest_waive_limit"
                        + " (company_code, user_name, limit_amount) VALUES (?, ?, ?)")) {
                    Jdbc.bind(insert, List.of(company, user, limit));
                    insert.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw Jdbc.failure(e);
        }
    }
}
