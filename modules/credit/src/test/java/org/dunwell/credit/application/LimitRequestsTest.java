package org.dunwell.credit.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dunwell.ledger.api.CustomerScope.ALL;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dunwell.credit.api.ApproverLevel;
import org.dunwell.credit.api.LimitRequestView;
import org.dunwell.kernel.api.AdjustableClock;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.ForbiddenException;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.StaleVersionException;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.AuditEntry;
import org.dunwell.testkit.DatabaseTest;
import org.dunwell.testkit.TestDatabase;

/** Credit limit requests: four eyes, threshold routing, temporary limits on a moving clock, races, bad input. */
class LimitRequestsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final UserName CLERK = UserName.of("clerk");
    private static final UserName CREDIT = UserName.of("credit");
    private static final UserName CFO = UserName.of("cfo");

    private static Credit credit(TestDatabase db, BusinessClock clock) {
        return new Credit(db, clock);
    }

    private static LimitRequestView request(Credit c, String company, String account, String limit, String currency,
                                            boolean temporary, LocalDate from, LocalDate to) {
        return c.tx(s -> s.requests().request(company, account, Money.of(limit, currency), temporary, from, to,
                "bigger orders expected", ALL, CLERK));
    }

    @DatabaseTest
    void aRequestAboveTheThresholdNeedsTheSeniorApproverAndNobodyApprovesTheirOwn(TestDatabase db) {
        Credit c = credit(db, BusinessClock.fixedAt(TODAY));
        String company = Credit.newCompany();
        c.ledger.customer(company, "C1", "EUR", "1000.00", "0.00", "0.00", 0);
        c.ledger.customer(company, "U1", "USD", "1000.00", "0.00", "0.00", 0);
        LimitRequestView big = request(c, company, "C1", "60000.00", "EUR", false, null, null);
        assertThat(big.approverLevel()).isEqualTo(ApproverLevel.SENIOR_APPROVER);
        assertThat(big.previousLimit()).isEqualTo(Money.of("1000.00", "EUR"));
        assertThatThrownBy(() -> c.tx(s -> s.requests().approve(company, big.id(), null, null, CREDIT,
                ApproverLevel.CREDIT_MANAGER))).isInstanceOf(ForbiddenException.class).hasMessageContaining("senior");
        assertThatThrownBy(() -> c.tx(s -> s.requests().approve(company, big.id(), null, null, CLERK,
                ApproverLevel.SENIOR_APPROVER))).isInstanceOf(ForbiddenException.class).hasMessageContaining("someone else");
        LimitRequestView approved = c.tx(s -> s.requests().approve(company, big.id(), null, "ok", CFO,
                ApproverLevel.SENIOR_APPROVER));
        assertThat(approved.status()).isEqualTo("APPROVED");
        assertThat(approved.decidedBy()).isEqualTo("cfo");
        assertThat(c.tx(s -> s.profiles().profile(company, "C1", TODAY, ALL)).creditLimit())
                .isEqualTo(Money.of("60000.00", "EUR"));
        List<AuditEntry> history = c.tx(s -> s.profiles().history(company, "C1", ALL, PageRequest.first(50))).items();
        assertThat(history).anySatisfy(e -> {
            assertThat(e.field()).isEqualTo("creditLimit");
            assertThat(e.oldValue()).isEqualTo("1000.00 EUR");
            assertThat(e.newValue()).startsWith("60000.00 EUR");
            assertThat(e.actor()).isEqualTo("cfo");
            assertThat(e.reason()).contains("bigger orders expected").contains("clerk");
        });

        LimitRequestView small = request(c, company, "C1", "50000.00", "EUR", false, null, null);
        assertThat(small.approverLevel()).as("at the threshold").isEqualTo(ApproverLevel.CREDIT_MANAGER);
        assertThat(c.tx(s -> s.requests().approve(company, small.id(), null, null, CREDIT,
                ApproverLevel.CREDIT_MANAGER)).status()).isEqualTo("APPROVED");
        // 60 000 USD at 0.9 is 54 000 EUR: above the EUR threshold; 55 000 USD is 49 500 EUR: below
        assertThat(request(c, company, "U1", "60000.00", "USD", false, null, null).approverLevel())
                .isEqualTo(ApproverLevel.SENIOR_APPROVER);
        assertThat(request(c, company, "U1", "55000.00", "USD", false, null, null).approverLevel())
                .isEqualTo(ApproverLevel.CREDIT_MANAGER);
    }

    @DatabaseTest
    void aTemporaryLimitExpiresByItselfOnTheRightDay(TestDatabase db) {
        AdjustableClock moving = new AdjustableClock(Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC));
        Credit c = credit(db, new BusinessClock(moving));
        String company = Credit.newCompany();
        c.ledger.customer(company, "C1", "EUR", "1000.00", "0.00", "0.00", 0);
        LimitRequestView temporary = request(c, company, "C1", "5000.00", "EUR", true, TODAY.plusDays(1),
                TODAY.plusDays(3));
        c.tx(s -> s.requests().approve(company, temporary.id(), null, null, CREDIT, ApproverLevel.CREDIT_MANAGER));
        String[] expected = {"1000.00", "5000.00", "5000.00", "5000.00", "1000.00"};
        for (int day = 0; day < expected.length; day++) {
            moving.setDate(TODAY.plusDays(day));
            var profile = c.tx(s -> s.profiles().profile(company, "C1", null, ALL));
            assertThat(profile.creditLimit()).as("day " + day).isEqualTo(Money.of(expected[day], "EUR"));
            assertThat(profile.permanentLimit()).isEqualTo(Money.of("1000.00", "EUR"));
        }
        assertThat(c.tx(s -> s.requests().get(company, temporary.id())).status()).isEqualTo("EXPIRED");
        moving.setDate(TODAY.plusDays(2));
        assertThat(c.tx(s -> s.requests().get(company, temporary.id())).status()).isEqualTo("APPROVED");
        assertThat(c.tx(s -> s.requests().list(company, "C1", "approved", PageRequest.first(10))).total()).isEqualTo(1);
    }

    @DatabaseTest
    void twoApproversAtOnceOneWinsTheOtherGetsAConflict(TestDatabase db) throws Exception {
        Credit c = credit(db, BusinessClock.fixedAt(TODAY));
        String company = Credit.newCompany();
        c.ledger.customer(company, "C1", "EUR", "1000.00", "0.00", "0.00", 0);
        LimitRequestView pending = request(c, company, "C1", "2000.00", "EUR", false, null, null);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<LimitRequestView>> results = new ArrayList<>();
        for (UserName approver : List.of(CREDIT, CFO)) {
            Callable<LimitRequestView> approve = () -> {
                start.await();
                return c.tx(s -> s.requests().approve(company, pending.id(), null, null, approver,
                        ApproverLevel.SENIOR_APPROVER));
            };
            results.add(pool.submit(approve));
        }
        start.countDown();
        int won = 0;
        int conflicts = 0;
        for (Future<LimitRequestView> result : results) {
            try {
                result.get();
                won++;
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(ConflictException.class);
                conflicts++;
            }
        }
        pool.shutdown();
        assertThat(won).isEqualTo(1);
        assertThat(conflicts).isEqualTo(1);
        assertThatThrownBy(() -> c.tx(s -> s.requests().reject(company, pending.id(), null, "no", CFO,
                ApproverLevel.SENIOR_APPROVER)))
                .as("approving or rejecting a closed request").isInstanceOf(ConflictException.class);
        LimitRequestView other = request(c, company, "C1", "3000.00", "EUR", false, null, null);
        assertThatThrownBy(() -> c.tx(s -> s.requests().approve(company, other.id(), other.version() + 7, null,
                CFO, ApproverLevel.SENIOR_APPROVER))).isInstanceOf(StaleVersionException.class);
        assertThat(c.tx(s -> s.requests().get(company, other.id())).status()).isEqualTo("PENDING");
    }

    @DatabaseTest
    void badRequestsAreRefusedAndNothingIsWritten(TestDatabase db) {
        Credit c = credit(db, BusinessClock.fixedAt(TODAY));
        String company = Credit.newCompany();
        c.ledger.customer(company, "C1", "EUR", "1000.00", "0.00", "0.00", 0);
        assertThatThrownBy(() -> request(c, company, "C1", "-1.00", "EUR", false, null, null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> request(c, company, "NOPE", "10.00", "EUR", false, null, null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> request(c, company, "C1", "10.00", "USD", false, null, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("currency");
        assertThatThrownBy(() -> request(c, company, "C1", "10.00", "EUR", true, TODAY.plusDays(5), TODAY.plusDays(4)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("before");
        assertThatThrownBy(() -> request(c, company, "C1", "10.00", "EUR", true, TODAY, null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> request(c, company, "C1", "10.00", "EUR", false, TODAY.minusDays(1), null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> c.tx(s -> s.requests().request(company, "C1", Money.of("10.00", "EUR"), false, null,
                null, " ", ALL, CLERK))).isInstanceOf(InvalidInputException.class);
        assertThat(c.tx(s -> s.requests().list(company, null, null, PageRequest.first(10))).total()).isZero();
        assertThat(c.ledger.audit).noneMatch(e -> e.company().equals(company));
        assertThatThrownBy(() -> c.tx(s -> s.requests().approve(company, 999_999_999L, null, null, CFO,
                ApproverLevel.SENIOR_APPROVER))).isInstanceOf(NotFoundException.class);
    }
}
