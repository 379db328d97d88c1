package org.dunwell.bench;

import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.dunwell.collections.api.AgingSnapshotView;
import org.dunwell.collections.api.AgingSnapshots;
import org.dunwell.collections.api.CustomerWorkspaceView;
import org.dunwell.collections.api.WorkspaceView;
import org.dunwell.collections.application.ActivityService;
import org.dunwell.collections.application.AgingSnapshotService;
import org.dunwell.collections.application.CaseService;
import org.dunwell.collections.application.CollectionsLog;
import org.dunwell.collections.application.ContactRestrictionService;
import org.dunwell.collections.application.CustomerCollectionsRecords;
import org.dunwell.collections.application.CustomerFiguresPages;
import org.dunwell.collections.application.InvoiceStatuses;
import org.dunwell.collections.application.KnownUsers;
import org.dunwell.collections.application.PoolsAndAgingService;
import org.dunwell.collections.application.PromiseJudge;
import org.dunwell.collections.application.PromiseService;
import org.dunwell.collections.application.UserSignIns;
import org.dunwell.collections.application.Visibility;
import org.dunwell.collections.application.WorkspaceService;
import org.dunwell.collections.infrastructure.JpaActivityRepository;
import org.dunwell.collections.infrastructure.JpaCaseRepository;
import org.dunwell.collections.infrastructure.JpaDisputeRepository;
import org.dunwell.collections.infrastructure.JpaPoolRepository;
import org.dunwell.collections.infrastructure.JpaPromiseRepository;
import org.dunwell.collections.infrastructure.JpaRestrictionRepository;
import org.dunwell.collections.infrastructure.JpaSnapshotRepository;
import org.dunwell.collections.infrastructure.ScopedRows;
import org.dunwell.collections.infrastructure.SnapshotRowStore;
import org.dunwell.credit.application.ApprovalLevels;
import org.dunwell.credit.application.CreditChangeService;
import org.dunwell.credit.application.CreditPositions;
import org.dunwell.credit.application.CreditProfileService;
import org.dunwell.credit.application.CreditStandingService;
import org.dunwell.credit.domain.CreditRepository;
import org.dunwell.credit.infrastructure.JpaCreditRepository;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.ReadAhead;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.application.CompanyService;
import org.dunwell.ledger.application.CustomerService;
import org.dunwell.ledger.application.DocumentService;
import org.dunwell.ledger.application.ExchangeRateService;
import org.dunwell.ledger.application.SettlementService;
import org.dunwell.ledger.infrastructure.JpaAuditTrail;
import org.dunwell.ledger.infrastructure.JpaCompanyRepository;
import org.dunwell.ledger.infrastructure.JpaCustomerRepository;
import org.dunwell.ledger.infrastructure.JpaExchangeRateRepository;
import org.dunwell.ledger.infrastructure.jdbc.JdbcAgingQueries;
import org.dunwell.ledger.infrastructure.jdbc.JdbcCustomerScopeSql;
import org.dunwell.ledger.infrastructure.jdbc.JdbcLedgerQueries;
import org.dunwell.ledger.infrastructure.jdbc.JdbcLedgerStore;
import org.dunwell.ledger.infrastructure.jdbc.JdbcReceivableFigures;
import org.dunwell.testkit.DatabaseKind;
import org.dunwell.testkit.TestDatabase;

/**
 * The {@code aging-snapshots} job over the ledger of an {@link AgingBenchmark} run (company BENCH),
 * page by page as the batch job runs it ({@code --page} customers a page, default the job's default,
 * each page in its own transaction),
 * next to the floor (the same single GROUP BY as the aging benchmark), with the heap sampled; then
 * the workspace as an agent of every customer would call it: the overview (top 100 by balance and
 * by most-aged balance, read from that snapshot) and the one-customer view, p50 / p99.
 *
 * <pre>./mvnw -q -pl bench exec:exec -Dexec.args="-Xmx1g -cp %classpath org.dunwell.bench.SnapshotBenchmark
 *     --invoices 1000000 --customers 100000 --db derby,postgresql"</pre>
 * ({@code --derby-dir DIR} measures the ledger an earlier run left in DIR instead of importing one.)
 */
public final class SnapshotBenchmark {

    private static final LocalDate AS_OF = AgingBenchmark.AS_OF;
    private static final BusinessClock CLOCK = BusinessClock.fixedAt(AS_OF);
    private static final UserName MANAGER = UserName.of("manager");

    /** Whether the next page is read while one is written, as the job does ({@code --read-ahead false}: not). */
    private static boolean readAhead = true;

    private SnapshotBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchRun bench = new BenchRun(args);
        int runs = bench.option("runs", 3);
        int calls = bench.option("calls", 300);
        int page = bench.option("page", AgingSnapshots.PAGE_SIZE);
        readAhead = bench.option("read-ahead", "true").equals("true");
        Path files = bench.ledgerFiles();
        System.out.printf("JVM: %s, max heap %d MB; %,d customers, %,d invoices; as of %s%n",
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20, bench.customers,
                bench.invoices, AS_OF);
        bench.onEachDatabase("derby-snapshot", (database, reused) -> {
            System.out.println("== " + database.kind().displayName());
            database.migrate();
            if (!reused) {
                AgingBenchmark.importLedger(database, files);
            }
            if (bench.option("breakdown", "false").equals("true")) {
                breakdown(database, page);
            }
            snapshots(database, runs, page);
            workspace(database, calls);
        });
    }

    /** One run of the snapshot job as the batch job runs it, its rows cleared after; its wall time in ms. */
    static double snapshotJobMs(TestDatabase db, int page) throws Exception {
        long t = System.nanoTime();
        long id = db.inTransaction("bench", (EntityManager em) -> snapshots(em, db).create("BENCH", AS_OF,
                "standard", null, MANAGER).id());
        writeAll(db, id, page);
        db.inTransaction("bench", (EntityManager em) -> snapshots(em, db).complete(id));
        double ms = (System.nanoTime() - t) / 1e6;
        clearSnapshotRows(db);
        return ms;
    }

    private static void snapshots(TestDatabase db, int runs, int page) throws Exception {
        double[] job = new double[runs];
        double[] floor = new double[runs];
        double[] storing = new double[runs];
        double[] fullRows = new double[runs];
        long maxHeap = 0;
        int rows = 0;
        for (int run = 0; run < runs; run++) {
            clearSnapshotRows(db);
            storing[run] = storingFloor(db);
            clearSnapshotRows(db);
            fullRows[run] = fullRowStoringFloor(db); // leaves the rows cleared
            ImportBenchmark.HeapSampler heap = new ImportBenchmark.HeapSampler();
            long t = System.nanoTime();
            long id = db.inTransaction("bench", (EntityManager em) -> snapshots(em, db).create("BENCH", AS_OF,
                    "standard", null, MANAGER).id());
            writeAll(db, id, page);
            AgingSnapshotView done = db.inTransaction("bench", (EntityManager em) -> snapshots(em, db).complete(id));
            job[run] = (System.nanoTime() - t) / 1e6;
            heap.close();
            maxHeap = Math.max(maxHeap, heap.maxMb());
            rows = done.customers();
            try (Connection connection = db.connect()) { // opened before the clock starts: the job's are pooled
                t = System.nanoTime();
                AgingBenchmark.floor(connection, AS_OF);
                floor[run] = (System.nanoTime() - t) / 1e6;
            }
        }
        Arrays.sort(storing);
        Arrays.sort(fullRows);
        Arrays.sort(job);
        Arrays.sort(floor);
        System.out.printf("snapshot of %,d customers, pages of %d: median %.0f ms (min %.0f), floor GROUP BY median"
                        + " %.0f ms (min %.0f); snapshot / floor %.2f×; heap at most %d MB%n", rows, page,
                job[runs / 2], job[0], floor[runs / 2], floor[0], job[runs / 2] / floor[runs / 2], maxHeap);
        System.out.printf("storing floor (the same GROUP BY joined to the customers, stored by the database's own"
                        + " INSERT ... SELECT into the snapshot rows, one commit): median %.0f ms (min %.0f);"
                        + " snapshot / storing floor %.2f×%n", storing[runs / 2], storing[0],
                job[runs / 2] / storing[runs / 2]);
        System.out.printf("full-row storing floor (the same GROUP BY, every customer, rows as wide as the job's:"
                        + " the faster of one INSERT ... SELECT over an outer join and two, one commit):"
                        + " median %.0f ms (min %.0f); snapshot / full-row storing floor %.2f×%n", fullRows[runs / 2],
                fullRows[0], job[runs / 2] / fullRows[runs / 2]);
    }

    /**
     * Untimed, before each timed write: the rows of earlier snapshots are deleted (and on PostgreSQL
     * vacuumed away), so every run writes into the same empty table rather than one grown by the
     * runs before it.
     */
    private static void clearSnapshotRows(TestDatabase db) throws Exception {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM aging_snapshot_row");
            if (db.kind() == DatabaseKind.POSTGRESQL) {
                statement.execute("VACUUM ANALYZE aging_snapshot_row");
            } else {
                statement.execute("CALL SYSCS_UTIL.SYSCS_COMPRESS_TABLE('DUNWELL', 'AGING_SNAPSHOT_ROW', 0)");
            }
        }
    }

    /**
     * The cheapest way the database itself stores an aging per customer: the floor's GROUP BY joined
     * to the customers and written by one {@code INSERT ... SELECT} into the snapshot rows (with their
     * indexes) of a scratch snapshot, committed; the rows are deleted afterwards, untimed.
     */
    private static double storingFloor(TestDatabase db) throws Exception {
        long id = db.inTransaction("bench", (EntityManager em) -> snapshots(em, db).create("BENCH", AS_OF,
                "standard", null, MANAGER).id());
        String sql = "INSERT INTO aging_snapshot_row (snapshot_id, account, name, currency, region, customer_group,"
                + " responsible, balance, b1, b2, b3, b4, b5, b6, d1, n1, oldest_overdue_days, over_limit, on_hold,"
                + " most_aged_bucket)\nSELECT ?, c.account, c.name, c.currency, c.region, c.customer_group,"
                + " c.responsible_employee, g.s1 + g.s2 + g.s3 + g.s4 + g.s5 + g.s6 - g.s7, g.s1 - g.s7, g.s2, g.s3,"
                + " g.s4, g.s5, g.s6, 0, 0, 0, 0, 0, -1\nFROM customer c JOIN (" + AgingBenchmark.FLOOR_GROUP_BY
                + ") g ON g.customer_id = c.id WHERE c.company_code = 'BENCH'";
        try (Connection connection = db.connect()) {
            connection.setAutoCommit(false);
            long t = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                insert.setLong(1, id);
                AgingBenchmark.bindFloor(insert, 2, AS_OF);
                insert.executeUpdate();
            }
            connection.commit();
            double ms = (System.nanoTime() - t) / 1e6;
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM aging_snapshot_row WHERE snapshot_id = ?")) {
                delete.setLong(1, id);
                delete.executeUpdate();
            }
            connection.commit();
            return ms;
        }
    }

    /**
     * The storing floor with the job's rows: every customer (those without open items too, as the job
     * writes them) and every column the job fills for a six-bucket definition — the disputed amounts
     * and counts (zero), the accounting and collectible balances, the credit limit, available credit
     * and over-limit flag from the customer's master limit, the most-aged bucket and amount — in one
     * commit. Two shapes, the faster counts: one {@code INSERT ... SELECT} of the customers outer-joined
     * to the GROUP BY, or two (the customers with open items joined to it; the others by
     * {@code NOT EXISTS}), since the databases plan outer joins differently. The rows are deleted
     * afterwards, untimed.
     */
    private static double fullRowStoringFloor(TestDatabase db) throws Exception {
        String columns = "INSERT INTO aging_snapshot_row (snapshot_id, account, name, currency, region, customer_group,"
                + " responsible, balance, accounting_balance, collectible_balance, b1, b2, b3, b4, b5, b6,"
                + " d1, d2, d3, d4, d5, d6, n1, n2, n3, n4, n5, n6, oldest_overdue_days, credit_limit, available_credit,"
                + " over_limit, on_hold, most_aged_bucket, most_aged_amount)\n";
        String outer = columns + fullRowSelect("COALESCE(g.s1, 0)", "COALESCE(g.s2, 0)", "COALESCE(g.s3, 0)",
                "COALESCE(g.s4, 0)", "COALESCE(g.s5, 0)", "COALESCE(g.s6, 0)", "COALESCE(g.s7, 0)")
                + "\nFROM customer c LEFT JOIN (" + AgingBenchmark.FLOOR_GROUP_BY
                + ") g ON g.customer_id = c.id WHERE c.company_code = 'BENCH'";
        String inner = columns + fullRowSelect("g.s1", "g.s2", "g.s3", "g.s4", "g.s5", "g.s6", "g.s7")
                + "\nFROM customer c JOIN (" + AgingBenchmark.FLOOR_GROUP_BY
                + ") g ON g.customer_id = c.id WHERE c.company_code = 'BENCH'";
        String without = columns + "SELECT ?, c.account, c.name, c.currency, c.region, c.customer_group,"
                + " c.responsible_employee, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,"
                + " c.credit_limit, c.credit_limit, 0, 0, -1, CAST(NULL AS DECIMAL(19,4))\nFROM customer c"
                + " WHERE c.company_code = 'BENCH' AND NOT EXISTS (SELECT 1 FROM ledger_transaction t"
                + " WHERE t.customer_id = c.id AND t.open_amount > 0 AND t.document_date <= ?)";
        double oneStatement = timedInserts(db, List.of(outer), false);
        double twoStatements = timedInserts(db, List.of(inner, without), true);
        System.out.printf("  full-row storing floor: outer join %.0f ms, two statements %.0f ms%n", oneStatement,
                twoStatements);
        return Math.min(oneStatement, twoStatements);
    }

    /** The select list of the full-row floor over the GROUP BY's seven sums (or what stands for them). */
    private static String fullRowSelect(String s1, String s2, String s3, String s4, String s5, String s6, String s7) {
        String balance = "(" + s1 + " + " + s2 + " + " + s3 + " + " + s4 + " + " + s5 + " + " + s6 + " - " + s7 + ")";
        return "SELECT ?, c.account, c.name, c.currency, c.region, c.customer_group, c.responsible_employee, "
                + balance + ", " + balance + ", " + balance + ", " + s1 + " - " + s7 + ", " + s2 + ", " + s3 + ", "
                + s4 + ", " + s5 + ", " + s6 + ", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, c.credit_limit,"
                + " c.credit_limit - " + balance + ", CASE WHEN " + balance + " > c.credit_limit THEN 1 ELSE 0 END, 0,"
                + " CASE WHEN " + s6 + " > 0 THEN 5 WHEN " + s5 + " > 0 THEN 4 WHEN " + s4 + " > 0 THEN 3 WHEN "
                + s3 + " > 0 THEN 2 WHEN " + s2 + " > 0 THEN 1 ELSE -1 END,"
                + " CASE WHEN " + s6 + " > 0 THEN " + s6 + " WHEN " + s5 + " > 0 THEN " + s5 + " WHEN " + s4
                + " > 0 THEN " + s4 + " WHEN " + s3 + " > 0 THEN " + s3 + " WHEN " + s2 + " > 0 THEN " + s2 + " END";
    }

    /**
     * Runs the inserts into a scratch snapshot in one commit, checks they stored one row per customer,
     * clears the snapshot rows (untimed) and returns the time; {@code lastTakesAsOf}: the last insert's second
     * parameter is the as-of date (the others bind the floor's dates).
     */
    private static double timedInserts(TestDatabase db, List<String> inserts, boolean lastTakesAsOf) throws Exception {
        long id = db.inTransaction("bench", (EntityManager em) -> snapshots(em, db).create("BENCH", AS_OF,
                "standard", null, MANAGER).id());
        try (Connection connection = db.connect()) {
            connection.setAutoCommit(false);
            long t = System.nanoTime();
            for (int i = 0; i < inserts.size(); i++) {
                try (PreparedStatement insert = connection.prepareStatement(inserts.get(i))) {
                    insert.setLong(1, id);
                    if (lastTakesAsOf && i == inserts.size() - 1) {
                        insert.setDate(2, Date.valueOf(AS_OF));
                    } else {
                        AgingBenchmark.bindFloor(insert, 2, AS_OF);
                    }
                    insert.executeUpdate();
                }
            }
            connection.commit();
            double ms = (System.nanoTime() - t) / 1e6;
            try (PreparedStatement check = connection.prepareStatement("SELECT COUNT(*) FROM aging_snapshot_row"
                    + " WHERE snapshot_id = ?"); PreparedStatement customers = connection.prepareStatement(
                    "SELECT COUNT(*) FROM customer WHERE company_code = 'BENCH'")) {
                check.setLong(1, id);
                long rows = count(check);
                if (rows != count(customers)) {
                    throw new IllegalStateException("the floor stored " + rows + " rows, not one per customer");
                }
            }
            connection.commit(); // the check's reads (Derby closes no connection in a transaction)
            clearSnapshotRows(db); // so the next shape (or write) starts from the same empty table
            return ms;
        }
    }

    private static long count(PreparedStatement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Writes a snapshot as the job does: one pass read on a connection of its own, each page written
     * in its own transaction.
     */
    private static void writeAll(TestDatabase db, long id, int page) {
        EntityManager reader = db.entityManagerFactory("bench").createEntityManager();
        try {
            if (!readAhead) {
                try (ReadAhead.Source<AgingSnapshots.SnapshotPage> pages = snapshots(reader, db).open(id, null)
                        .pagesOf(page)) {
                    writePages(db, id, pages::next);
                }
                return;
            }
            ExecutorService readingThread = Executors.newSingleThreadExecutor();
            try (ReadAhead<AgingSnapshots.SnapshotPage> pages = ReadAhead.start(1, readingThread,
                    () -> snapshots(reader, db).open(id, null).pagesOf(page))) {
                writePages(db, id, pages::next);
            } finally {
                readingThread.shutdown();
            }
        } finally {
            reader.close();
        }
    }

    /** Writes each page {@code next} hands out, each in its own transaction, until it hands out null. */
    private static void writePages(TestDatabase db, long id,
                                   Supplier<AgingSnapshots.SnapshotPage> next) {
        AgingSnapshots.SnapshotPage page;
        while ((page = next.get()) != null) {
            AgingSnapshots.SnapshotPage written = page;
            db.inTransaction("bench", (EntityManager em) -> snapshots(em, db).write(id, written));
        }
    }

    /**
     * One snapshot's pages taken apart ({@code --breakdown true}), on one thread: reading the pass with
     * the figures (credit standings, conversion), the row writes and the commits, each summed over all
     * pages.
     */
    private static void breakdown(TestDatabase db, int page) throws Exception {
        clearSnapshotRows(db);
        long id = db.inTransaction("bench", (EntityManager em) -> snapshots(em, db).create("BENCH", AS_OF,
                "standard", null, MANAGER).id());
        long[] nanos = new long[3];
        int pages = 0;
        long start = System.nanoTime();
        EntityManager reader = db.entityManagerFactory("bench").createEntityManager();
        long opening = System.nanoTime();
        try (AgingSnapshots.SnapshotSource source = snapshots(reader, db).open(id, null)) {
            nanos[0] += System.nanoTime() - opening;
            while (true) {
                long t0 = System.nanoTime();
                AgingSnapshots.SnapshotPage next = source.next(page);
                nanos[0] += System.nanoTime() - t0;
                if (next == null) {
                    break;
                }
                EntityManager em = db.entityManagerFactory("bench").createEntityManager();
                try {
                    em.getTransaction().begin();
                    long t1 = System.nanoTime();
                    new SnapshotRowStore(em, new JdbcCustomerScopeSql()).replace(id, next.accounts(), next.rows());
                    em.flush();
                    long t2 = System.nanoTime();
                    em.getTransaction().commit();
                    nanos[1] += t2 - t1;
                    nanos[2] += System.nanoTime() - t2;
                    pages++;
                } finally {
                    if (em.getTransaction().isActive()) {
                        em.getTransaction().rollback();
                    }
                    em.close();
                }
            }
        } finally {
            reader.close();
        }
        System.out.printf("breakdown of %d pages of %d, one thread (%.0f ms in all): reading the pass with the"
                + " figures (credit standings, conversion) %.0f ms, row writes %.0f ms, commits %.0f ms%n", pages, page,
                (System.nanoTime() - start) / 1e6, nanos[0] / 1e6, nanos[1] / 1e6, nanos[2] / 1e6);
    }

    private static void workspace(TestDatabase db, int calls) throws Exception {
        List<String> accounts = db.inTransaction("bench", (EntityManager em) -> em.createNativeQuery(
                "SELECT account FROM customer WHERE company_code = 'BENCH'").getResultList().stream()
                .map(Object::toString).toList());
        List<String> sample = new ArrayList<>(accounts);
        Collections.shuffle(sample, new Random(42));
        double[] overview = new double[calls];
        double[] customer = new double[calls];
        int top = 0;
        for (int i = -20; i < calls; i++) {
            long t = System.nanoTime();
            WorkspaceView view = db.inTransaction("bench", (EntityManager em) -> workspace(em).overview("BENCH",
                    MANAGER, List.of(), CustomerScope.ALL));
            if (i >= 0) {
                overview[i] = (System.nanoTime() - t) / 1e6;
            }
            top = view.topByBalance().size();
            String account = sample.get(Math.floorMod(i, sample.size()));
            t = System.nanoTime();
            CustomerWorkspaceView one = db.inTransaction("bench", (EntityManager em) -> workspace(em).customer("BENCH",
                    account, AS_OF, CustomerScope.ALL));
            if (i >= 0) {
                customer[i] = (System.nanoTime() - t) / 1e6;
            }
            if (!one.account().equals(account)) {
                throw new IllegalStateException("asked " + account + ", got " + one.account());
            }
        }
        Arrays.sort(overview);
        Arrays.sort(customer);
        System.out.printf("workspace overview (top %d by balance and by most-aged, from the snapshot): %,d calls,"
                + " p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", top, calls, overview[calls / 2],
                overview[(int) (calls * 0.99)], overview[calls - 1]);
        System.out.printf("workspace customer view (random customers): %,d calls, p50 %.1f ms, p99 %.1f ms,"
                + " max %.1f ms%n", calls, customer[calls / 2], customer[(int) (calls * 0.99)], customer[calls - 1]);
    }

    private static AgingSnapshotService snapshots(EntityManager em, TestDatabase db) {
        JpaAuditTrail audit = new JpaAuditTrail(em);
        CustomerFiguresPages figures = figures(em);
        return new AgingSnapshotService(new JpaSnapshotRepository(em), new PoolsAndAgingService(
                new JpaPoolRepository(em), new JdbcAgingQueries(em), audit, CLOCK, figures), figures,
                new JdbcAgingQueries(em, db.dataSource()), new SnapshotRowStore(em, new JdbcCustomerScopeSql()),
                new CompanyService(new JpaCompanyRepository(em), audit, CLOCK), audit, CLOCK);
    }

    private static CustomerFiguresPages figures(EntityManager em) {
        CreditRepository store = new JpaCreditRepository(em);
        JpaAuditTrail audit = new JpaAuditTrail(em);
        return new CustomerFiguresPages(new JdbcAgingQueries(em), new CreditStandingService(store,
                new CreditPositions(store, new JdbcReceivableFigures(em), customers(em))),
                new ExchangeRateService(new JpaExchangeRateRepository(em), new JpaCompanyRepository(em), audit, CLOCK));
    }

    private static CustomerService customers(EntityManager em) {
        return new CustomerService(new JpaCustomerRepository(em), new JpaCompanyRepository(em), new JpaAuditTrail(em),
                CLOCK);
    }

    private static WorkspaceService workspace(EntityManager em) {
        JpaAuditTrail audit = new JpaAuditTrail(em);
        CustomerFiguresPages figures = figures(em);
        PoolsAndAgingService collections = new PoolsAndAgingService(new JpaPoolRepository(em), new JdbcAgingQueries(em),
                audit, CLOCK, figures);
        JpaCompanyRepository companyRepository = new JpaCompanyRepository(em);
        CompanyService companies = new CompanyService(companyRepository, audit, CLOCK);
        DocumentService documents = new DocumentService(new JdbcLedgerStore(em), new JdbcLedgerQueries(em), CLOCK);
        CustomerService customers = new CustomerService(new JpaCustomerRepository(em), companyRepository, audit, CLOCK);
        CreditRepository store = new JpaCreditRepository(em);
        SnapshotRowStore rows = new SnapshotRowStore(em, new JdbcCustomerScopeSql());
        ScopedRows scoped = new ScopedRows(em, new JdbcCustomerScopeSql());
        Visibility visibility = new Visibility(customers, documents);
        CreditPositions positions = new CreditPositions(store, new JdbcReceivableFigures(em), customers);
        ExchangeRateService rates = new ExchangeRateService(new JpaExchangeRateRepository(em), companyRepository, audit,
                CLOCK);
        JpaPoolRepository pools = new JpaPoolRepository(em);
        JpaActivityRepository activityRepository = new JpaActivityRepository(em, scoped);
        JpaCaseRepository caseRepository = new JpaCaseRepository(em, scoped);
        JpaPromiseRepository promiseRepository = new JpaPromiseRepository(em, scoped);
        CollectionsLog log = new CollectionsLog(audit, CLOCK);
        ActivityService activities = new ActivityService(activityRepository, caseRepository, visibility, collections,
                new KnownUsers(pools, new UserSignIns(pools), CLOCK), audit, CLOCK);
        InvoiceStatuses statuses = new InvoiceStatuses(new JpaDisputeRepository(em, scoped), promiseRepository,
                documents, log);
        PromiseService promises = new PromiseService(promiseRepository, visibility, statuses, log, new PromiseJudge(
                promiseRepository, new SettlementService(new JdbcLedgerStore(em), new JdbcLedgerQueries(em), CLOCK),
                activities, statuses, log), CLOCK);
        CustomerCollectionsRecords records = new CustomerCollectionsRecords(new CaseService(caseRepository,
                activityRepository, visibility, audit, CLOCK), promises, new ContactRestrictionService(
                new JpaRestrictionRepository(em, scoped), visibility, log, CLOCK));
        return new WorkspaceService(collections, new AgingSnapshotService(new JpaSnapshotRepository(em), collections,
                figures, new JdbcAgingQueries(em), rows, companies, audit, CLOCK), rows, figures, activities, companies,
                new CreditProfileService(store, positions, new CreditChangeService(store, positions, audit, CLOCK),
                        new ApprovalLevels(store, companies, rates), audit, CLOCK), documents, customers, records,
                CLOCK);
    }
}
