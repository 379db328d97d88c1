package org.dunwell.collections.support;

import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Currency;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.dunwell.collections.application.ActivityService;
import org.dunwell.collections.application.AgingSnapshotService;
import org.dunwell.collections.application.CaseService;
import org.dunwell.collections.application.ContactRestrictionService;
import org.dunwell.collections.application.CustomerCollectionsRecords;
import org.dunwell.collections.application.CollectionsLog;
import org.dunwell.collections.application.CustomerFiguresPages;
import org.dunwell.collections.application.DisputeService;
import org.dunwell.collections.application.InvoiceStatuses;
import org.dunwell.collections.application.PoolsAndAgingService;
import org.dunwell.collections.application.PromiseJudge;
import org.dunwell.collections.application.PromiseService;
import org.dunwell.collections.application.ReturnedPaymentService;
import org.dunwell.collections.application.TimelineService;
import org.dunwell.collections.application.Visibility;
import org.dunwell.collections.application.WorkspaceService;
import org.dunwell.collections.application.WriteOffService;
import org.dunwell.collections.infrastructure.JpaActivityRepository;
import org.dunwell.collections.infrastructure.JpaCaseRepository;
import org.dunwell.collections.infrastructure.JpaRestrictionRepository;
import org.dunwell.collections.infrastructure.JpaDisputeRepository;
import org.dunwell.collections.infrastructure.JpaNoteRepository;
import org.dunwell.collections.infrastructure.JpaPoolRepository;
import org.dunwell.collections.infrastructure.JpaPromiseRepository;
import org.dunwell.collections.infrastructure.JpaSnapshotRepository;
import org.dunwell.collections.infrastructure.JpaWriteOffRepository;
import org.dunwell.collections.infrastructure.ScopedRows;
import org.dunwell.collections.infrastructure.SnapshotRowStore;
import org.dunwell.credit.application.ApprovalLevels;
import org.dunwell.credit.application.CreditChangeService;
import org.dunwell.credit.application.CreditPositions;
import org.dunwell.credit.application.CreditProfileService;
import org.dunwell.credit.application.CreditStandingService;
import org.dunwell.credit.application.LimitRequestService;
import org.dunwell.credit.domain.CreditRepository;
import org.dunwell.credit.infrastructure.JpaCreditRepository;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.CompanyCode;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.CompanyDraft;
import org.dunwell.ledger.api.ImportKind;
import org.dunwell.ledger.api.ImportMode;
import org.dunwell.ledger.api.ImportResult;
import org.dunwell.ledger.application.CompanyService;
import org.dunwell.ledger.application.CustomerService;
import org.dunwell.ledger.application.DocumentService;
import org.dunwell.ledger.application.ExchangeRateService;
import org.dunwell.ledger.application.ImportService;
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
 * The collections services wired by their {@code @Inject} constructors on one EntityManager per transaction,
 * over the real ledger and credit services, as CDI wires them in the server. A test runs each step in its own
 * transaction ({@link #tx}), on a company of its own ({@link #newCompany}), with ledger data imported through
 * the ledger's CSV import ({@link #importCsv}).
 */
public final class CollectionsTier {

    public static final String UNIT = "collections-test";
    public static final UserName ERP = UserName.of("erp");
    private static final AtomicInteger COMPANIES = new AtomicInteger();

    private final TestDatabase db;
    private final BusinessClock clock;

    public CollectionsTier(TestDatabase db, BusinessClock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The server's users, as the reassignment of activities asks about them. */
    public final FakeUsers users = new FakeUsers();

    public CollectionsTier(TestDatabase db, LocalDate today) {
        this(db, BusinessClock.fixedAt(today));
    }

    /** The services of one transaction. */
    public record Services(EntityManager em, PoolsAndAgingService collections, AgingSnapshotService snapshots,
                           WorkspaceService workspace, ActivityService activities, CaseService cases,
                           TimelineService timelines, PromiseService promises, DisputeService disputes,
                           WriteOffService writeOffs, ReturnedPaymentService returned, SettlementService settlements,
                           DocumentService documents, CustomerService customers, LimitRequestService limits,
                           JpaAuditTrail audit, ContactRestrictionService restrictions) {
    }

    public <T> T tx(Function<Services, T> work) {
        return db.inTransaction(UNIT, (EntityManager em) -> work.apply(services(em)));
    }

    public Services services(EntityManager em) {
        JpaAuditTrail audit = new JpaAuditTrail(em);
        JpaCompanyRepository companyRepository = new JpaCompanyRepository(em);
        CompanyService companies = new CompanyService(companyRepository, audit, clock);
        JdbcLedgerStore store = new JdbcLedgerStore(em);
        JdbcLedgerQueries queries = new JdbcLedgerQueries(em);
        DocumentService documents = new DocumentService(store, queries, clock);
        CustomerService customers = new CustomerService(new JpaCustomerRepository(em), companyRepository, audit,
                clock);
        SettlementService settlements = new SettlementService(store, queries, clock);
        ExchangeRateService rates = new ExchangeRateService(new JpaExchangeRateRepository(em), companyRepository,
                audit, clock);
        JdbcAgingQueries aging = new JdbcAgingQueries(em, db.dataSource());

        CreditRepository credit = new JpaCreditRepository(em);
        CreditPositions positions = new CreditPositions(credit, new JdbcReceivableFigures(em), customers);
        ApprovalLevels routing = new ApprovalLevels(credit, companies, rates);
        CreditProfileService profiles = new CreditProfileService(credit, positions, new CreditChangeService(credit,
                positions, audit, clock), routing, audit, clock);
        LimitRequestService limits = new LimitRequestService(credit, positions, routing, audit, clock);

        JdbcCustomerScopeSql scopeSql = new JdbcCustomerScopeSql();
        ScopedRows scoped = new ScopedRows(em, scopeSql);
        SnapshotRowStore rows = new SnapshotRowStore(em, scopeSql);
        Visibility visibility = new Visibility(customers, documents);
        CollectionsLog log = new CollectionsLog(audit, clock);
        CustomerFiguresPages figures = new CustomerFiguresPages(aging, new CreditStandingService(credit, positions),
                rates);
        PoolsAndAgingService pools = new PoolsAndAgingService(new JpaPoolRepository(em), aging, audit, clock, figures);
        AgingSnapshotService snapshots = new AgingSnapshotService(new JpaSnapshotRepository(em), pools, figures,
                aging, rows, companies, audit, clock);
        JpaActivityRepository activityRepository = new JpaActivityRepository(em, scoped);
        JpaCaseRepository caseRepository = new JpaCaseRepository(em, scoped);
        JpaDisputeRepository disputeRepository = new JpaDisputeRepository(em, scoped);
        JpaPromiseRepository promiseRepository = new JpaPromiseRepository(em, scoped);
        ActivityService activities = new ActivityService(activityRepository, caseRepository, visibility, pools,
                users, audit, clock);
        InvoiceStatuses statuses = new InvoiceStatuses(disputeRepository, promiseRepository, documents, log);
        PromiseJudge judge = new PromiseJudge(promiseRepository, settlements, activities, statuses, log);
        CaseService cases = new CaseService(caseRepository, activityRepository, visibility, audit, clock);
        PromiseService promises = new PromiseService(promiseRepository, visibility, statuses, log, judge, clock);
        ContactRestrictionService restrictions = new ContactRestrictionService(new JpaRestrictionRepository(em,
                scoped), visibility, log, clock);
        return new Services(em, pools, snapshots,
                new WorkspaceService(pools, snapshots, rows, figures, activities, companies, profiles, documents,
                        customers, new CustomerCollectionsRecords(cases, promises, restrictions), clock),
                activities, cases,
                new TimelineService(activityRepository, new JpaNoteRepository(em), visibility, documents, audit,
                        clock),
                promises,
                new DisputeService(disputeRepository, documents, visibility, statuses, log, clock),
                new WriteOffService(new JpaWriteOffRepository(em, scoped), documents, visibility, routing, log, clock),
                new ReturnedPaymentService(documents, visibility, settlements, statuses, log, clock), settlements,
                documents, customers, limits, audit, restrictions);
    }

    /** A fresh company with its accounting currency (its own key space inside the shared test database). */
    public String newCompany(String currency) {
        String code = "Q" + COMPANIES.incrementAndGet();
        tx(s -> new CompanyService(new JpaCompanyRepository(s.em()), s.audit(), clock).create(CompanyCode.of(code),
                new CompanyDraft("Test " + code, Currency.getInstance(currency)), UserName.of("admin"), null));
        return code;
    }

    /** A fresh EUR company with two customers: C1 "North One" in region NORTH, C2 "South Two" in SOUTH. */
    public String companyWithNorthAndSouth() {
        String company = newCompany("EUR");
        importCsv(ImportKind.CUSTOMERS, """
                account,name,currency,region
                C1,North One,EUR,NORTH
                C2,South Two,EUR,SOUTH
                """, company);
        return company;
    }

    /** Imports in one transaction, all or nothing, as the server does; fails the test when a row is refused. */
    public void importCsv(ImportKind kind, String csv, String company) {
        ImportResult result = db.inTransaction(UNIT, (EntityManager em) -> new ImportService(new JdbcLedgerStore(em),
                clock).run(kind, new StringReader(csv), ImportMode.ALL_OR_NOTHING, company, ERP));
        if (!result.committed()) {
            throw new AssertionError("the " + kind + " import was refused: " + result);
        }
    }
}
