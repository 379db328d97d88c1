package org.dunwell.bench;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import org.dunwell.collections.application.ActivityService;
import org.dunwell.collections.application.CollectionsLog;
import org.dunwell.collections.application.ContactRestrictionService;
import org.dunwell.collections.application.KnownUsers;
import org.dunwell.collections.application.PoolsAndAgingService;
import org.dunwell.collections.application.UserSignIns;
import org.dunwell.collections.infrastructure.JpaActivityRepository;
import org.dunwell.collections.infrastructure.JpaCaseRepository;
import org.dunwell.collections.infrastructure.JpaPoolRepository;
import org.dunwell.collections.infrastructure.JpaRestrictionRepository;
import org.dunwell.collections.application.DisputeService;
import org.dunwell.collections.application.InvoiceStatuses;
import org.dunwell.collections.application.PromiseJudge;
import org.dunwell.collections.application.PromiseService;
import org.dunwell.collections.application.Visibility;
import org.dunwell.collections.infrastructure.JpaDisputeRepository;
import org.dunwell.collections.infrastructure.JpaPromiseRepository;
import org.dunwell.collections.infrastructure.ScopedRows;
import org.dunwell.credit.application.ApprovalLevels;
import org.dunwell.credit.application.CreditChangeService;
import org.dunwell.credit.application.CreditPositions;
import org.dunwell.credit.application.CreditProfileService;
import org.dunwell.credit.domain.CreditRepository;
import org.dunwell.credit.infrastructure.JpaCreditRepository;
import org.dunwell.dunning.api.CustomerFacts;
import org.dunwell.dunning.application.CustomerFactsService;
import org.dunwell.dunning.infrastructure.JdbcLetterStore;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.CompanyCode;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.CompanyDraft;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.ImportKind;
import org.dunwell.ledger.application.AccountService;
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
import org.dunwell.testkit.TestDatabase;

/**
 * A customer's facts (what a summary or reminder draft may state) built as the server builds them, for a customer
 * with {@code --items} open invoices (600 of 1 000 overdue, some partly paid, a dispute and a promise), called
 * {@code --calls} times after {@code --warmup} calls (200) to warm up; the goal: p99 within 20 ms at 1 000 open items.
 *
 * <pre>./mvnw -q -pl bench exec:exec -Dexec.args="-cp %classpath org.dunwell.bench.FactsBenchmark --items 1000
 *     --calls 300 --db postgresql,derby"</pre>
 */
public final class FactsBenchmark {

    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 3);
    private static final BusinessClock CLOCK = BusinessClock.fixedAt(AS_OF);

    private FactsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchRun bench = new BenchRun(args);
        int items = bench.option("items", 1000);
        int calls = bench.option("calls", 300);
        bench.onEachDatabase("derby-facts", (db, reused) -> {
            db.migrate();
            String company = "FACTS" + (System.currentTimeMillis() % 100000);
            customerWith(db, company, items);
            for (int i = 0; i < bench.option("warmup", 200); i++) {
                facts(db, company);
            }
            double[] ms = new double[calls];
            CustomerFacts last = null;
            for (int i = 0; i < calls; i++) {
                long t = System.nanoTime();
                last = facts(db, company);
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(ms);
            if (bench.option("parts", 0) > 0) {
                parts(db, company, calls);
            }
            System.out.printf("%s: facts of a customer with %,d open invoices (%d overdue listed, %d more as a count):"
                    + " %d calls, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", db.kind().displayName(),
                    last.openInvoices(), last.overdueInvoices().size(), last.moreOverdue() == null ? 0
                    : last.moreOverdue().count(), calls, ms[calls / 2], ms[(int) (calls * 0.99)], ms[calls - 1]);
        });
    }

    private static void customerWith(TestDatabase db, String company, int items) throws Exception {
        db.inTransaction("bench", (EntityManager em) -> new CompanyService(new JpaCompanyRepository(em),
                new JpaAuditTrail(em), CLOCK).create(CompanyCode.of(company), new CompanyDraft("Facts Benchmark",
                Currency.getInstance("EUR")), UserName.of("bench"), null));
        Path dir = Files.createTempDirectory("facts");
        Files.writeString(dir.resolve("customers.csv"), "account,name,currency,language,email\n"
                + "F1,Facts Customer GmbH,EUR,de,ap@facts.example\n", StandardCharsets.UTF_8);
        StringBuilder invoices = new StringBuilder("document,account,document_date,due_date,currency,amount\n");
        StringBuilder payments = new StringBuilder("document,account,date,currency,amount,applies_to\n");
        for (int i = 1; i <= items; i++) {
            // 60 % overdue (dated 31 to 330 days back), the rest not yet due (dated up to 29 days back)
            LocalDate dated = i % 10 < 6 ? AS_OF.minusDays(31 + i % 300) : AS_OF.minusDays(i % 30);
            invoices.append("FI-").append(i).append(",F1,").append(dated).append(',').append(dated.plusDays(30))
                    .append(",EUR,").append(100 + i % 900).append(".50\n");
            if (i % 10 == 0) {
                payments.append("FP-").append(i).append(",F1,").append(AS_OF.minusDays(5)).append(",EUR,50.00,FI-")
                        .append(i).append('\n');
            }
        }
        Files.writeString(dir.resolve("invoices.csv"), invoices, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("payments.csv"), payments, StandardCharsets.UTF_8);
        for (String kind : new String[] {"customers", "invoices", "payments"}) {
            var result = ImportBenchmark.importFile(db, ImportKind.ofPath(kind).orElseThrow(),
                    dir.resolve(kind + ".csv"), company);
            if (!result.committed()) {
                throw new IllegalStateException(kind + ": " + result.errors());
            }
        }
    }

    /** Each read of the facts timed alone (--parts 1): where the time goes. */
    private static void parts(TestDatabase db, String company, int calls) {
        String[] names = {"customer", "credit profile", "aging", "open items", "promises", "performance", "disputes",
            "activities", "permission", "letters", "levels"};
        double[][] ms = new double[names.length][calls];
        for (int c = 0; c < calls; c++) {
            int call = c;
            db.inTransaction("bench", (EntityManager em) -> {
                Parts p = new Parts(em);
                Runnable[] reads = {
                    () -> p.customers.get(company, "F1", CustomerScope.ALL),
                    () -> p.credit.profile(company, "F1", AS_OF, CustomerScope.ALL),
                    () -> p.aging.aging(company, "F1", AS_OF, null, CustomerScope.ALL),
                    () -> p.accounts.openItems(company, "F1", AS_OF),
                    () -> p.promises.list(company, "F1", null, org.dunwell.collections.api.PromiseStatus.OPEN,
                            CustomerScope.ALL, org.dunwell.kernel.api.PageRequest.first(25)),
                    () -> p.promises.performance(company, "F1", null, CustomerScope.ALL),
                    () -> p.disputes.list(company, "F1", null, org.dunwell.collections.api.DisputeStatus.OPEN, null,
                            CustomerScope.ALL, org.dunwell.kernel.api.PageRequest.first(25)),
                    () -> p.activities.list(company, null, "OPEN", "F1", null, CustomerScope.ALL,
                            org.dunwell.kernel.api.PageRequest.first(5)),
                    () -> p.restrictions.permission(company, "F1", AS_OF, CustomerScope.ALL),
                    () -> p.letters.letters(company, "F1", CustomerScope.ALL,
                            org.dunwell.kernel.api.PageRequest.first(5)),
                    () -> p.letters.levels(company, java.util.List.of("F1"))};
                for (int r = 0; r < reads.length; r++) {
                    long t = System.nanoTime();
                    reads[r].run();
                    ms[r][call] = (System.nanoTime() - t) / 1e6;
                }
                return null;
            });
        }
        for (int r = 0; r < names.length; r++) {
            Arrays.sort(ms[r]);
            System.out.printf("  %s: p50 %.1f ms, p99 %.1f ms%n", names[r], ms[r][calls / 2], ms[r][(int) (calls * 0.99)]);
        }
    }

    private static CustomerFacts facts(TestDatabase db, String company) {
        return db.inTransaction("bench", (EntityManager em) -> service(em).facts(company, "F1", AS_OF, 25,
                CustomerScope.ALL));
    }

    /** The services the facts read, wired as CDI wires them in the server. */
    private static final class Parts {
        final CustomerService customers;
        final CreditProfileService credit;
        final PoolsAndAgingService aging;
        final AccountService accounts;
        final PromiseService promises;
        final DisputeService disputes;
        final ActivityService activities;
        final ContactRestrictionService restrictions;
        final JdbcLetterStore letters;
        final CompanyService companies;

        Parts(EntityManager em) {
            JpaAuditTrail audit = new JpaAuditTrail(em);
            JpaCompanyRepository companyRepository = new JpaCompanyRepository(em);
            companies = new CompanyService(companyRepository, audit, CLOCK);
            customers = new CustomerService(new JpaCustomerRepository(em), companyRepository, audit, CLOCK);
            DocumentService documents = new DocumentService(new JdbcLedgerStore(em), new JdbcLedgerQueries(em), CLOCK);
            CreditRepository store = new JpaCreditRepository(em);
            CreditPositions positions = new CreditPositions(store, new JdbcReceivableFigures(em), customers);
            ExchangeRateService rates = new ExchangeRateService(new JpaExchangeRateRepository(em), companyRepository,
                    audit, CLOCK);
            credit = new CreditProfileService(store, positions, new CreditChangeService(store, positions, audit,
                    CLOCK), new ApprovalLevels(store, companies, rates), audit, CLOCK);
            ScopedRows scoped = new ScopedRows(em, new JdbcCustomerScopeSql());
            Visibility visibility = new Visibility(customers, documents);
            JpaPromiseRepository promiseRepository = new JpaPromiseRepository(em, scoped);
            JpaDisputeRepository disputeRepository = new JpaDisputeRepository(em, scoped);
            CollectionsLog log = new CollectionsLog(audit, CLOCK);
            InvoiceStatuses statuses = new InvoiceStatuses(disputeRepository, promiseRepository, documents, log);
            promises = new PromiseService(promiseRepository, visibility, statuses, log, new PromiseJudge(
                    promiseRepository, new SettlementService(new JdbcLedgerStore(em), new JdbcLedgerQueries(em),
                    CLOCK), null, statuses, log), CLOCK);
            disputes = new DisputeService(disputeRepository, documents, visibility, statuses, log, CLOCK);
            JpaPoolRepository pools = new JpaPoolRepository(em);
            aging = new PoolsAndAgingService(pools, new JdbcAgingQueries(em), audit, CLOCK, null);
            activities = new ActivityService(new JpaActivityRepository(em, scoped), new JpaCaseRepository(em, scoped),
                    visibility, aging, new KnownUsers(pools, new UserSignIns(pools), CLOCK), audit, CLOCK);
            accounts = new AccountService(new JdbcLedgerStore(em), new JdbcLedgerQueries(em));
            restrictions = new ContactRestrictionService(new JpaRestrictionRepository(em, scoped), visibility, log,
                    CLOCK);
            letters = new JdbcLetterStore(em, new JdbcCustomerScopeSql());
        }
    }

    /** The facts service wired as CDI wires it in the server. */
    private static CustomerFactsService service(EntityManager em) {
        Parts p = new Parts(em);
        return new CustomerFactsService(p.customers, p.credit, p.aging, p.accounts, p.promises, p.disputes,
                p.activities, p.restrictions, p.letters, p.companies);
    }

}
