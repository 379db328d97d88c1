package org.dunwell.integrations.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dunwell.integrations.api.BureauFinding;
import org.dunwell.integrations.api.BureauReportView;
import org.dunwell.integrations.domain.BureauReportStore;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.sql.Ids;

/**
 * Bureau reports with JDBC, newest first. Transactional itself: the report service reads the last report before it
 * calls the bureau, outside any transaction of its own (a slow bureau must not hold one).
 */
@ApplicationScoped
@Transactional
public class JdbcBureauReportStore implements BureauReportStore {

    private static final String REPORTS = "SELECT id, company_code, account, plugin_id, registration_number, country,"
            + " known_to_bureau, report_reference, report_date, bureau_company_id, company_name, score, bureau_score, rating,"
            + " recommended_limit, limit_currency, score_change, credit_change_id, limit_request_id, limit_proposal,"
            + " requested_by, requested_at FROM bureau_report WHERE company_code = ? AND account = ?"
            + " ORDER BY requested_at DESC, id DESC";

    @PersistenceContext(unitName = "dunwell")
    private EntityManager em;

    public JdbcBureauReportStore() {
    }

    public JdbcBureauReportStore(EntityManager em) {
        this.em = em;
    }

    private Connection connection() {
        return em.unwrap(Connection.class);
    }

    @Override
    public long insert(NewReport r) {
        BureauFinding f = r.finding();
        String sql = "INSERT INTO bureau_report (id, company_code, account, plugin_id, registration_number, country,"
                + " known_to_bureau, report_reference, report_date, bureau_company_id, company_name, score, bureau_score, rating,"
                + " recommended_limit, limit_currency, score_change, limit_request_id, limit_proposal, requested_by,"
                + " requested_at, credit_change_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?)";
        try (PreparedStatement insert = connection().prepareStatement(sql)) {
            long id = Ids.next(connection(), 1)[0];
            Money limit = f == null ? null : f.recommendedLimit();
            insert.setLong(1, id);
            insert.setString(2, r.company());
            insert.setString(3, r.account());
            insert.setString(4, r.plugin());
            Jdbc.text(insert, 5, r.registrationNumber());
            insert.setString(6, r.country());
            insert.setInt(7, f == null ? 0 : 1);
            Jdbc.text(insert, 8, f == null ? null : f.reportReference());
            if (f == null) {
                insert.setNull(9, Types.DATE);
            } else {
                insert.setDate(9, Date.valueOf(f.reportDate()));
            }
            Jdbc.text(insert, 10, f == null ? null : f.bureauCompanyId());
            Jdbc.text(insert, 11, f == null ? null : f.companyName());
            if (f == null) {
                insert.setNull(12, Types.INTEGER);
            } else {
                insert.setInt(12, f.score());
            }
            Jdbc.text(insert, 13, f == null ? null : f.bureauScore());
            Jdbc.text(insert, 14, f == null ? null : f.rating());
            if (limit == null) {
                insert.setNull(15, Types.DECIMAL);
            } else {
                insert.setBigDecimal(15, limit.amount());
            }
            Jdbc.text(insert, 16, limit == null ? null : limit.currency().getCurrencyCode());
            insert.setString(17, r.scoreChange());
            if (r.limitRequest() == null) {
                insert.setNull(18, Types.BIGINT);
            } else {
                insert.setLong(18, r.limitRequest());
            }
            Jdbc.text(insert, 19, r.limitProposal());
            insert.setString(20, r.requestedBy());
            insert.setTimestamp(21, Timestamp.from(r.requestedAt()));
            if (r.creditChange() == null) {
                insert.setNull(22, Types.BIGINT);
            } else {
                insert.setLong(22, r.creditChange());
            }
            insert.executeUpdate();
            return id;
        } catch (SQLException e) {
            throw new PersistenceException(e.getMessage(), e);
        }
    }

    @Override
    public Page<BureauReportView> list(String company, String account, PageRequest page) {
        List<BureauReportView> all = read(company, account);
        return Page.slice(all, page);
    }

    @Override
    public Optional<BureauReportView> latest(String company, String account) {
        return read(company, account).stream().findFirst();
    }

    private List<BureauReportView> read(String company, String account) {
        try (PreparedStatement select = connection().prepareStatement(REPORTS)) {
            select.setString(1, company);
            select.setString(2, account);
            List<BureauReportView> reports = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    reports.add(view(rs));
                }
            }
            return reports;
        } catch (SQLException e) {
            throw new PersistenceException(e.getMessage(), e);
        }
    }

    private static BureauReportView view(ResultSet rs) throws SQLException {
        BigDecimal limit = rs.getBigDecimal("recommended_limit");
        Date reportDate = rs.getDate("report_date");
        int score = rs.getInt("score");
        Integer scoreOrNull = rs.wasNull() ? null : score;
        long change = rs.getLong("credit_change_id");
        Long changeOrNull = rs.wasNull() ? null : change;
        long request = rs.getLong("limit_request_id");
        Long requestOrNull = rs.wasNull() ? null : request;
        return new BureauReportView(rs.getLong("id"), rs.getString("company_code"), rs.getString("account"),
                rs.getString("plugin_id"), rs.getString("registration_number"), rs.getString("country"),
                rs.getInt("known_to_bureau") == 1, rs.getString("report_reference"),
                reportDate == null ? null : reportDate.toLocalDate(), rs.getString("bureau_company_id"),
                rs.getString("company_name"), scoreOrNull, rs.getString("bureau_score"), rs.getString("rating"),
                limit == null ? null : Money.of(limit, Money.currency(rs.getString("limit_currency"))),
                rs.getString("score_change"), changeOrNull, requestOrNull, rs.getString("limit_proposal"),
                rs.getString("requested_by"), rs.getTimestamp("requested_at").toInstant());
    }
}
