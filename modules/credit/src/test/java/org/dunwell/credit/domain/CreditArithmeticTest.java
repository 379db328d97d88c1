package org.dunwell.credit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.dunwell.credit.api.ApproverLevel;
import org.dunwell.credit.api.LimitType;
import org.dunwell.credit.api.RiskScore;
import org.dunwell.kernel.api.Money;
import org.junit.jupiter.api.Test;

/** Limit types, the mandatory flag, insurance, limit schedules, approval routing and the scorecard. */
class CreditArithmeticTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    @Test
    void eachLimitTypeAddsItsParts() {
        Money balance = eur("1000.00");
        Money slips = eur("200.00");
        Money orders = eur("30.50");
        assertThat(LimitType.NONE.exposure(balance, slips, orders)).isEqualTo(eur("1000.00"));
        assertThat(LimitType.BALANCE.exposure(balance, slips, orders)).isEqualTo(eur("1000.00"));
        assertThat(LimitType.BALANCE_PACKING_SLIPS.exposure(balance, slips, orders)).isEqualTo(eur("1200.00"));
        assertThat(LimitType.BALANCE_PACKING_SLIPS_ORDERS.exposure(balance, slips, orders)).isEqualTo(eur("1230.50"));
    }

    @Test
    void theMandatoryFlagDecidesWhatAZeroOrMissingLimitMeans() {
        assertThat(new CreditLine(LimitType.BALANCE, null, false, eur("5.00")).checked()).isFalse();
        assertThat(new CreditLine(LimitType.BALANCE, eur("0.00"), false, eur("5.00")).available()).isNull();
        CreditLine noCredit = new CreditLine(LimitType.BALANCE, null, true, eur("5.00"));
        assertThat(noCredit.checked()).isTrue();
        assertThat(noCredit.available()).isEqualTo(eur("-5.00"));
        assertThat(new CreditLine(LimitType.NONE, eur("10.00"), true, eur("5.00")).checked()).isFalse();
        assertThat(new CreditLine(LimitType.BALANCE, eur("10.00"), false, eur("4.00")).plus(eur("1.50")).available())
                .isEqualTo(eur("4.50"));
    }

    @Test
    void insuranceCoversItsShareOfTheInsuredExposureWhileValid() {
        InsuranceSplit split = InsuranceSplit.of(eur("1500.00"), eur("1000.00"), new BigDecimal("90"), true);
        assertThat(split.insured()).isEqualTo(eur("1000.00"));
        assertThat(split.covered()).isEqualTo(eur("900.00"));
        assertThat(split.uninsured()).isEqualTo(eur("600.00"));
        InsuranceSplit below = InsuranceSplit.of(eur("333.33"), eur("1000.00"), new BigDecimal("85.5"), true);
        assertThat(below.insured()).isEqualTo(eur("333.33"));
        assertThat(below.covered()).as("284.997… rounded half-up").isEqualTo(eur("285.00"));
        assertThat(below.uninsured()).isEqualTo(eur("48.33"));
        InsuranceSplit expired = InsuranceSplit.of(eur("1500.00"), eur("1000.00"), new BigDecimal("90"), false);
        assertThat(expired.covered().isZero()).isTrue();
        assertThat(expired.uninsured()).isEqualTo(eur("1500.00"));
        assertThat(InsuranceSplit.of(eur("-20.00"), eur("1000.00"), BigDecimal.TEN, true).insured().isZero()).isTrue();
    }

    @Test
    void aTemporaryLimitEndsAfterItsLastDayAndThePreviousReturns() {
        Instant t = Instant.parse("2026-11-22T10:00:00Z");
        LimitSchedule schedule = new LimitSchedule(eur("1000.00"), List.of(
                new LimitGrant(eur("2000.00"), false, TODAY.plusDays(10), null, t),
                new LimitGrant(eur("5000.00"), true, TODAY.plusDays(5), TODAY.plusDays(20), t.plusSeconds(60))));
        assertThat(schedule.limitOn(TODAY)).isEqualTo(eur("1000.00"));
        assertThat(schedule.limitOn(TODAY.plusDays(4))).isEqualTo(eur("1000.00"));
        assertThat(schedule.limitOn(TODAY.plusDays(5))).isEqualTo(eur("5000.00"));
        assertThat(schedule.limitOn(TODAY.plusDays(20))).as("its last day").isEqualTo(eur("5000.00"));
        assertThat(schedule.limitOn(TODAY.plusDays(21))).as("the permanent change made meanwhile")
                .isEqualTo(eur("2000.00"));
        assertThat(schedule.permanentOn(TODAY.plusDays(12))).isEqualTo(eur("2000.00"));
        assertThat(new LimitSchedule(null, List.of()).limitOn(TODAY)).isNull();
    }

    @Test
    void theThresholdRoutesToTheSeniorApprover() {
        ApprovalThreshold threshold = new ApprovalThreshold(eur("50000.00"));
        assertThat(threshold.levelFor(eur("50000.00"))).isEqualTo(ApproverLevel.CREDIT_MANAGER);
        assertThat(threshold.levelFor(eur("50000.01"))).isEqualTo(ApproverLevel.SENIOR_APPROVER);
        assertThat(threshold.levelFor(null)).as("no exchange rate").isEqualTo(ApproverLevel.SENIOR_APPROVER);
        assertThat(ApproverLevel.SENIOR_APPROVER.covers(ApproverLevel.CREDIT_MANAGER)).isTrue();
        assertThat(ApproverLevel.CREDIT_MANAGER.covers(ApproverLevel.SENIOR_APPROVER)).isFalse();
    }

    @Test
    void theScorecardWeighsTheComponentsThatHaveData() {
        Scorecard card = new Scorecard(40, 30, 10, 20, 0, 80, 60, 40, 20);
        // payment 100 − 2×10 = 80; exposure 600/1000 used → (1.5 − 0.6) × 100 = 90;
        // relationship 2 years → 40; overdue 100/600 → 83
        ScoreInputs in = new ScoreInputs(TODAY, new BigDecimal("10.0"), new CreditLine(LimitType.BALANCE,
                eur("1000.00"), false, eur("600.00")), eur("600.00"), eur("100.00"), TODAY.minusDays(730), null);
        RiskScore score = card.score("C1", in);
        assertThat(score.components()).containsEntry("paymentHistory", 80).containsEntry("exposure", 90)
                .containsEntry("relationship", 40).containsEntry("overdueShare", 83).doesNotContainKey("bureau");
        // (80×40 + 90×30 + 40×10 + 83×20) / 100 = 79.6
        assertThat(score.score()).isEqualTo(80);
        assertThat(score.riskGroup()).isEqualTo("A");
        Scorecard withBureau = new Scorecard(40, 30, 10, 20, 100, 80, 60, 40, 20);
        ScoreInputs bureau = new ScoreInputs(TODAY, in.averageDaysPastDue(), in.line(), in.balance(), in.overdue(),
                in.customerSince(), 10);
        // (7960 + 10×100) / 200 = 44.8
        assertThat(withBureau.score("C1", bureau).score()).isEqualTo(45);
        assertThat(withBureau.score("C1", bureau).riskGroup()).isEqualTo("C");
        assertThat(card.group(19)).isEqualTo("E");
        assertThat(card.group(20)).isEqualTo("D");
    }
}
