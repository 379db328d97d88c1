package org.dunwell.bench;

import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import org.dunwell.credit.application.CreditCheckService;
import org.dunwell.credit.application.CreditPositions;
import org.dunwell.credit.application.RiskScoreService;
import org.dunwell.credit.domain.CreditRepository;
import org.dunwell.credit.infrastructure.JpaCreditRepository;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.CompanyCode;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.CompanyDraft;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.ImportKind;
import org.dunwell.ledger.api.ImportResult;
import org.dunwell.ledger.application.CompanyService;
import org.dunwell.ledger.application.CustomerService;
import org.dunwell.ledger.application.ExchangeRateService;
import org.dunwell.ledger.infrastructure.JpaAuditTrail;
import org.dunwell.ledger.infrastructure.JpaCompanyRepository;
import org.dunwell.ledger.infrastructure.JpaCustomerRepository;
import org.dunwell.ledger.infrastructure.JpaExchangeRateRepository;
import org.dunwell.ledger.infrastructure.jdbc.JdbcReceivableFigures;
import org.dunwell.testkit.TestDatabase;

/**
 * Order credit checks for a customer with 1 000 open items (p50 / p99 over many calls, each in
 * its own transaction as a REST call would be), and the scorecard over every customer of the
 * ledger an {@link AgingBenchmark} run left (company BENCH), page by page as the batch job runs it.
 *
 * <pre>./mvnw -q -pl bench exec:exec -Dexec.args="-Xmx1g -cp %classpath org.dunwell.bench.CreditBenchmark
 *     --db derby --derby-dir bench/target/bench-data/derby-aging-…"</pre>
 * (without {@code --derby-dir}: a fresh database, checks only; {@code --db postgresql} scores the
 * BENCH company the PostgreSQL aging run left, if any.)
 */
public final class CreditBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final BusinessClock CLOCK = BusinessClock.fixedAt(TODAY);
    private static final UserName ERP = UserName.of("erp");

    private CreditBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchRun bench = new BenchRun(args);
        int calls = bench.option("calls", 1000);
        bench.onEachDatabase("derby-credit", (database, reused) -> {
            database.migrate();
            System.out.println("== " + database.kind().displayName());
            checks(database, calls);
            scorecard(database);
        });
    }

    private static void checks(TestDatabase db, int calls) throws Exception {
        String company = "CHK" + (System.currentTimeMillis() % 100000);
        db.inTransaction("bench", (EntityManager em) -> new CompanyService(new JpaCompanyRepository(em),
                new JpaAuditTrail(em), CLOCK).create(CompanyCode.of(company),
                new CompanyDraft("Credit bench", Currency.getInstance("EUR")), UserName.of("bench"), null));
        Path dir = Files.createTempDirectory("credit-bench-csv");
        Files.writeString(dir.resolve("customers.csv"), "account,name,currency,credit_limit\n"
                + "BIG,Big customer,EUR,5000000.00\n");
        StringBuilder invoices = new StringBuilder("document,account,document_date,due_date,currency,amount\n");
        for (int i = 0; i < 1000; i++) {
            LocalDate date = TODAY.minusDays(i % 300);
            invoices.append("B-").append(i).append(",BIG,").append(date).append(',').append(date.plusDays(30))
                    .append(",EUR,").append(100 + i).append(".25\n");
        }
        Files.writeString(dir.resolve("invoices.csv"), invoices);
        for (ImportKind kind : new ImportKind[] {ImportKind.CUSTOMERS, ImportKind.INVOICES}) {
            ImportResult result = ImportBenchmark.importFile(db, kind, dir.resolve(kind == ImportKind.CUSTOMERS
                    ? "customers.csv" : "invoices.csv"), company);
            if (!result.committed()) {
                throw new IllegalStateException("the " + kind + " import was refused: " + result);
            }
        }
        for (boolean withReference : new boolean[] {false, true}) {
            double[] millis = new double[calls];
            for (int i = -50; i < calls; i++) {
                String reference = withReference ? "SO-" + i : null;
                long t = System.nanoTime();
                db.inTransaction("bench", (EntityManager em) -> service(em).check(company, "BIG",
                        Money.of("10.00", "EUR"), reference, CustomerScope.ALL, ERP));
                if (i >= 0) {
                    millis[i] = (System.nanoTime() - t) / 1e6;
                }
            }
            Arrays.sort(millis);
            System.out.printf("credit check, 1 000 open items, %s: %,d calls, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    withReference ? "kept with an order reference" : "answered only", calls, millis[calls / 2],
                    millis[(int) (calls * 0.99)], millis[calls - 1]);
        }
    }

    private static CreditCheckService service(EntityManager em) {
        CreditRepository store = new JpaCreditRepository(em);
        JpaAuditTrail audit = new JpaAuditTrail(em);
        CustomerService customers = customers(em);
        return new CreditCheckService(store, new CreditPositions(store, new JdbcReceivableFigures(em), customers),
                customers, customers, new ExchangeRateService(new JpaExchangeRateRepository(em),
                new JpaCompanyRepository(em), audit, CLOCK), audit, CLOCK);
    }

    private static CustomerService customers(EntityManager em) {
        return new CustomerService(new JpaCustomerRepository(em), new JpaCompanyRepository(em), new JpaAuditTrail(em),
                CLOCK);
    }

    private static void scorecard(TestDatabase db) throws Exception {
        long customers = db.inTransaction("bench", (EntityManager em) -> ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM customer WHERE company_code = 'BENCH'").getSingleResult()).longValue());
        if (customers == 0) {
            System.out.println("scorecard: no BENCH ledger here (run AgingBenchmark first, or pass --derby-dir)");
            return;
        }
        for (int run = 1; run <= 2; run++) {
            ImportBenchmark.HeapSampler heap = new ImportBenchmark.HeapSampler();
            long start = System.nanoTime();
            String cursor = null;
            int pages = 0;
            do {
                String from = cursor;
                cursor = db.inTransaction("bench", (EntityManager em) -> {
                    CreditRepository store = new JpaCreditRepository(em);
                    JdbcReceivableFigures figures = new JdbcReceivableFigures(em);
                    return new RiskScoreService(store, new CreditPositions(store, figures, customers(em)), figures,
                            new JpaAuditTrail(em), CLOCK).scorePage("BENCH", from, 500, TODAY);
                });
                pages++;
            } while (cursor != null);
            heap.close();
            System.out.printf("scorecard run %d (%s): %,d customers in %,d pages of 500, %.1f s, heap at most %d MB%n",
                    run, run == 1 ? "profiles created" : "profiles updated", customers, pages,
                    ImportBenchmark.seconds(start), heap.maxMb());
        }
    }
}
