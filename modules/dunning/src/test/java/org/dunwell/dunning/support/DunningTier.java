package org.dunwell.dunning.support;

import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.dunwell.collections.api.UserDirectory;
import org.dunwell.collections.application.ActivityService;
import org.dunwell.collections.application.CaseService;
import org.dunwell.collections.application.CustomerFiguresPages;
import org.dunwell.collections.application.PoolsAndAgingService;
import org.dunwell.collections.application.CollectionsLog;
import org.dunwell.collections.application.ContactRestrictionService;
import org.dunwell.collections.application.Visibility;
import org.dunwell.collections.infrastructure.JpaActivityRepository;
import org.dunwell.collections.infrastructure.JpaCaseRepository;
import org.dunwell.collections.infrastructure.JpaPoolRepository;
import org.dunwell.collections.infrastructure.JpaRestrictionRepository;
import org.dunwell.collections.infrastructure.ScopedRows;
import org.dunwell.credit.application.ApprovalLevels;
import org.dunwell.credit.application.CreditChangeService;
import org.dunwell.credit.application.CreditPositions;
import org.dunwell.credit.application.CreditProfileService;
import org.dunwell.credit.application.CreditStandingService;
import org.dunwell.credit.domain.CreditRepository;
import org.dunwell.credit.infrastructure.JpaCreditRepository;
import org.dunwell.dunning.api.LetterRunView;
import org.dunwell.dunning.api.LetterRuns;
import org.dunwell.dunning.api.LineStatus;
import org.dunwell.dunning.application.DunningHolds;
import org.dunwell.dunning.application.DunningLog;
import org.dunwell.dunning.application.InterestCodeService;
import org.dunwell.dunning.application.InterestNoteService;
import org.dunwell.dunning.application.LetterRunService;
import org.dunwell.dunning.application.LetterService;
import org.dunwell.dunning.application.LinePoster;
import org.dunwell.dunning.application.OutboxService;
import org.dunwell.dunning.application.ProposalMaker;
import org.dunwell.dunning.application.SequenceService;
import org.dunwell.dunning.domain.outbox.MailTransport;
import org.dunwell.dunning.infrastructure.JdbcInterestNoteStore;
import org.dunwell.dunning.infrastructure.JdbcLetterStore;
import org.dunwell.dunning.infrastructure.JdbcOutboxStore;
import org.dunwell.dunning.infrastructure.JdbcRunStore;
import org.dunwell.dunning.infrastructure.JpaSequenceRepository;
import org.dunwell.dunning.infrastructure.PdfDocuments;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.CompanyCode;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.CompanyDraft;
import org.dunwell.ledger.api.ImportKind;
import org.dunwell.ledger.api.ImportMode;
import org.dunwell.ledger.api.ImportResult;
import org.dunwell.ledger.application.AccountService;
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
 * The dunning services wired by their {@code @Inject} constructors on one EntityManager per transaction, over the
 * real ledger, credit and collections services, as CDI wires them in the server. Each step runs in its own
 * transaction ({@link #tx}); a company of its own per test ({@link #newCompany}); ledger data by CSV import.
 */
public final class DunningTier {

    public static final String UNIT = "dunning-test";
    public static final UserName ERP = UserName.of("erp");
    public static final UserName MANAGER = UserName.of("manager");
    private static final AtomicInteger COMPANIES = new AtomicInteger();

    private static final PdfDocuments RENDERER = new PdfDocuments();
    /** Every user exists and sees every customer: who is responsible for an activity is not under test here. */
    private static final UserDirectory USERS = new UserDirectory() {
        @Override
        public void signedIn(UserName user, boolean seesAllCustomers) {
        }

        @Override
        public boolean exists(UserName user) {
            return true;
        }

        @Override
        public boolean seesAllCustomers(UserName user) {
            return true;
        }
    };

    private final TestDatabase db;
    private final BusinessClock clock;

    public DunningTier(TestDatabase db, BusinessClock clock) {
        this.db = db;
        this.clock = clock;
    }

    public DunningTier(TestDatabase db, LocalDate today) {
        this(db, BusinessClock.fixedAt(today));
    }

    /** The services of one transaction. */
    public record Services(EntityManager em, SequenceService sequences, InterestCodeService interest,
                           LetterRunService runs, JdbcLetterStore letters, JdbcOutboxStore outbox,
                           LetterService letterService, OutboxService.OutboxSteps outboxSteps,
                           DocumentService documents, AccountService accounts, SettlementService settlements,
                           ContactRestrictionService restrictions, CaseService cases, CreditProfileService credit,
                           ActivityService activities, InterestNoteService notes, JpaAuditTrail audit) {
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
        AccountService accounts = new AccountService(store, queries);
        ExchangeRateService rates = new ExchangeRateService(new JpaExchangeRateRepository(em), companyRepository,
                audit, clock);

        CreditRepository creditRepository = new JpaCreditRepository(em);
        CreditPositions positions = new CreditPositions(creditRepository, new JdbcReceivableFigures(em), customers);
        ApprovalLevels routing = new ApprovalLevels(creditRepository, companies, rates);
        CreditProfileService credit = new CreditProfileService(creditRepository, positions,
                new CreditChangeService(creditRepository, positions, audit, clock), routing, audit, clock);

        JdbcCustomerScopeSql scopeSql = new JdbcCustomerScopeSql();
        ScopedRows scoped = new ScopedRows(em, scopeSql);
        Visibility visibility = new Visibility(customers, documents);
        ContactRestrictionService restrictions = new ContactRestrictionService(new JpaRestrictionRepository(em,
                scoped), visibility, new CollectionsLog(audit, clock), clock);
        CaseService cases = new CaseService(new JpaCaseRepository(em, scoped), new JpaActivityRepository(em, scoped),
                visibility, audit, clock);

        JdbcAgingQueries aging = new JdbcAgingQueries(em, db.dataSource());
        PoolsAndAgingService pools = new PoolsAndAgingService(new JpaPoolRepository(em), aging, audit, clock,
                new CustomerFiguresPages(aging, new CreditStandingService(creditRepository, positions), rates));
        ActivityService activities = new ActivityService(new JpaActivityRepository(em, scoped),
                new JpaCaseRepository(em, scoped), visibility, pools, USERS, audit, clock);
        DunningLog log = new DunningLog(audit, clock);
        JpaSequenceRepository sequenceRepository = new JpaSequenceRepository(em);
        JdbcLetterStore letters = new JdbcLetterStore(em, scopeSql);
        JdbcOutboxStore outbox = new JdbcOutboxStore(em);
        JdbcRunStore runStore = new JdbcRunStore(em, scopeSql);
        ProposalMaker maker = new ProposalMaker(accounts, companies, sequenceRepository, letters,
                restrictions, cases);
        LinePoster poster = new LinePoster(runStore, letters, sequenceRepository, documents, customers, outbox,
                restrictions, credit, activities, customers, log, clock);
        LetterService letterService = new LetterService(letters, outbox, RENDERER, companies, customers, accounts,
                restrictions, log, clock);
        return new Services(em, new SequenceService(sequenceRepository, companies, customers, log, clock),
                new InterestCodeService(sequenceRepository, log, clock),
                new LetterRunService(runStore, accounts, maker, poster,
                        new DunningHolds(letters, documents, credit, clock), log, clock), letters, outbox, letterService,
                new OutboxService.OutboxSteps(outbox, letterService, log, clock), documents,
                accounts, settlements, restrictions, cases, credit, activities,
                new InterestNoteService(new JdbcInterestNoteStore(em), sequenceRepository, letters, accounts, customers,
                        documents, customers, routing, log, clock), audit);
    }

    /** The outbox as the server runs it, over {@code transport}: each of its steps a transaction of its own. */
    public OutboxService outbox(MailTransport transport) {
        OutboxService.OutboxSteps steps = new OutboxService.OutboxSteps() {
            @Override
            public java.util.List<org.dunwell.dunning.api.OutboxMessageView> claim(java.time.Instant now, int limit,
                                                                                  String sender,
                                                                                  java.time.Instant until) {
                return tx(s -> s.outboxSteps().claim(now, limit, sender, until));
            }

            @Override
            public MailTransport.Mail mail(org.dunwell.dunning.api.OutboxMessageView message) {
                return tx(s -> s.outboxSteps().mail(message));
            }

            @Override
            public void sent(org.dunwell.dunning.api.OutboxMessageView message, String sender, String messageId) {
                tx(s -> {
                    s.outboxSteps().sent(message, sender, messageId);
                    return null;
                });
            }

            @Override
            public void failed(org.dunwell.dunning.api.OutboxMessageView message, String sender, String error,
                               java.time.Instant next) {
                tx(s -> {
                    s.outboxSteps().failed(message, sender, error, next);
                    return null;
                });
            }

            @Override
            public org.dunwell.kernel.api.Page<org.dunwell.dunning.api.OutboxMessageView> list(String company,
                    String status, org.dunwell.kernel.api.PageRequest page) {
                return tx(s -> s.outboxSteps().list(company, status, page));
            }

            @Override
            public org.dunwell.dunning.api.OutboxMessageView get(String company, long id) {
                return tx(s -> s.outboxSteps().get(company, id));
            }

            @Override
            public org.dunwell.dunning.api.OutboxMessageView reset(String company, long id, long expectedVersion,
                                                                  String status, String note, String why,
                                                                  UserName actor) {
                return tx(s -> s.outboxSteps().reset(company, id, expectedVersion, status, note, why, actor));
            }
        };
        return new OutboxService(steps, transport);
    }

    /** A fresh company (its own key space in the shared test database), letters in {@code language}. */
    public String newCompany(String currency, String language) {
        String code = "D" + COMPANIES.incrementAndGet();
        tx(s -> new CompanyService(new JpaCompanyRepository(s.em()), s.audit(), clock).create(CompanyCode.of(code),
                new CompanyDraft("Dunwell Test " + code, Currency.getInstance(currency), null, language),
                UserName.of("admin"), null));
        return code;
    }

    /** Imports in one transaction, all or nothing, as the server does; fails the test when a row is refused. */
    public void importCsv(ImportKind kind, String csv, String company) {
        ImportResult result = db.inTransaction(UNIT, (EntityManager em) -> new ImportService(new JdbcLedgerStore(em),
                clock).run(kind, new StringReader(csv), ImportMode.ALL_OR_NOTHING, company, ERP));
        if (!result.committed()) {
            throw new AssertionError("the " + kind + " import was refused: " + result);
        }
    }

    /** Proposes a run as of {@code asOf} the way its job does: page after page, each in its own transaction. */
    public LetterRunView propose(String company, LocalDate asOf, int pageSize) {
        tx(s -> s.runs().releasePaidHolds(company, MANAGER));
        LetterRunView run = tx(s -> s.runs().create(company, asOf, MANAGER));
        String after = null;
        do {
            String from = after;
            after = tx(s -> s.runs().proposePage(company, run.id(), from, pageSize));
        } while (after != null);
        return tx(s -> s.runs().proposed(company, run.id()));
    }

    /** Posts a proposed run the way its job does: line after line, each in its own transaction. */
    public LetterRunView post(String company, LetterRunView run) {
        tx(s -> s.runs().startPosting(company, run.id(), run.version(), MANAGER));
        postRemaining(company, run.id(), Integer.MAX_VALUE);
        return tx(s -> s.runs().posted(company, run.id()));
    }

    /** Posts at most {@code limit} lines of a POSTING run (a crash after them is what a test does next). */
    public int postRemaining(String company, long run, int limit) {
        int posted = 0;
        List<Integer> lines = tx(s -> s.runs().linesToPost(company, run, LetterRuns.PAGE_SIZE));
        for (int line : lines) {
            if (posted == limit) {
                return posted;
            }
            LineStatus status = tx(s -> s.runs().postLine(company, run, line, MANAGER));
            posted += status == LineStatus.POSTED ? 1 : 0;
        }
        return posted;
    }
}
