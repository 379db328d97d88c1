package org.dunwell.credit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.dunwell.credit.api.CreditCheckDecision;
import org.dunwell.credit.api.CreditRuleType;
import org.dunwell.credit.api.LimitType;
import org.dunwell.credit.api.ProfileChanges;
import org.dunwell.kernel.api.Money;
import org.junit.jupiter.api.Test;

/** Which changes raise headroom: every field of the profile, group limits, rules and settings, both ways. */
class LooseningTest {

    private static CreditProfile tight() {
        CreditProfile p = new CreditProfile("K", "C1");
        p.setLimitType(LimitType.BALANCE_PACKING_SLIPS);
        p.setMandatoryLimit(true);
        p.setLimitGroup("G");
        p.setLimitExpiresOn(LocalDate.of(2027, 1, 31));
        p.hold("FRAUD", null);
        p.setBureauScore(50);
        return p;
    }

    private static boolean waits(ProfileChanges c, LocalDate expires) {
        return Loosening.split(tight(), c, expires).waits();
    }

    private static ProfileChanges only(LimitType type, Boolean mandatory, String group, String expires, String hold,
                                       Integer score) {
        return new ProfileChanges(type, mandatory, group, expires, hold, null, score);
    }

    @Test
    void eachProfileFieldLoosensOneWayAndTightensTheOther() {
        assertThat(waits(only(LimitType.BALANCE, null, null, null, null, null), null)).isTrue();
        assertThat(waits(only(LimitType.NONE, null, null, null, null, null), null)).isTrue();
        assertThat(waits(only(LimitType.BALANCE_PACKING_SLIPS_ORDERS, null, null, null, null, null), null)).isFalse();
        assertThat(waits(only(null, false, null, null, null, null), null)).isTrue();
        assertThat(waits(only(null, true, null, null, null, null), null)).isFalse();
        assertThat(waits(only(null, null, "H", null, null, null), null)).as("switching").isTrue();
        assertThat(waits(only(null, null, "", null, null, null), null)).as("leaving").isTrue();
        assertThat(waits(only(null, null, "G", null, null, null), null)).as("staying").isFalse();
        assertThat(waits(only(null, null, null, "2027-06-30", null, null), LocalDate.of(2027, 6, 30))).isTrue();
        assertThat(waits(only(null, null, null, "", null, null), null)).isTrue();
        assertThat(waits(only(null, null, null, "2026-12-31", null, null), LocalDate.of(2026, 12, 31))).isFalse();
        assertThat(waits(only(null, null, null, null, "", null), null)).as("hold released").isTrue();
        assertThat(waits(only(null, null, null, null, "LEGAL", null), null)).isFalse();
        assertThat(waits(only(null, null, null, null, null, 51), null)).isTrue();
        assertThat(waits(only(null, null, null, null, null, 49), null)).isFalse();
    }

    @Test
    void aMixedChangeIsSplitFieldByField() {
        Loosening.ProfileSplit split = Loosening.split(tight(), new ProfileChanges(LimitType.BALANCE_PACKING_SLIPS_ORDERS,
                false, null, null, "LEGAL", "court", null), null);
        assertThat(split.now()).isEqualTo(new ProfileChanges(LimitType.BALANCE_PACKING_SLIPS_ORDERS, null, null, null,
                "LEGAL", "court", null));
        assertThat(split.approval()).isEqualTo(new ProfileChanges(null, false, null, null, null, null, null));
    }

    @Test
    void groupLimitsRulesAndSettings() {
        assertThat(Loosening.ofGroupLimit(Money.of("100.00", "EUR"), Money.of("100.01", "EUR"))).isTrue();
        assertThat(Loosening.ofGroupLimit(Money.of("100.00", "EUR"), Money.of("100.00", "EUR"))).isFalse();

        RuleSpec days30 = new RuleSpec(CreditRuleType.OVERDUE_DAYS, new BigDecimal("30"), Set.of(),
                CreditCheckDecision.REVIEW);
        assertThat(Loosening.ofRule(days30, true, days30, false)).as("off").isTrue();
        assertThat(Loosening.ofRule(days30, false, days30, true)).as("an inactive rule switched on").isFalse();
        assertThat(Loosening.ofRule(days30, true, new RuleSpec(CreditRuleType.OVERDUE_DAYS, new BigDecimal("31"),
                Set.of(), CreditCheckDecision.REVIEW), true)).isTrue();
        assertThat(Loosening.ofRule(days30, true, new RuleSpec(CreditRuleType.OVERDUE_DAYS, new BigDecimal("30"),
                Set.of(), CreditCheckDecision.WARNING), true)).isTrue();
        assertThat(Loosening.ofRule(days30, true, new RuleSpec(CreditRuleType.OVERDUE_DAYS, new BigDecimal("29"),
                Set.of(), CreditCheckDecision.BLOCKED), true)).isFalse();
        RuleSpec groups = new RuleSpec(CreditRuleType.RISK_GROUP, null, Set.of("D", "E"), CreditCheckDecision.BLOCKED);
        assertThat(Loosening.ofRule(groups, true, new RuleSpec(CreditRuleType.RISK_GROUP, null, Set.of("E"),
                CreditCheckDecision.BLOCKED), true)).isTrue();
        assertThat(Loosening.ofRule(groups, true, new RuleSpec(CreditRuleType.RISK_GROUP, null, Set.of("C", "D", "E"),
                CreditCheckDecision.BLOCKED), true)).isFalse();
        assertThat(Loosening.ofRuleRemoval(true)).isTrue();
        assertThat(Loosening.ofRuleRemoval(false)).isFalse();

        Scorecard card = Scorecard.DEFAULT;
        BigDecimal threshold = new BigDecimal("50000");
        assertThat(Loosening.ofSettings(threshold, card, new BigDecimal("50001"), card)).isTrue();
        assertThat(Loosening.ofSettings(threshold, card, new BigDecimal("40000"), card)).isFalse();
        assertThat(Loosening.ofSettings(threshold, card, threshold, new Scorecard(30, 30, 10, 20, 10, 80, 60, 40,
                20))).as("weights").isTrue();
        assertThat(Loosening.ofSettings(threshold, card, threshold, new Scorecard(35, 25, 10, 20, 10, 80, 60, 40,
                19))).as("a lower band").isTrue();
        assertThat(Loosening.ofSettings(threshold, card, threshold, new Scorecard(35, 25, 10, 20, 10, 85, 65, 45,
                25))).as("higher bands").isFalse();
    }
}
