package org.dunwell.ledger.support;

import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
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
import org.dunwell.ledger.application.ImportService;
import org.dunwell.ledger.application.PostingFeed;
import org.dunwell.ledger.application.SettlementService;
import org.dunwell.ledger.infrastructure.JpaAuditTrail;
import org.dunwell.ledger.infrastructure.JpaCompanyRepository;
import org.dunwell.ledger.infrastructure.JpaCustomerRepository;
import org.dunwell.ledger.infrastructure.jdbc.JdbcLedgerQueries;
import org.dunwell.ledger.infrastructure.jdbc.JdbcLedgerStore;
import org.dunwell.testkit.TestDatabase;

/**
 * The ledger's services wired by hand on one EntityManager per transaction, as CDI wires
 * them in the server; and the import's commit rule (commit when the result says so).
 */
public final class Ledger {

    public static final String UNIT = "ledger-test";
    public static final UserName ERP = UserName.of("erp");
    public static final BusinessClock CLOCK = BusinessClock.fixedAt(LocalDate.of(2026, 11, 22));
    private static final AtomicInteger COMPANIES = new AtomicInteger();

    private Ledger() {
    }

    /** The services of one transaction. */
    public record Services(EntityManager em, ImportService imports, DocumentService documents,
                           SettlementService settlements, AccountService accounts, CustomerService customers,
                           CompanyService companies, JdbcLedgerQueries queries, PostingFeed postings) {
    }

    public static <T> T tx(TestDatabase db, Function<Services, T> work) {
        return db.inTransaction(UNIT, (EntityManager em) -> work.apply(services(em)));
    }

    public static Services services(EntityManager em) {
        JdbcLedgerStore store = new JdbcLedgerStore(em);
        JdbcLedgerQueries queries = new JdbcLedgerQueries(em);
        JpaAuditTrail audit = new JpaAuditTrail(em);
        JpaCompanyRepository companies = new JpaCompanyRepository(em);
        return new Services(em, new ImportService(store, CLOCK), new DocumentService(store, queries, CLOCK),
                new SettlementService(store, queries, CLOCK), new AccountService(store, queries),
                new CustomerService(new JpaCustomerRepository(em), companies, audit, CLOCK),
                new CompanyService(companies, audit, CLOCK), queries, new PostingFeed(store, CLOCK));
    }

    /** A fresh company (its own key space inside the shared test database). */
    public static String newCompany(TestDatabase db, String currency) {
        String code = "T" + COMPANIES.incrementAndGet();
        tx(db, s -> s.companies().create(CompanyCode.of(code), new CompanyDraft("Test " + code,
                Currency.getInstance(currency)), UserName.of("admin"), null));
        return code;
    }

    /** Imports in its own transaction and commits only if the result says so (as the server does). */
    public static ImportResult importCsv(TestDatabase db, ImportKind kind, String csv, ImportMode mode,
                                         String company) {
        EntityManager em = db.entityManagerFactory(UNIT).createEntityManager();
        try {
            em.getTransaction().begin();
            ImportResult result = services(em).imports().run(kind, new StringReader(csv), mode, company, ERP);
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

    public static ImportResult importCsv(TestDatabase db, ImportKind kind, String csv, String company) {
        return importCsv(db, kind, csv, ImportMode.ALL_OR_NOTHING, company);
    }

    /** A number straight from the database. */
    public static BigDecimal scalar(TestDatabase db, String sql, Object... parameters) {
        try (Connection connection = db.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                BigDecimal value = rs.getBigDecimal(1);
                return value == null ? BigDecimal.ZERO : value;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long count(TestDatabase db, String sql, Object... parameters) {
        return scalar(db, sql, parameters).longValueExact();
    }
}
