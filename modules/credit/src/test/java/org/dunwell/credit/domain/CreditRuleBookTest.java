package org.dunwell.credit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dunwell.credit.api.CreditCheckDecision;
import org.dunwell.credit.api.CreditReason;
import org.dunwell.credit.api.CreditRuleType;
import org.dunwell.credit.api.LimitType;
import org.dunwell.kernel.api.Money;
import org.junit.jupiter.api.Test;

/** Each blocking rule alone, at its edge, and together (the worst result wins, every fired rule listed). */
class CreditRuleBookTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    /** A customer with limit 1000 and the given exposure (order included), nothing else against it. */
    private static CheckFacts facts(String exposure) {
        return new CheckFacts(TODAY, new CreditLine(LimitType.BALANCE, eur("1000.00"), false, eur(exposure)),
                eur("0.00"), eur("0.00"), 0, null, null, null, null, null, false);
    }

    private static CreditRuleBook.Outcome run(CheckFacts facts, RuleSpec... rules) {
        return new CreditRuleBook(List.of(rules)).evaluate(facts);
    }

    private static RuleSpec rule(CreditRuleType type, String threshold, CreditCheckDecision result) {
        return new RuleSpec(type, threshold == null ? null : new BigDecimal(threshold), Set.of(), result);
    }

    @Test
    void overLimitFiresOnlyBeyondTheTolerance() {
        RuleSpec tenPercent = rule(CreditRuleType.OVER_LIMIT, "10", CreditCheckDecision.BLOCKED);
        assertThat(run(facts("1100.00"), tenPercent).decision()).as("exactly limit + 10 %")
                .isEqualTo(CreditCheckDecision.APPROVED);
        CreditRuleBook.Outcome over = run(facts("1100.01"), tenPercent);
        assertThat(over.decision()).isEqualTo(CreditCheckDecision.BLOCKED);
        assertThat(over.reasons()).singleElement().satisfies(r -> {
            assertThat(r.rule()).isEqualTo(CreditRuleType.OVER_LIMIT);
            assertThat(r.detail()).contains("1100.01").contains("1000.00").contains("1100.00");
        });
        RuleSpec strict = rule(CreditRuleType.OVER_LIMIT, "0", CreditCheckDecision.WARNING);
        assertThat(run(facts("1000.00"), strict).decision()).isEqualTo(CreditCheckDecision.APPROVED);
        assertThat(run(facts("1000.01"), strict).decision()).isEqualTo(CreditCheckDecision.WARNING);
    }

    @Test
    void overdueDaysAndOverdueAmountFireAboveTheirThresholds() {
        RuleSpec days = rule(CreditRuleType.OVERDUE_DAYS, "60", CreditCheckDecision.REVIEW);
        CheckFacts sixty = new CheckFacts(TODAY, facts("0.00").line(), eur("5.00"), eur("5.00"), 60, null, null, null,
                null, null, false);
        CheckFacts sixtyOne = new CheckFacts(TODAY, facts("0.00").line(), eur("5.00"), eur("5.00"), 61, null, null,
                null, null, null, false);
        assertThat(run(sixty, days).decision()).isEqualTo(CreditCheckDecision.APPROVED);
        assertThat(run(sixtyOne, days).decision()).isEqualTo(CreditCheckDecision.REVIEW);

        RuleSpec amount = rule(CreditRuleType.OVERDUE_AMOUNT, "500", CreditCheckDecision.BLOCKED);
        CheckFacts atIt = new CheckFacts(TODAY, facts("0.00").line(), eur("500.00"), eur("500.00"), 3, null, null,
                null, null, null, false);
        CheckFacts above = new CheckFacts(TODAY, facts("0.00").line(), eur("500.01"), eur("500.01"), 3, null, null,
                null, null, null, false);
        assertThat(run(atIt, amount).decision()).isEqualTo(CreditCheckDecision.APPROVED);
        assertThat(run(above, amount).decision()).isEqualTo(CreditCheckDecision.BLOCKED);
        CheckFacts noRate = new CheckFacts(TODAY, facts("0.00").line(), Money.of("10.00", "USD"), null, 3, null, null,
                null, null, null, false);
        assertThat(run(noRate, amount).reasons()).singleElement()
                .satisfies(r -> assertThat(r.detail()).contains("no exchange rate"));
    }

    @Test
    void holdRiskGroupLimitExpiryAndInsuranceExpiry() {
        CheckFacts held = new CheckFacts(TODAY, facts("0.00").line(), eur("0.00"), eur("0.00"), 0, "LEGAL", "E",
                TODAY.minusDays(1), TODAY.minusYears(1), TODAY.minusDays(1), true);
        assertThat(run(held, rule(CreditRuleType.ON_HOLD, null, CreditCheckDecision.BLOCKED)).reasons())
                .singleElement().satisfies(r -> assertThat(r.detail()).contains("LEGAL"));
        RuleSpec risky = new RuleSpec(CreditRuleType.RISK_GROUP, null, Set.of("D", "E"), CreditCheckDecision.REVIEW);
        assertThat(run(held, risky).decision()).isEqualTo(CreditCheckDecision.REVIEW);
        assertThat(run(facts("0.00"), risky).decision()).as("not scored").isEqualTo(CreditCheckDecision.APPROVED);
        assertThat(run(held, rule(CreditRuleType.LIMIT_EXPIRED, null, CreditCheckDecision.REVIEW)).decision())
                .isEqualTo(CreditCheckDecision.REVIEW);
        CheckFacts expiresToday = new CheckFacts(TODAY, facts("0.00").line(), eur("0.00"), eur("0.00"), 0, null, null,
                TODAY, TODAY.minusYears(1), TODAY, true);
        assertThat(run(expiresToday, rule(CreditRuleType.LIMIT_EXPIRED, null, CreditCheckDecision.REVIEW),
                rule(CreditRuleType.INSURANCE_EXPIRED, null, CreditCheckDecision.WARNING)).decision())
                .as("valid through its last day").isEqualTo(CreditCheckDecision.APPROVED);
        assertThat(run(held, rule(CreditRuleType.INSURANCE_EXPIRED, null, CreditCheckDecision.WARNING)).decision())
                .isEqualTo(CreditCheckDecision.WARNING);
        CheckFacts notYet = new CheckFacts(TODAY, facts("0.00").line(), eur("0.00"), eur("0.00"), 0, null, null, null,
                TODAY.plusDays(1), TODAY.plusYears(1), true);
        assertThat(run(notYet, rule(CreditRuleType.INSURANCE_EXPIRED, null, CreditCheckDecision.WARNING)).reasons())
                .singleElement().satisfies(r -> assertThat(r.detail()).contains("valid only from"));
    }

    @Test
    void theWorstResultWinsAndEveryFiredRuleIsListed() {
        CheckFacts bad = new CheckFacts(TODAY, new CreditLine(LimitType.BALANCE, eur("1000.00"), false,
                eur("1050.00")), eur("300.00"), eur("300.00"), 95, null, null, null, null, null, false);
        CreditRuleBook.Outcome outcome = run(bad,
                rule(CreditRuleType.OVER_LIMIT, "0", CreditCheckDecision.WARNING),
                rule(CreditRuleType.OVER_LIMIT, "10", CreditCheckDecision.BLOCKED),
                rule(CreditRuleType.OVERDUE_DAYS, "90", CreditCheckDecision.REVIEW),
                rule(CreditRuleType.ON_HOLD, null, CreditCheckDecision.BLOCKED));
        assertThat(outcome.decision()).isEqualTo(CreditCheckDecision.REVIEW);
        assertThat(outcome.reasons()).extracting(CreditReason::result)
                .containsExactly(CreditCheckDecision.WARNING, CreditCheckDecision.REVIEW);
        assertThat(run(facts("10.00")).decision()).as("no rules").isEqualTo(CreditCheckDecision.APPROVED);
    }

    @Test
    void anUncheckedLimitNeverFiresOverLimit() {
        RuleSpec strict = rule(CreditRuleType.OVER_LIMIT, "0", CreditCheckDecision.BLOCKED);
        CheckFacts none = new CheckFacts(TODAY, new CreditLine(LimitType.NONE, eur("10.00"), true, eur("999.00")),
                eur("0.00"), eur("0.00"), 0, null, null, null, null, null, false);
        CheckFacts zeroNotMandatory = new CheckFacts(TODAY, new CreditLine(LimitType.BALANCE, eur("0.00"), false,
                eur("999.00")), eur("0.00"), eur("0.00"), 0, null, null, null, null, null, false);
        CheckFacts zeroMandatory = new CheckFacts(TODAY, new CreditLine(LimitType.BALANCE, eur("0.00"), true,
                eur("0.01")), eur("0.00"), eur("0.00"), 0, null, null, null, null, null, false);
        assertThat(run(none, strict).decision()).isEqualTo(CreditCheckDecision.APPROVED);
        assertThat(run(zeroNotMandatory, strict).decision()).isEqualTo(CreditCheckDecision.APPROVED);
        assertThat(run(zeroMandatory, strict).decision()).as("mandatory: 0 means no credit")
                .isEqualTo(CreditCheckDecision.BLOCKED);
    }
}
