package org.dunwell.credit.application;

import org.dunwell.credit.domain.CreditRepository;
import org.dunwell.credit.infrastructure.JpaCreditRepository;
import jakarta.persistence.EntityManager;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.testkit.TestDatabase;

/** The credit services wired by hand on one EntityManager per transaction, over a {@link FakeLedger}. */
final class Credit {

    static final String UNIT = "credit-test";
    private static final AtomicInteger COMPANIES = new AtomicInteger();

    record Services(CreditProfileService profiles, CreditCheckService checks, LimitRequestService requests,
                    CreditRuleService rules, RiskScoreService scores, CreditChangeService changes) {
    }

    private final TestDatabase db;
    final FakeLedger ledger = new FakeLedger();
    final BusinessClock clock;

    Credit(TestDatabase db, BusinessClock clock) {
        this.db = db;
        this.clock = clock;
    }

    static String newCompany() {
        return "K" + COMPANIES.incrementAndGet();
    }

    <T> T tx(Function<Services, T> work) {
        return db.inTransaction(UNIT, (EntityManager em) -> {
            CreditRepository store = new JpaCreditRepository(em);
            CreditPositions positions = new CreditPositions(store, ledger, ledger);
            ApprovalLevels routing = new ApprovalLevels(store, ledger, ledger);
            CreditChangeService changes = new CreditChangeService(store, positions, ledger, clock);
            return work.apply(new Services(new CreditProfileService(store, positions, changes, routing, ledger, clock),
                    new CreditCheckService(store, positions, ledger, ledger, ledger, ledger, clock),
                    new LimitRequestService(store, positions, routing, ledger, clock),
                    new CreditRuleService(store, changes, ledger, clock),
                    new RiskScoreService(store, positions, ledger, ledger, clock), changes));
        });
    }
}
