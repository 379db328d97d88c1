package org.dunwell.ledger.infrastructure.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.dunwell.kernel.sql.Database;
import org.dunwell.ledger.domain.jobs.JobClaimRepository;

/**
 * Claims in {@code job_claim}. PostgreSQL inserts with {@code ON CONFLICT DO NOTHING} (a failed statement would
 * abort its transaction there); Derby inserts and reads a duplicate key (SQL state 23505) as "taken", which
 * leaves its transaction usable.
 */
@ApplicationScoped
public class JdbcJobClaimRepository implements JobClaimRepository {

    private static final String INSERT = "INSERT INTO job_claim (job, company_code, business_date, claimed_by,"
            + " claimed_at) VALUES (?, ?, ?, ?, ?)";
    private static final String DUPLICATE_KEY = "23505";

    @PersistenceContext(unitName = "dunwell")
    private EntityManager em;

    protected JdbcJobClaimRepository() {
    }

    public JdbcJobClaimRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public boolean insertIfAbsent(String job, String company, LocalDate businessDate, String claimant, Instant at) {
        Connection connection = em.unwrap(Connection.class);
        try {
            boolean postgres = Database.of(connection) == Database.POSTGRESQL;
            try (PreparedStatement insert = connection.prepareStatement(
                    postgres ? INSERT + " ON CONFLICT DO NOTHING" : INSERT)) {
                insert.setString(1, job);
                insert.setString(2, company);
                insert.setDate(3, Date.valueOf(businessDate));
                insert.setString(4, claimant.length() > 128 ? claimant.substring(0, 128) : claimant);
                insert.setTimestamp(5, Timestamp.from(at));
                return insert.executeUpdate() == 1;
            } catch (SQLException e) {
                if (!postgres && DUPLICATE_KEY.equals(e.getSQLState())) {
                    return false;
                }
                throw e;
            }
        } catch (SQLException e) {
            throw JdbcLedgerStore.failure(e);
        }
    }
}
