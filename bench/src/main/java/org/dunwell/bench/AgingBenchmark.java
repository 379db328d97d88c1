package org.dunwell.bench;

import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.function.Function;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.CompanyCode;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.AgingBasis;
import org.dunwell.ledger.api.AgingBucketSpec;
import org.dunwell.ledger.api.AgingList;
import org.dunwell.ledger.api.AgingQueries;
import org.dunwell.ledger.api.CompanyDraft;
import org.dunwell.ledger.api.CustomerAging;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.ImportKind;
import org.dunwell.ledger.api.ImportResult;
import org.dunwell.ledger.application.CompanyService;
import org.dunwell.ledger.infrastructure.JpaAuditTrail;
import org.dunwell.ledger.infrastructure.JpaCompanyRepository;
import org.dunwell.ledger.infrastructure.jdbc.JdbcAgingQueries;
import org.dunwell.testkit.TestDatabase;

/**
 * Aging of every customer as of a date (what {@code GET /aging} computes) next to the floor:
 * the database's own single {@code GROUP BY} over the same open items with the same bucket
 * boundaries, read to the end. Imports the generated ledger (customers, invoices, credit notes,
 * payments) first.
 *
 * <pre>./mvnw -q -pl bench exec:exec -Dexec.args="-Xmx1g -cp %classpath org.dunwell.bench.AgingBenchmark
 *     --invoices 1000000 --customers 100000 --db derby,postgresql"</pre>
 * ({@code --derby-dir DIR} measures again on the Derby database an earlier run left in DIR.)
 */
public final class AgingBenchmark {

    private static final List<AgingBucketSpec> STANDARD = List.of(
            new AgingBucketSpec("current", null, 0), new AgingBucketSpec("1-30", 1, 30),
            new AgingBucketSpec("31-60", 31, 60), new AgingBucketSpec("61-90", 61, 90),
            new AgingBucketSpec("91-180", 91, 180), new AgingBucketSpec("181+", 181, null));
    static final LocalDate AS_OF = BenchRun.AS_OF;

    private AgingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchRun bench = new BenchRun(args);
        int runs = bench.option("runs", 5);
        Path files = bench.ledgerFiles();
        System.out.printf("JVM: %s, max heap %d MB; %,d customers, %,d invoices; as of %s%n",
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20, bench.customers,
                bench.invoices, AS_OF);
        bench.onEachDatabase("derby-aging", (database, reused) -> run(database, files, reused, runs));
    }

    private static void run(TestDatabase db, Path files, boolean reuse, int runs) throws Exception {
        System.out.println("== " + db.kind().displayName() + (reuse ? " (the ledger of an earlier run)" : ""));
        db.migrate();
        if (!reuse) {
            importLedger(db, files);
        }
        measure(db, runs);
    }

    /** Company BENCH and the generated customers, invoices, credit notes and payments, through the real import. */
    static void importLedger(TestDatabase db, Path files) throws Exception {
        db.inTransaction("bench", (EntityManager em) -> new CompanyService(new JpaCompanyRepository(em),
                new JpaAuditTrail(em), BusinessClock.fixedAt(AS_OF)).create(CompanyCode.of("BENCH"),
                new CompanyDraft("Benchmark", Currency.getInstance("EUR")), UserName.of("bench"), null));
        long start = System.nanoTime();
        for (String kind : List.of("customers", "invoices", "credit-notes", "payments")) {
            ImportResult result = ImportBenchmark.importFile(db, ImportKind.ofPath(kind).orElseThrow(),
                    files.resolve(kind + ".csv"));
            if (!result.committed() || !result.errors().isEmpty()) {
                throw new IllegalStateException(kind + ": " + result.errors().subList(0,
                        Math.min(3, result.errors().size())));
            }
        }
        System.out.printf("ledger imported in %.1f s%n", ImportBenchmark.seconds(start));
    }

    private static void measure(TestDatabase db, int runs) throws Exception {
        for (LocalDate asOf : List.of(AS_OF, AS_OF.minusMonths(6))) {
            double[] aging = new double[runs];
            double[] floor = new double[runs];
            double[] corrections = new double[runs];
            int rows = 0;
            long maxHeap = 0;
            for (int run = 0; run < runs; run++) {
                ImportBenchmark.HeapSampler heap = new ImportBenchmark.HeapSampler();
                long t = System.nanoTime();
                Function<EntityManager, AgingList> compute = em -> new JdbcAgingQueries(em)
                        .all("BENCH", asOf, AgingBasis.DAYS_PAST_DUE, STANDARD, CustomerScope.ALL);
                AgingList result = db.inTransaction("bench", compute);
                rows = everyRecord(result);
                aging[run] = (System.nanoTime() - t) / 1e6;
                heap.close();
                maxHeap = Math.max(maxHeap, heap.maxMb());
                // the floors' connection is opened before their clocks start, as the aging's comes from a pool
                try (Connection connection = db.connect()) {
                    t = System.nanoTime();
                    int floorRows = floor(connection, asOf);
                    floor[run] = (System.nanoTime() - t) / 1e6;
                    if (floorRows > rows) {
                        throw new IllegalStateException("floor read " + floorRows + " rows, aging " + rows);
                    }
                    t = System.nanoTime();
                    correctionsFloor(connection, asOf);
                    corrections[run] = (System.nanoTime() - t) / 1e6;
                }
            }
            Arrays.sort(corrections);
            Arrays.sort(aging);
            Arrays.sort(floor);
            System.out.printf("as of %s: aging of %,d customers median %.0f ms (min %.0f), floor GROUP BY median %.0f ms"
                            + " (min %.0f); aging / floor %.2f×; heap at most %d MB%n", asOf, rows, aging[runs / 2],
                    aging[0], floor[runs / 2], floor[0], aging[runs / 2] / floor[runs / 2], maxHeap);
            double[] page = timePage(db, runs, em -> pageOfTheList(em, asOf));
            System.out.printf("  one page of %d of the list in account order (GET /aging, mid-list): median %.0f ms"
                    + " (min %.0f)%n", PAGE, page[runs / 2], page[0]);
            double[] byBalance = timePage(db, runs, em -> firstPageByBalance(em, asOf));
            System.out.printf("  the first page of %d by balance, largest first (GET /aging?sort=openBalance,desc):"
                    + " median %.0f ms (min %.0f)%n", PAGE, byBalance[runs / 2], byBalance[0]);
            double past = floor[runs / 2] + corrections[runs / 2];
            System.out.printf("  with the settlements made or undone after %s (one more GROUP BY, median %.0f ms):"
                    + " floor %.0f ms; aging / that floor %.2f×%n", asOf, corrections[runs / 2], past,
                    aging[runs / 2] / past);
        }
    }

    private static final int PAGE = 50;

    /** Times {@code page} (a page of {@link #PAGE} customers, each run in its own transaction); the times, sorted. */
    private static double[] timePage(TestDatabase db, int runs, Function<EntityManager, List<CustomerAging>> page) {
        double[] times = new double[runs];
        for (int run = 0; run < runs; run++) {
            long t = System.nanoTime();
            int items = db.inTransaction("bench", page).size();
            times[run] = (System.nanoTime() - t) / 1e6;
            if (items != PAGE) {
                throw new IllegalStateException("a page of " + items + " customers, not " + PAGE);
            }
        }
        Arrays.sort(times);
        return times;
    }

    /**
     * Makes the record of every customer of the list, one after the other (as a caller that reads the
     * whole list does); answers their number.
     */
    private static int everyRecord(AgingList list) {
        int rows = 0;
        for (CustomerAging aging : list) {
            if (aging.buckets().size() != STANDARD.size()) {
                throw new IllegalStateException(aging.account() + ": " + aging.buckets());
            }
            rows++;
        }
        return rows;
    }

    /** What {@code GET /aging?sort=openBalance,desc} computes for its first page: every customer aged, one page made. */
    private static List<CustomerAging> firstPageByBalance(EntityManager em, LocalDate asOf) {
        AgingList all = new JdbcAgingQueries(em).all("BENCH", asOf, AgingBasis.DAYS_PAST_DUE, STANDARD,
                CustomerScope.ALL);
        return all.byOpenBalance(false).subList(0, PAGE).stream().map(all::get).toList();
    }

    /** What {@code GET /aging} computes for a page in account order: the keys in scope, then one page's aging. */
    private static List<CustomerAging> pageOfTheList(EntityManager em, LocalDate asOf) {
        JdbcAgingQueries queries = new JdbcAgingQueries(em);
        List<AgingQueries.CustomerKey> keys = queries.customers("BENCH", CustomerScope.ALL);
        int from = keys.size() / 2;
        List<String> accounts = keys.subList(from, Math.min(keys.size(), from + PAGE)).stream()
                .map(AgingQueries.CustomerKey::account).toList();
        return queries.accounts("BENCH", accounts, asOf, AgingBasis.DAYS_PAST_DUE, STANDARD, CustomerScope.ALL);
    }

    /**
     * What an aging as of a past date must read besides today's open items, in the database's own
     * single query: the settlements made or undone after the date, summed per customer (today
     * there are none, a past date has many). No join: a settlement carries its customer.
     */
    static int correctionsFloor(Connection connection, LocalDate asOf) throws Exception {
        String sql = """
                SELECT s.customer_id, SUM(CASE WHEN s.undone_on IS NULL AND s.settled_on > ? THEN s.amount
                  WHEN s.undone_on > ? AND s.settled_on <= ? THEN 0 - s.amount ELSE 0 END)
                FROM settlement s
                WHERE s.company_code = 'BENCH' AND (s.settled_on > ? OR s.undone_on > ?)
                GROUP BY s.customer_id""";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 1; i <= 5; i++) {
                statement.setDate(i, Date.valueOf(asOf));
            }
            return readAll(statement);
        }
    }

    /** Runs a grouped query and reads every row (its first sum); answers the number of rows. */
    private static int readAll(PreparedStatement statement) throws SQLException {
        int rows = 0;
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                rs.getBigDecimal(2);
                rows++;
            }
        }
        return rows;
    }

    /** The floor's GROUP BY: per customer, the open items in the six buckets and the open credits. */
    static final String FLOOR_GROUP_BY = """
            SELECT customer_id,
              SUM(CASE WHEN kind = 'INVOICE' AND due_date >= ? THEN open_amount ELSE 0 END) AS s1,
              SUM(CASE WHEN kind = 'INVOICE' AND due_date < ? AND due_date >= ? THEN open_amount ELSE 0 END) AS s2,
              SUM(CASE WHEN kind = 'INVOICE' AND due_date < ? AND due_date >= ? THEN open_amount ELSE 0 END) AS s3,
              SUM(CASE WHEN kind = 'INVOICE' AND due_date < ? AND due_date >= ? THEN open_amount ELSE 0 END) AS s4,
              SUM(CASE WHEN kind = 'INVOICE' AND due_date < ? AND due_date >= ? THEN open_amount ELSE 0 END) AS s5,
              SUM(CASE WHEN kind = 'INVOICE' AND due_date < ? THEN open_amount ELSE 0 END) AS s6,
              SUM(CASE WHEN kind <> 'INVOICE' THEN open_amount ELSE 0 END) AS s7
            FROM ledger_transaction WHERE company_code = 'BENCH' AND open_amount > 0 AND document_date <= ?
            GROUP BY customer_id""";

    /** One GROUP BY over the open items with the same bucket boundaries, every row read, on {@code connection}. */
    static int floor(Connection connection, LocalDate asOf) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(FLOOR_GROUP_BY)) {
            bindFloor(statement, 1, asOf);
            return readAll(statement);
        }
    }

    /** Binds the floor's dates from {@code index} on; returns the next index. */
    static int bindFloor(PreparedStatement statement, int index, LocalDate asOf) throws SQLException {
        List<LocalDate> bounds = new ArrayList<>(List.of(asOf, asOf.minusDays(30), asOf.minusDays(60),
                asOf.minusDays(90), asOf.minusDays(180)));
        int i = index;
        statement.setDate(i++, Date.valueOf(bounds.get(0)));
        for (int b = 0; b < 4; b++) {
            statement.setDate(i++, Date.valueOf(bounds.get(b)));
            statement.setDate(i++, Date.valueOf(bounds.get(b + 1)));
        }
        statement.setDate(i++, Date.valueOf(bounds.get(4)));
        statement.setDate(i++, Date.valueOf(asOf));
        return i;
    }
}
