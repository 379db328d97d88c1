package org.dunwell.ledger.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.dunwell.testkit.DatabaseTest;
import org.dunwell.testkit.TestDatabase;

/**
 * The migration that gives settlements their documents' dates fills them in for the settlements
 * already recorded, and from then on a settlement without them is refused.
 */
class SettlementDocumentDatesMigrationTest {

    @DatabaseTest
    void settlementsRecordedBeforeTheMigrationGetTheirDocumentsDates(TestDatabase db) throws SQLException {
        db.migrateTo("20261130.1000");
        try (Connection connection = db.connect(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("INSERT INTO company (id, code, name, accounting_currency, version)"
                    + " VALUES (1, 'MIG', 'Migration', 'EUR', 0)");
            sql.executeUpdate("INSERT INTO customer (id, company_code, account, name, currency, created_by, created_at,"
                    + " version) VALUES (2, 'MIG', 'C1', 'One', 'EUR', 'test', CURRENT_TIMESTAMP, 0)");
            document(sql, 3, "INV-1", "INVOICE", "2026-03-01", "'2026-03-31'");
            document(sql, 4, "PAY-1", "PAYMENT", "2026-02-20", "NULL");
            document(sql, 5, "CN-1", "CREDIT_NOTE", "2026-04-02", "NULL");
            settlement(sql, 6, 3, 4, "2026-03-01");
            settlement(sql, 7, 3, 5, "2026-04-02");
        }

        db.migrate();

        try (Connection connection = db.connect(); Statement sql = connection.createStatement();
             ResultSet rs = sql.executeQuery("SELECT id, debit_document_date, debit_due_date, credit_document_date"
                     + " FROM settlement ORDER BY id")) {
            assertThat(rs.next()).isTrue();
            assertThat(row(rs)).isEqualTo("6 2026-03-01 2026-03-31 2026-02-20");
            assertThat(rs.next()).isTrue();
            assertThat(row(rs)).isEqualTo("7 2026-03-01 2026-03-31 2026-04-02");
            assertThat(rs.next()).isFalse();
        }
        try (Connection connection = db.connect(); Statement sql = connection.createStatement()) {
            assertThatThrownBy(() -> settlement(sql, 8, 3, 5, "2026-04-03"))
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(e.getMessage().toLowerCase(Locale.ROOT))
                            .contains("ck_settlement_document_dates"));
        }
    }

    private static void document(Statement sql, long id, String document, String kind, String date, String due)
            throws SQLException {
        sql.executeUpdate("INSERT INTO ledger_transaction (id, company_code, document, kind, customer_id,"
                + " document_date, due_date, currency, amount, open_amount, collection_status, status, source,"
                + " created_by, created_at, version) VALUES (" + id + ", 'MIG', '" + document + "', '" + kind
                + "', 2, '" + date + "', " + due + ", 'EUR', 100, 0, 'NONE', 'POSTED', 'API', 'test',"
                + " CURRENT_TIMESTAMP, 0)");
    }

    private static void settlement(Statement sql, long id, long debit, long credit, String on) throws SQLException {
        sql.executeUpdate("INSERT INTO settlement (id, company_code, customer_id, debit_id, credit_id, amount,"
                + " settled_on, created_by, created_at) VALUES (" + id + ", 'MIG', 2, " + debit + ", " + credit
                + ", 50, '" + on + "', 'test', CURRENT_TIMESTAMP)");
    }

    private static String row(ResultSet rs) throws SQLException {
        return rs.getLong(1) + " " + rs.getDate(2) + " " + rs.getDate(3) + " " + rs.getDate(4);
    }
}
