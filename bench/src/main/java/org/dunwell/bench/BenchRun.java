package org.dunwell.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.dunwell.demo.api.DemoDataSpec;
import org.dunwell.demo.api.GenerateCsv;
import org.dunwell.testkit.DatabaseKind;
import org.dunwell.testkit.TestDatabase;

/**
 * What the benchmark mains share: {@code --name value} options, the generated ledger files of a
 * size (seed 42, company BENCH, written once under {@code --dir}), and a run on each database
 * asked for ({@code --db derby,postgresql}) that answers here.
 */
final class BenchRun {

    /** The day the generated ledger ends and the benchmarks measure as of. */
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

    /** Work on one opened database. */
    @FunctionalInterface
    interface OnDatabase {
        void run(TestDatabase database, boolean reused) throws Exception;
    }

    final Map<String, String> options = new HashMap<>();
    final int invoices;
    final int customers;
    final Path dir;

    BenchRun(String[] args) {
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        invoices = Integer.parseInt(option("invoices", "100000"));
        customers = Integer.parseInt(option("customers", Integer.toString(invoices / 10)));
        dir = Path.of(option("dir", "target/bench-data"));
    }

    String option(String name, String otherwise) {
        return options.getOrDefault(name, otherwise);
    }

    int option(String name, int otherwise) {
        return Integer.parseInt(option(name, Integer.toString(otherwise)));
    }

    /** The generated CSV files of this size, generated on first use. */
    Path ledgerFiles() throws Exception {
        Path files = dir.resolve("csv-" + customers + "-" + invoices);
        if (!Files.exists(files.resolve("payments.csv"))) {
            long start = System.nanoTime();
            GenerateCsv.write(new DemoDataSpec(42, customers, invoices, AS_OF, 18, "BENCH"), files);
            System.out.printf("generated %,d customers and %,d invoices in %.1f s into %s%n", customers, invoices,
                    ImportBenchmark.seconds(start), files);
        }
        return files;
    }

    /**
     * Runs {@code work} on each database asked for that answers. Derby lives on disk in
     * {@code --derby-dir} when given (reused when an earlier run left the ledger there), else in a new
     * folder {@code <derbyPrefix>-<millis>} under {@code --dir}. PostgreSQL uses a new schema dropped
     * afterwards, or the kept schema {@code --pg-schema} (reused when it already holds the ledger).
     */
    void onEachDatabase(String derbyPrefix, OnDatabase work) throws Exception {
        for (String db : option("db", "derby,postgresql").split(",")) {
            DatabaseKind kind = DatabaseKind.valueOf(db.trim().toUpperCase(Locale.ROOT));
            if (!kind.isAvailable()) {
                System.out.println(db + ": not available, skipped");
                continue;
            }
            TestDatabase database;
            boolean reused;
            if (kind == DatabaseKind.DERBY) {
                String reuse = options.get("derby-dir");
                database = TestDatabase.derbyIn(reuse != null ? Path.of(reuse)
                        : dir.resolve(derbyPrefix + "-" + System.currentTimeMillis()));
                reused = reuse != null && holdsLedger(database);
            } else if (options.containsKey("pg-schema")) {
                database = DatabaseKind.postgresSchema(options.get("pg-schema"), true);
                reused = holdsLedger(database);
            } else {
                database = kind.create();
                reused = false;
            }
            try {
                work.run(database, reused);
            } finally {
                database.close();
            }
        }
    }

    private static boolean holdsLedger(TestDatabase database) throws SQLException {
        database.migrate();
        try (Connection c = database.connect();
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT COUNT(*) FROM customer WHERE company_code = 'BENCH'")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }
}
