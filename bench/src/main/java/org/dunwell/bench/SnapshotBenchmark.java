package org.dunwell.bench;

import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.dunwell.collections.api.AgingSnapshotView;
import org.dunwell.collections.api.CustomerWorkspaceView;
import org.dunwell.collections.api.WorkspaceView;
import org.dunwell.collections.application.ActivityService;
import org.dunwell.collections.application.AgingSnapshotService;
import org.dunwell.collections.application.CollectionsService;
import org.dunwell.collections.application.CustomerFiguresPages;
import org.dunwell.collections.application.ScopedIds;
import org.dunwell.collections.application.WorkspaceService;
import org.dunwell.collections.infrastructure.SnapshotRowStore;
import org.dunwell.credit.application.CreditPositions;
import org.dunwell.credit.application.CreditProfileService;
import org.dunwell.credit.application.CreditStandingService;
import org.dunwell.credit.application.CreditStore;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.application.CompanyService;
import org.dunwell.ledger.application.CustomerService;
import org.dunwell.ledger.application.DocumentService;
import org.dunwell.ledger.application.ExchangeRateService;
import org.dunwell.ledger.infrastructure.JpaAuditTrail;
import org.dunwell.ledger.infrastructure.JpaCompanyRepository;
import org.dunwell.ledger.infrastructure.JpaCustomerRepository;
import org.dunwell.ledger.infrastructure.jdbc.JdbcAgingQueries;
import org.dunwell.ledger.infrastructure.jdbc.JdbcLedgerQueries;
import org.dunwell.ledger.infrastructure.jdbc.JdbcLedgerStore;
import org.dunwell.ledger.infrastructure.jdbc.JdbcReceivableFigures;
import org.dunwell.testkit.TestDatabase;

/**
 * The {@code aging-snapshots} job over the ledger of an {@link AgingBenchmark} run (company BENCH),
 * page by page as the batch job runs it ({@code --page} customers a page, default 500 as the job's default,
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

    private SnapshotBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchRun bench = new BenchRun(args);
        int runs = bench.option("runs", 3);
        int calls = bench.option("calls", 300);
        int page = bench.option("page", 500);
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
            snapshots(database, runs, page);
            workspace(database, calls);
        });
    }

    private static void snapshots(TestDatabase db, int runs, int page) throws Exception {
        double[] job = new double[runs];
        double[] floor = new double[runs];
        long maxHeap = 0;
        int rows = 0;
        for (int run = 0; run < runs; run++) {
            ImportBenchmark.HeapSampler heap = new ImportBenchmark.HeapSampler();
            long t = System.nanoTime();
            long id = db.inTransaction("bench", (EntityManager em) -> snapshots(em).create("BENCH", AS_OF,
                    "standard", null, MANAGER).id());
            String cursor = null;
            do {
                String from = cursor;
                cursor = db.inTransaction("bench", (EntityManager em) -> snapshots(em).writePage(id, from, page));
            } while (cursor != null);
            AgingSnapshotView done = db.inTransaction("bench", (EntityManager em) -> snapshots(em).complete(id));
            job[run] = (System.nanoTime() - t) / 1e6;
            heap.close();
            maxHeap = Math.max(maxHeap, heap.maxMb());
            rows = done.customers();
            t = System.nanoTime();
            AgingBenchmark.floor(db, AS_OF);
            floor[run] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(job);
        Arrays.sort(floor);
        System.out.printf("snapshot of %,d customers, pages of %d: median %.0f ms (min %.0f), floor GROUP BY median"
                        + " %.0f ms (min %.0f); snapshot / floor %.2f×; heap at most %d MB%n", rows, page,
                job[runs / 2], job[0], floor[runs / 2], floor[0], job[runs / 2] / floor[runs / 2], maxHeap);
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

    private static AgingSnapshotService snapshots(EntityManager em) {
        JpaAuditTrail audit = new JpaAuditTrail(em);
        CustomerFiguresPages figures = figures(em);
        return new AgingSnapshotService(em, new CollectionsService(em, new JdbcAgingQueries(em), audit, CLOCK,
                figures), figures, new SnapshotRowStore(em), new CompanyService(new JpaCompanyRepository(em), audit,
                CLOCK), audit, CLOCK);
    }

    private static CustomerFiguresPages figures(EntityManager em) {
        CreditStore store = new CreditStore(em);
        JpaAuditTrail audit = new JpaAuditTrail(em);
        return new CustomerFiguresPages(new JdbcAgingQueries(em), new CreditStandingService(store,
                new CreditPositions(store, new JdbcReceivableFigures(em))),
                new ExchangeRateService(em, new JpaCompanyRepository(em), audit, CLOCK));
    }

    private static WorkspaceService workspace(EntityManager em) {
        JpaAuditTrail audit = new JpaAuditTrail(em);
        CustomerFiguresPages figures = figures(em);
        CollectionsService collections = new CollectionsService(em, new JdbcAgingQueries(em), audit, CLOCK, figures);
        JpaCompanyRepository companyRepository = new JpaCompanyRepository(em);
        CompanyService companies = new CompanyService(companyRepository, audit, CLOCK);
        DocumentService documents = new DocumentService(new JdbcLedgerStore(em), new JdbcLedgerQueries(em), CLOCK);
        CustomerService customers = new CustomerService(new JpaCustomerRepository(em), companyRepository, audit, CLOCK);
        CreditStore store = new CreditStore(em);
        return new WorkspaceService(collections, new AgingSnapshotService(em, collections, figures,
                new SnapshotRowStore(em), companies, audit, CLOCK), new SnapshotRowStore(em), figures,
                new ActivityService(em, customers, documents, audit, CLOCK, new ScopedIds(em)), companies,
                new CreditProfileService(store, new CreditPositions(store, new JdbcReceivableFigures(em)), audit,
                        CLOCK), documents, customers, CLOCK);
    }
}
