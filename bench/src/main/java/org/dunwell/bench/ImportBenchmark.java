package org.dunwell.bench;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.CompanyCode;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.CompanyDraft;
import org.dunwell.ledger.api.ImportKind;
import org.dunwell.ledger.api.ImportMode;
import org.dunwell.ledger.api.ImportResult;
import org.dunwell.ledger.application.CompanyService;
import org.dunwell.ledger.application.ImportService;
import org.dunwell.ledger.infrastructure.JpaAuditTrail;
import org.dunwell.ledger.infrastructure.JpaCompanyRepository;
import org.dunwell.ledger.infrastructure.jdbc.JdbcLedgerStore;
import org.dunwell.testkit.TestDatabase;

/**
 * Imports a generated invoice file through the real import (the same code the server runs,
 * without HTTP) and compares it with the floor: a raw JDBC batch insert of the same rows
 * into the same table on the same database, in one transaction. Also samples the heap while
 * the import runs (flat memory), and optionally proves all-or-nothing at that size by
 * importing the file again with one bad row appended.
 *
 * <pre>./mvnw -q -pl bench exec:exec -Dexec.args="-Xmx2g -cp %classpath org.dunwell.bench.ImportBenchmark
 *     --invoices 1000000 --customers 100000 --db derby,postgresql"</pre>
 */
public final class ImportBenchmark {

    private static final String UNIT = "bench";
    private static final BusinessClock CLOCK = BusinessClock.fixedAt(LocalDate.of(2026, 11, 22));

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchRun bench = new BenchRun(args);
        boolean allOrNothing = Boolean.parseBoolean(bench.option("all-or-nothing", "true"));
        Path files = bench.ledgerFiles();
        System.out.printf("JVM: %s, max heap %d MB, %d cores%n", System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        bench.onEachDatabase("derby", (database, reused) -> run(database, files, bench.invoices, allOrNothing));
    }

    private static void run(TestDatabase db, Path files, int invoices, boolean allOrNothing) throws Exception {
        System.out.println("== " + db.kind().displayName() + " (" + db.url().replaceAll("currentSchema=.*", "…") + ")");
        db.migrate();
        inTransaction(db, em -> {
            JpaCompanyRepository companies = new JpaCompanyRepository(em);
            new CompanyService(companies, new JpaAuditTrail(em), CLOCK).create(CompanyCode.of("BENCH"),
                    new CompanyDraft("Benchmark", Currency.getInstance("EUR")), UserName.of("bench"), null);
            return null;
        });
        ImportResult customers = timedImport(db, ImportKind.CUSTOMERS, files.resolve("customers.csv"), "customers");
        check(customers);

        double floorSeconds = floor(db, files.resolve("invoices.csv"));
        System.out.printf("floor (raw JDBC batch insert of the same rows, one transaction, into the empty table):"
                + " %,d rows in %.1f s = %,.0f rows/s%n", invoices, floorSeconds, invoices / floorSeconds);

        HeapSampler heap = new HeapSampler();
        long start = System.nanoTime();
        ImportResult result;
        try (heap) {
            result = importFile(db, ImportKind.INVOICES, files.resolve("invoices.csv"));
        }
        double importSeconds = seconds(start);
        check(result);
        System.out.printf("import invoices: %,d rows in %.1f s = %,.0f rows/s; heap used: %d MB at start,"
                        + " %d MB at most while importing%n", result.applied(), importSeconds,
                result.applied() / importSeconds, heap.startMb(), heap.maxMb());
        System.out.printf("import / floor time: %.2f×%n", importSeconds / floorSeconds);

        if (allOrNothing) {
            // the same rows under new document numbers (so every row would be applied), one bad row last
            Path bad = Files.createTempFile("invoices-bad", ".csv");
            try (var lines = Files.lines(files.resolve("invoices.csv"));
                 var out = Files.newBufferedWriter(bad, StandardCharsets.UTF_8)) {
                for (var it = lines.iterator(); it.hasNext(); ) {
                    out.write(it.next().replaceFirst("^INV-", "AON-"));
                    out.write('\n');
                }
                out.write("BAD-1,C00001,2026-10-01,2026-10-31,EUR,-1.00,,,\n");
            }
            long before = count(db);
            start = System.nanoTime();
            ImportResult refused = importFile(db, ImportKind.INVOICES, bad);
            System.out.printf("all-or-nothing, the same %,d rows as new documents plus one bad last row: received %,d,"
                            + " rejected %d, committed %s, documents before %,d after %,d (%.1f s)%n", invoices,
                    refused.received(), refused.rejected(), refused.committed(), before, count(db), seconds(start));
            Files.delete(bad);
        }
    }

    private static ImportResult timedImport(TestDatabase db, ImportKind kind, Path file, String label)
            throws IOException {
        long start = System.nanoTime();
        ImportResult result = importFile(db, kind, file);
        System.out.printf("import %s: %,d rows in %.1f s%n", label, result.received(), seconds(start));
        return result;
    }

    /** One import in one transaction, committed only if the result says so (as the server does). */
    static ImportResult importFile(TestDatabase db, ImportKind kind, Path file) throws IOException {
        return importFile(db, kind, file, "BENCH");
    }

    /** Imports one file into the company, all or nothing; a refused file fails the benchmark. */
    static ImportResult importFile(TestDatabase db, ImportKind kind, Path file, String company) throws IOException {
        EntityManager em = db.entityManagerFactory(UNIT).createEntityManager();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            em.getTransaction().begin();
            ImportResult result = new ImportService(new JdbcLedgerStore(em), CLOCK)
                    .run(kind, reader, ImportMode.ALL_OR_NOTHING, company, UserName.of("bench"));
            if (result.committed()) {
                em.getTransaction().commit();
            } else {
                em.getTransaction().rollback();
            }
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /** The same rows, parsed with the same CSV parser, inserted with a plain JDBC batch. */
    private static double floor(TestDatabase db, Path file) throws Exception {
        try (Connection connection = db.connect()) {
            connection.setAutoCommit(false);
            Map<String, Long> customers = new HashMap<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT account, id FROM customer WHERE company_code = 'BENCH'")) {
                while (rs.next()) {
                    customers.put(rs.getString(1), rs.getLong(2));
                }
            }
            long start = System.nanoTime();
            String sql = """
                    INSERT INTO ledger_transaction (id, company_code, document, kind, customer_id, document_date,
                        due_date, currency, amount, open_amount, reference, customer_po, description,
                        collection_status, status, source, created_by, created_at, version)
                    VALUES (?, 'FLOOR', ?, 'INVOICE', ?, ?, ?, ?, ?, ?, ?, ?, ?, 'NONE', 'POSTED', 'BENCH', 'bench', ?, 1)""";
            long id = 10_000_000_000L;
            Timestamp now = Timestamp.from(Instant.now());
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                 CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                         .parse(reader);
                 PreparedStatement insert = connection.prepareStatement(sql)) {
                int batch = 0;
                for (CSVRecord r : parser) {
                    BigDecimal amount = new BigDecimal(r.get("amount"));
                    insert.setLong(1, id++);
                    insert.setString(2, r.get("document"));
                    insert.setLong(3, customers.get(r.get("account")));
                    insert.setDate(4, Date.valueOf(r.get("document_date")));
                    insert.setDate(5, Date.valueOf(r.get("due_date")));
                    insert.setString(6, r.get("currency"));
                    insert.setBigDecimal(7, amount);
                    insert.setBigDecimal(8, amount);
                    insert.setString(9, r.get("reference"));
                    insert.setString(10, r.get("customer_po"));
                    insert.setString(11, r.get("description"));
                    insert.setTimestamp(12, now);
                    insert.addBatch();
                    if (++batch == 1000) {
                        insert.executeBatch();
                        batch = 0;
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
            double seconds = seconds(start);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM ledger_transaction WHERE company_code = 'FLOOR'");
            }
            connection.commit();
            return seconds;
        }
    }

    private static long count(TestDatabase db) throws Exception {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM ledger_transaction")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static <T> T inTransaction(TestDatabase db, Function<EntityManager, T> work) {
        return db.inTransaction(UNIT, work);
    }

    private static void check(ImportResult result) {
        if (!result.errors().isEmpty()) {
            throw new IllegalStateException("the generated file has rejected rows: " + result.errors().subList(0,
                    Math.min(5, result.errors().size())));
        }
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** Samples the used heap every 50 ms on a daemon thread. */
    static final class HeapSampler implements AutoCloseable {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicLong max = new AtomicLong();
        private final long start;
        private final Thread thread;
        private volatile boolean running = true;

        HeapSampler() {
            System.gc();
            start = memory.getHeapMemoryUsage().getUsed();
            thread = new Thread(() -> {
                while (running) {
                    max.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        long startMb() {
            return start >> 20;
        }

        long maxMb() {
            return max.get() >> 20;
        }

        @Override
        public void close() {
            running = false;
            thread.interrupt();
        }
    }
}
