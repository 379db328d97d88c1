package org.dunwell.collections.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.dunwell.collections.api.CustomerFigures;
import org.dunwell.collections.domain.SnapshotRows;
import org.dunwell.kernel.api.Money;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.testkit.DatabaseTest;
import org.dunwell.testkit.TestDatabase;

/**
 * Snapshot rows written and read back on each database: on PostgreSQL by {@code COPY} in its CSV
 * dialect, on Derby by a JDBC batch. What goes in comes out, to the cent and the NULL: names that
 * need quoting, JPY without decimals, negative amounts, missing figures; a page written again after
 * a restart replaces its rows.
 */
class SnapshotRowStoreTest {

    private static final String UNIT = "collections-test";
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
    private static final List<String> BUCKETS = List.of("current", "1-30", "31-60", "61-90", "91-180", "over 180");
    private static final AtomicLong IDS = new AtomicLong(9_000_000);

    @DatabaseTest
    void whatIsWrittenIsReadBackExactlyAndAPageWrittenAgainReplacesItsRows(TestDatabase db) {
        roundTrip(db, true);
    }

    /** Where COPY is out of reach (PostgreSQL), the JDBC batch writes the same rows. */
    @DatabaseTest
    void withoutCopyTheBatchWritesTheSameRows(TestDatabase db) {
        roundTrip(db, false);
    }

    private static void roundTrip(TestDatabase db, boolean copyAllowed) {
        String company = "S" + IDS.incrementAndGet() % 100_000;
        long snapshot = IDS.incrementAndGet();
        db.inTransaction(UNIT, (EntityManager em) -> setUp(em, company, snapshot));
        List<CustomerFigures> page = List.of(
                figures("A-1", "Müller, \"Werkzeug\"\nGmbH; 50% \\ off", "EUR", "NORTH", "-12.34", 3, 77),
                figures("A-2", "", "JPY", null, "1234567", 0, null),
                figures("A-3", "Plain", "EUR", "", "0.01", -1, 5));

        db.inTransaction(UNIT, (EntityManager em) -> new SnapshotRowStore(em, AllCustomers.SQL, copyAllowed).replace(snapshot, accounts(page), page));

        assertThat(read(db, company, snapshot)).containsExactlyElementsOf(page);

        List<CustomerFigures> again = List.of(
                figures("A-1", "Müller, \"Werkzeug\"\nGmbH; 50% \\ off", "EUR", "NORTH", "99.99", 1, 77),
                figures("A-2", "", "JPY", null, "-5", 0, 1),
                figures("A-3", "Plain", "EUR", "", "0.00", -1, null));
        db.inTransaction(UNIT, (EntityManager em) -> new SnapshotRowStore(em, AllCustomers.SQL, copyAllowed).replace(snapshot, accounts(again), again));

        assertThat(read(db, company, snapshot)).as("the rewritten page's rows, once each")
                .containsExactlyElementsOf(again);
    }

    private static List<String> accounts(List<CustomerFigures> page) {
        return page.stream().map(CustomerFigures::account).toList();
    }

    private static List<CustomerFigures> read(TestDatabase db, String company, long snapshot) {
        return db.inTransaction(UNIT, (EntityManager em) -> new SnapshotRowStore(em, AllCustomers.SQL).read(company, snapshot, AS_OF,
                BUCKETS, "EUR", new SnapshotRows.Selection(CustomerScope.ALL, List.of(), List.of(), false),
                SnapshotRows.Order.ACCOUNT, 0, 10));
    }

    /**
     * A customer's figures with every kind of value a row holds: {@code base} spread over the buckets
     * (the oldest negative when base is), a disputed part, a risk score or none, no accounting balance
     * for JPY (no rate).
     */
    private static CustomerFigures figures(String account, String name, String currency, String region, String base,
                                           int mostAged, Integer score) {
        Currency c = Money.currency(currency);
        List<CustomerFigures.Bucket> buckets = new ArrayList<>();
        Money balance = Money.zero(c);
        for (int i = 0; i < BUCKETS.size(); i++) {
            Money amount = Money.rounded(new BigDecimal(base).multiply(BigDecimal.valueOf(i + 1)),
                    c, RoundingMode.HALF_EVEN);
            balance = balance.plus(amount);
            Money disputed = i == 1 ? amount : Money.zero(c);
            buckets.add(new CustomerFigures.Bucket(BUCKETS.get(i), amount, disputed, i == 1 ? 2 : 0));
        }
        boolean euro = currency.equals("EUR");
        Money accounting = euro ? balance : null;
        return new CustomerFigures(account, name, currency, region, euro ? "RETAIL" : null, euro ? "ann" : null, AS_OF,
                balance, accounting, euro ? balance.minus(buckets.get(1).amount()) : null, buckets,
                mostAged < 0 ? 0 : 40 + mostAged, euro ? Money.of("5000.00", "EUR") : null,
                euro ? Money.of("5000.00", "EUR").minus(balance) : null, !euro, score, score == null ? null : "B",
                euro, mostAged < 0 ? null : BUCKETS.get(mostAged), mostAged < 0 || !euro ? null : buckets.get(mostAged).amount());
    }

    private static void setUp(EntityManager em, String company, long snapshot) {
        Connection connection = em.unwrap(Connection.class);
        try {
            execute(connection, "INSERT INTO company (id, code, name, accounting_currency, version) VALUES (?, ?, ?,"
                    + " 'EUR', 0)", snapshot, company, "Snapshot rows " + company);
            for (String account : List.of("A-1", "A-2", "A-3")) {
                execute(connection, "INSERT INTO customer (id, company_code, account, name, currency, created_by,"
                        + " created_at, version) VALUES (?, ?, ?, 'x', 'EUR', 'test', CURRENT_TIMESTAMP, 0)",
                        IDS.incrementAndGet(), company, account);
            }
            execute(connection, "INSERT INTO aging_snapshot (id, company_code, as_of, definition, bucket_names, status,"
                    + " customers, created_by, created_at, version) VALUES (?, ?, CURRENT_DATE, 'standard', 'x',"
                    + " 'RUNNING', 0, 'test', CURRENT_TIMESTAMP, 0)", snapshot, company);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void execute(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
