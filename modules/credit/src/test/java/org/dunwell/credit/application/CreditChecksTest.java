package org.dunwell.credit.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.dunwell.ledger.api.CustomerScope.ALL;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.dunwell.credit.api.ApproverLevel;
import org.dunwell.credit.api.Changed;
import org.dunwell.credit.api.CreditCheckDecision;
import org.dunwell.credit.api.CreditCheckView;
import org.dunwell.credit.api.CreditProfileView;
import org.dunwell.credit.api.CreditReason;
import org.dunwell.credit.api.CreditRuleType;
import org.dunwell.credit.api.HoldStatus;
import org.dunwell.credit.api.InsuranceTerms;
import org.dunwell.credit.api.LimitType;
import org.dunwell.credit.api.ProfileChanges;
import org.dunwell.kernel.api.AdjustableClock;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.StaleVersionException;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.CustomerCriteria;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.testkit.DatabaseTest;
import org.dunwell.testkit.TestDatabase;

/** Order credit checks with the default rules, the hold list, limit groups, limit types, insurance, scores. */
class CreditChecksTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final UserName ERP = UserName.of("erp");
    private static final UserName CREDIT = UserName.of("credit");

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static CreditCheckView check(Credit c, String company, String account, String amount, String order) {
        return c.tx(s -> s.checks().check(company, account, eur(amount), order, ALL, ERP));
    }

    @DatabaseTest
    void anApprovedOrderCountsAsOpenUntilTheErpReportsItOrItsDaysPass(TestDatabase db) {
        AdjustableClock moving = new AdjustableClock(Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"),
                ZoneOffset.UTC));
        Credit c = new Credit(db, new BusinessClock(moving));
        String company = Credit.newCompany();
        c.ledger.customer(company, "O", "EUR", "1000.00", "0.00", "0.00", 0);
        c.ledger.customer(company, "B", "EUR", "1000.00", "0.00", "0.00", 0);
        c.tx(s -> s.profiles().update(company, "O", 0, new ProfileChanges(LimitType.BALANCE_PACKING_SLIPS_ORDERS, null,
                null, null, null, null, null), ALL, CREDIT, "orders count"));
        assertThat(check(c, company, "O", "600.00", "SO-1").decision()).isEqualTo(CreditCheckDecision.APPROVED);
        CreditCheckView second = check(c, company, "O", "600.00", "SO-2");
        assertThat(second.exposure()).as("SO-1 counts until the ERP reports it").isEqualTo(eur("1200.00"));
        assertThat(second.decision()).isEqualTo(CreditCheckDecision.BLOCKED);
        CreditCheckView again = check(c, company, "O", "650.00", "SO-1");
        assertThat(again.exposure()).as("a re-check replaces the order's amount").isEqualTo(eur("650.00"));
        assertThat(again.decision()).isEqualTo(CreditCheckDecision.APPROVED);
        CreditCheckView anonymous = check(c, company, "O", "300.00", null);
        assertThat(anonymous.decision()).isEqualTo(CreditCheckDecision.APPROVED);
        assertThat(anonymous.orderReference()).as("kept, so that it counts").startsWith("auto-");
        assertThat(c.tx(s -> s.profiles().profile(company, "O", null, ALL)).exposure().approvedOrders())
                .isEqualTo(eur("950.00"));

        CreditProfileView reported = c.tx(s -> s.profiles().erpFigures(company, "O", BigDecimal.ZERO,
                new BigDecimal("650.00"), List.of("SO-1"), ALL, ERP));
        assertThat(reported.exposure().openOrders()).isEqualTo(eur("650.00"));
        assertThat(reported.exposure().approvedOrders()).isEqualTo(eur("300.00"));
        assertThat(reported.exposure().exposure()).isEqualTo(eur("950.00"));

        moving.advance(Duration.ofDays(30));
        assertThat(c.tx(s -> s.profiles().profile(company, "O", null, ALL)).exposure().approvedOrders())
                .as("after the company's 30 days an order the ERP never reported no longer counts")
                .isEqualTo(eur("0.00"));

        assertThat(check(c, company, "B", "600.00", "SO-3").decision()).isEqualTo(CreditCheckDecision.APPROVED);
        CreditCheckView balanceOnly = check(c, company, "B", "600.00", "SO-4");
        assertThat(balanceOnly.decision()).as("under BALANCE orders do not count").isEqualTo(CreditCheckDecision.APPROVED);
        assertThat(balanceOnly.exposure()).isEqualTo(eur("600.00"));
    }

    @DatabaseTest
    void theDefaultRulesWarnOverTheLimitAndBlockBeyondTheTolerance(TestDatabase db) {
        Credit c = new Credit(db, BusinessClock.fixedAt(TODAY));
        String company = Credit.newCompany();
        c.ledger.customer(company, "C1", "EUR", "1000.00", "900.00", "0.00", 0);
        CreditCheckView fine = check(c, company, "C1", "50.00", null);
        assertThat(fine.decision()).isEqualTo(CreditCheckDecision.APPROVED);
        assertThat(fine.exposure()).as("the order counts").isEqualTo(eur("950.00"));
        assertThat(fine.availableCredit()).isEqualTo(eur("50.00"));
        assertThat(fine.id()).as("no reference, not held: not kept").isNull();
        assertThat(check(c, company, "C1", "150.00", "SO-1").decision()).isEqualTo(CreditCheckDecision.WARNING);
        assertThat(check(c, company, "C1", "200.00", "SO-2").decision()).as("limit + 10 % exactly")
                .isEqualTo(CreditCheckDecision.WARNING);
        CreditCheckView blocked = check(c, company, "C1", "200.01", "SO-3");
        assertThat(blocked.decision()).isEqualTo(CreditCheckDecision.BLOCKED);
        assertThat(blocked.reasons()).extracting(CreditReason::rule)
                .containsExactly(CreditRuleType.OVER_LIMIT, CreditRuleType.OVER_LIMIT);
        assertThat(blocked.holdStatus()).isEqualTo(HoldStatus.OPEN);
        assertThat(blocked.creditLimit()).isEqualTo(eur("1000.00"));
        assertThat(blocked.availableCredit()).isEqualTo(eur("-100.01"));
        assertThat(c.tx(s -> s.checks().holds(company, null, null, PageRequest.first(10))).items())
                .extracting(CreditCheckView::orderReference, CreditCheckView::customerName)
                .containsExactly(Tuple.tuple("SO-3", "Customer C1"));
        assertThat(c.tx(s -> s.checks().holds(company, null, "C1", PageRequest.first(10))).total()).isOne();
        assertThat(c.tx(s -> s.checks().holds(company, null, "OTHER", PageRequest.first(10))).total()).isZero();
    }

    @DatabaseTest
    void theHoldListFlowReleaseRejectReevaluateAndRecheck(TestDatabase db) {
        Credit c = new Credit(db, BusinessClock.fixedAt(TODAY));
        String company = Credit.newCompany();
        c.ledger.customer(company, "C1", "EUR", "1000.00", "900.00", "0.00", 0);
        CreditCheckView held = check(c, company, "C1", "500.00", "SO-9");
        CreditCheckView again = check(c, company, "C1", "600.00", "SO-9");
        assertThat(again.id()).as("the same entry").isEqualTo(held.id());
        assertThat(again.checks()).isEqualTo(2);
        assertThat(again.amount()).isEqualTo(eur("600.00"));
        assertThatThrownBy(() -> c.tx(s -> s.checks().release(company, held.id(), again.version() + 3, "ok", CREDIT)))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> c.tx(s -> s.checks().release(company, held.id(), null, " ", CREDIT)))
                .isInstanceOf(InvalidInputException.class);
        CreditCheckView released = c.tx(s -> s.checks().release(company, held.id(), again.version(),
                "customer paid by wire today", CREDIT));
        assertThat(released.holdStatus()).isEqualTo(HoldStatus.RELEASED);
        assertThat(released.resolvedBy()).isEqualTo("credit");
        assertThat(c.tx(s -> s.checks().byOrder(company, "SO-9")).holdStatus()).isEqualTo(HoldStatus.RELEASED);
        assertThatThrownBy(() -> c.tx(s -> s.checks().reject(company, held.id(), null, "no", CREDIT)))
                .isInstanceOf(ConflictException.class);
        assertThat(c.tx(s -> s.checks().holds(company, HoldStatus.OPEN, null, PageRequest.first(10))).total()).isZero();

        CreditCheckView second = check(c, company, "C1", "700.00", "SO-10");
        assertThat(c.tx(s -> s.checks().reject(company, second.id(), null, "too risky", CREDIT)).holdStatus())
                .isEqualTo(HoldStatus.REJECTED);

        CreditCheckView third = check(c, company, "C1", "800.00", "SO-11");
        CreditCheckView stillHeld = c.tx(s -> s.checks().reevaluate(company, third.id(), null, "look again", CREDIT));
        assertThat(stillHeld.holdStatus()).isEqualTo(HoldStatus.OPEN);
        var request = c.tx(s -> s.requests().request(company, "C1", eur("5000.00"), false, null, null, "growth",
                ALL, UserName.of("clerk")));
        c.tx(s -> s.requests().approve(company, request.id(), null, null, CREDIT, ApproverLevel.CREDIT_MANAGER));
        CreditCheckView passes = c.tx(s -> s.checks().reevaluate(company, third.id(), null, "limit raised", CREDIT));
        assertThat(passes.decision()).isEqualTo(CreditCheckDecision.APPROVED);
        assertThat(passes.holdStatus()).isEqualTo(HoldStatus.RELEASED);
        assertThat(passes.resolutionNote()).contains("limit raised");
        assertThat(c.ledger.audit).anySatisfy(e -> {
            assertThat(e.subjectKey()).isEqualTo("SO-9");
            assertThat(e.action()).isEqualTo("released");
            assertThat(e.reason()).isEqualTo("customer paid by wire today");
        });
    }

    @DatabaseTest
    void holdOverdueAndRiskGroupRulesAndBadInput(TestDatabase db) {
        Credit c = new Credit(db, BusinessClock.fixedAt(TODAY));
        String company = Credit.newCompany();
        c.ledger.customer(company, "C1", "EUR", "1000.00", "100.00", "100.00", 120);
        CreditCheckView overdue = check(c, company, "C1", "10.00", null);
        assertThat(overdue.decision()).isEqualTo(CreditCheckDecision.REVIEW);
        assertThat(overdue.orderReference()).as("a held order gets a reference").startsWith("auto-");
        CreditProfileView profile = c.tx(s -> s.profiles().profile(company, "C1", null, ALL));
        c.tx(s -> s.profiles().update(company, "C1", profile.version(), new ProfileChanges(null, null, null, null,
                "LEGAL", "handed to lawyers", null), ALL, CREDIT, "insolvency notice"));
        CreditCheckView held = check(c, company, "C1", "10.00", "SO-1");
        assertThat(held.decision()).isEqualTo(CreditCheckDecision.BLOCKED);
        assertThat(held.reasons()).extracting(CreditReason::rule)
                .containsExactly(CreditRuleType.ON_HOLD, CreditRuleType.OVERDUE_DAYS);
        assertThat(c.tx(s -> s.profiles().history(company, "C1", ALL, PageRequest.first(10))).items())
                .anySatisfy(e -> {
                    assertThat(e.field()).isEqualTo("holdReason");
                    assertThat(e.newValue()).isEqualTo("LEGAL");
                    assertThat(e.reason()).isEqualTo("insolvency notice");
                });
        assertThatThrownBy(() -> c.tx(s -> s.checks().check(company, "C1", Money.of("10.00", "USD"), null, ALL, ERP)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> check(c, company, "C1", "0.00", null)).isInstanceOf(InvalidInputException.class);
        c.ledger.customer(company, "C2", "EUR", "1000.00", "0.00", "0.00", 0);
        assertThatThrownBy(() -> check(c, company, "C2", "10.00", "SO-1")).as("another customer's order")
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> c.tx(s -> s.profiles().update(company, "C1", 0, new ProfileChanges(null, false,
                null, null, null, null, null), ALL, CREDIT, "x"))).isInstanceOf(StaleVersionException.class);
    }

    @DatabaseTest
    void limitGroupsShareOneLimitAndLimitTypesAddTheErpFigures(TestDatabase db) {
        Credit c = new Credit(db, BusinessClock.fixedAt(TODAY));
        String company = Credit.newCompany();
        c.ledger.customer(company, "A", "EUR", "5000.00", "900.00", "0.00", 0);
        c.ledger.customer(company, "B", "EUR", "5000.00", "800.00", "0.00", 0);
        c.ledger.customer(company, "U", "USD", "5000.00", "0.00", "0.00", 0);
        c.tx(s -> s.profiles().putGroup(company, "Holding", eur("2000.00"), null, CREDIT, "one parent company"));
        for (String account : new String[] {"A", "B"}) {
            approvedBySomeoneElse(c, company, c.tx(s -> s.profiles().update(company, account, 0, new ProfileChanges(
                    null, null, "Holding", null, null, null, null), ALL, CREDIT, "same group")));
        }
        assertThatThrownBy(() -> c.tx(s -> s.profiles().update(company, "U", 0, new ProfileChanges(null, null,
                "Holding", null, null, null, null), ALL, CREDIT, "same group"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("EUR");
        assertThat(c.tx(s -> s.profiles().group(company, "Holding", null)).exposure()).isEqualTo(eur("1700.00"));
        CreditCheckView check = check(c, company, "B", "400.00", null);
        assertThat(check.exposure()).as("900 + 800 + 400").isEqualTo(eur("2100.00"));
        assertThat(check.creditLimit()).isEqualTo(eur("2000.00"));
        assertThat(check.decision()).isEqualTo(CreditCheckDecision.WARNING);
        assertThat(check(c, company, "A", "500.01", null).decision()).isEqualTo(CreditCheckDecision.BLOCKED);

        CreditProfileView a = c.tx(s -> s.profiles().profile(company, "A", null, ALL));
        approvedBySomeoneElse(c, company, c.tx(s -> s.profiles().update(company, "A", a.version(),
                new ProfileChanges(LimitType.BALANCE_PACKING_SLIPS_ORDERS, null, "", null, null, null, null), ALL,
                CREDIT, "own limit")));
        CreditProfileView withOwnLimit = c.tx(s -> s.profiles().profile(company, "A", null, ALL));
        assertThat(withOwnLimit.limitGroup()).isNull();
        CreditProfileView withErp = c.tx(s -> s.profiles().erpFigures(company, "A", new BigDecimal("100.00"),
                new BigDecimal("50.00"), List.of(), ALL, ERP));
        assertThat(withErp.exposure().exposure()).isEqualTo(eur("1050.00"));
        assertThat(withErp.exposure().limit()).isEqualTo(eur("5000.00"));
        assertThat(withErp.exposure().available()).isEqualTo(eur("3950.00"));
        approvedBySomeoneElse(c, company, c.tx(s -> s.profiles().update(company, "A", withErp.version(),
                new ProfileChanges(LimitType.BALANCE_PACKING_SLIPS, null, null, null, null, null, null), ALL, CREDIT,
                "orders not firm")));
        assertThat(c.tx(s -> s.profiles().profile(company, "A", null, ALL)).exposure().exposure()).isEqualTo(eur("1000.00"));
        assertThatThrownBy(() -> c.tx(s -> s.profiles().erpFigures(company, "A", new BigDecimal("-1"),
                BigDecimal.ZERO, List.of(), ALL, ERP))).isInstanceOf(InvalidInputException.class);
    }

    /** Joining or leaving a group and a limit type that counts less raise headroom: a second person approves them. */
    private static void approvedBySomeoneElse(Credit c, String company, Changed<CreditProfileView> changed) {
        assertThat(changed.waiting()).as("joining or leaving a group, a limit type that counts less: they wait for approval").isTrue();
        c.tx(s -> s.changes().approve(company, changed.pending().id(), null, null, UserName.of("cfo"),
                ApproverLevel.SENIOR_APPROVER));
    }

    @DatabaseTest
    void insuranceSplitsTheExposureAndItsExpiryWarns(TestDatabase db) {
        Credit c = new Credit(db, BusinessClock.fixedAt(TODAY));
        String company = Credit.newCompany();
        c.ledger.customer(company, "C1", "EUR", "5000.00", "1500.00", "0.00", 0);
        var insurance = c.tx(s -> s.profiles().putInsurance(company, "C1", null, new InsuranceTerms("Atradius", "P-1",
                eur("1000.00"), new BigDecimal("90"), TODAY.minusYears(1), TODAY), ALL, CREDIT, "policy renewed"));
        assertThat(insurance.valid()).isTrue();
        assertThat(insurance.insuredExposure()).isEqualTo(eur("1000.00"));
        assertThat(insurance.coveredAmount()).isEqualTo(eur("900.00"));
        assertThat(insurance.uninsuredExposure()).isEqualTo(eur("600.00"));
        assertThat(check(c, company, "C1", "10.00", null).decision()).isEqualTo(CreditCheckDecision.APPROVED);
        assertThat(c.tx(s -> s.profiles().profile(company, "C1", TODAY.plusDays(1), ALL)).insurance().coveredAmount()
                .isZero()).isTrue();
        assertThatThrownBy(() -> c.tx(s -> s.profiles().putInsurance(company, "C1", null, new InsuranceTerms("X", "P",
                eur("1.00"), new BigDecimal("90"), TODAY, TODAY.minusDays(1)), ALL, CREDIT, "r")))
                .isInstanceOf(InvalidInputException.class);
    }

    @DatabaseTest
    void theScorecardRunScoresEveryCustomerPageByPage(TestDatabase db) {
        Credit c = new Credit(db, BusinessClock.fixedAt(TODAY));
        String company = Credit.newCompany();
        for (int i = 0; i < 7; i++) {
            c.ledger.customer(company, "C" + i, "EUR", "1000.00", (i * 100) + ".00", (i * 50) + ".00", i * 10);
        }
        String cursor = null;
        int pages = 0;
        do {
            String from = cursor;
            cursor = c.tx(s -> s.scores().scorePage(company, from, 3, TODAY));
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(pages).isEqualTo(3);
        var scores = c.tx(s -> s.scores().list(company, null, PageRequest.first(50)));
        assertThat(scores.total()).isEqualTo(7);
        assertThat(scores.items()).allSatisfy(v -> {
            assertThat(v.riskScore()).isBetween(0, 100);
            assertThat(v.riskGroup()).isIn("A", "B", "C", "D", "E");
            assertThat(v.scoredOn()).isEqualTo(TODAY);
        });
        var one = c.tx(s -> s.scores().score(company, "C6", TODAY, ALL, CREDIT));
        assertThat(c.tx(s -> s.profiles().profile(company, "C6", null, ALL)).riskScore()).isEqualTo(one.score());
        assertThat(scores.items().get(0).riskScore()).as("lowest first")
                .isLessThanOrEqualTo(scores.items().get(6).riskScore());
    }

    @DatabaseTest
    void aScopeThatDoesNotSeeTheCustomerFindsNothingAndChangesNothing(TestDatabase db) {
        Credit c = new Credit(db, BusinessClock.fixedAt(TODAY));
        String company = Credit.newCompany();
        c.ledger.customer(company, "EU", "EUR", "1000.00", "0.00", "0.00", 0);
        c.ledger.customer(company, "US", "USD", "1000.00", "0.00", "0.00", 0);
        CustomerScope usdOnly = CustomerScope.anyOf(List.of(new CustomerCriteria(company, null, null, "USD")));
        assertThat(c.tx(s -> s.profiles().profile(company, "US", null, usdOnly)).account()).isEqualTo("US");
        String missing = catchThrowable(() -> c.tx(s -> s.profiles().profile(company, "NOPE", null, usdOnly)))
                .getMessage().replace("NOPE", "EU");
        assertThatThrownBy(() -> c.tx(s -> s.profiles().profile(company, "EU", null, usdOnly)))
                .isInstanceOf(NotFoundException.class).hasMessage(missing);
        assertThatThrownBy(() -> c.tx(s -> s.profiles().history(company, "EU", usdOnly, PageRequest.first(5))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> c.tx(s -> s.checks().check(company, "EU", eur("10.00"), "SO-9", usdOnly, ERP)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> c.tx(s -> s.requests().request(company, "EU", eur("2000.00"), false, null, null,
                "growth", usdOnly, CREDIT))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> c.tx(s -> s.scores().score(company, "EU", TODAY, usdOnly, CREDIT)))
                .isInstanceOf(NotFoundException.class);
        assertThat(c.ledger.audit).as("nothing was written for the hidden customer")
                .noneMatch(e -> e.company().equals(company));
        assertThatThrownBy(() -> c.tx(s -> s.checks().byOrder(company, "SO-9"))).as("no check was stored")
                .isInstanceOf(NotFoundException.class);
    }
}
