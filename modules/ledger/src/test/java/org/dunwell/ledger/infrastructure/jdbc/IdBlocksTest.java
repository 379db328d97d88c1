package org.dunwell.ledger.infrastructure.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dunwell.ledger.api.AuditEntry;
import org.dunwell.ledger.domain.audit.AuditEvent;
import org.dunwell.ledger.infrastructure.JpaAuditTrail;
import org.dunwell.ledger.support.Ledger;
import org.dunwell.testkit.DatabaseTest;
import org.dunwell.testkit.TestDatabase;

/**
 * JDBC postings and JPA share one sequence; both must read a sequence value as the last id of
 * a block of 50, or their ids collide in the same table.
 */
class IdBlocksTest {

    @DatabaseTest
    void jdbcAndJpaNeverHandOutTheSameId(TestDatabase db) {
        Set<Long> ids = new HashSet<>();
        for (int round = 0; round < 4; round++) {
            db.inTransaction(Ledger.UNIT, (EntityManager em) -> {
                JpaAuditTrail audit = new JpaAuditTrail(em);
                List<AuditEvent> events = new ArrayList<>();
                for (int i = 0; i < 70; i++) {
                    AuditEntry entry = new AuditEntry("X", "test", "k" + i, "jpa", null, null, null, null, "t",
                            Instant.EPOCH);
                    audit.record(entry);
                }
                new JdbcLedgerStore(em).insertAudit(Collections.nCopies(70, new AuditEntry("X", "test", "k",
                        "jdbc", null, null, null, null, "t", Instant.EPOCH)));
                em.flush();
                return events;
            });
        }
        try (var connection = db.connect(); var rs = connection.createStatement().executeQuery(
                "SELECT id FROM audit_event WHERE company_code = 'X'")) {
            while (rs.next()) {
                assertThat(ids.add(rs.getLong(1))).as("id %s handed out twice", rs.getLong(1)).isTrue();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        assertThat(ids).hasSize(4 * 140);
    }
}
