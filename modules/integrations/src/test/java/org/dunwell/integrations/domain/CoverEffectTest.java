package org.dunwell.integrations.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dunwell.integrations.api.CoverState;
import org.dunwell.integrations.api.InsurerDecision;
import org.dunwell.kernel.api.Money;
import org.junit.jupiter.api.Test;

/** What an insurer's decision does to the customer's credit insurance, and why not when it does nothing. */
class CoverEffectTest {

    private static final LocalDate FROM = LocalDate.of(2026, 12, 1);
    private static final LocalDate TO = LocalDate.of(2027, 11, 30);

    private static InsurerDecision decision(CoverState state, Money limit, BigDecimal percent, LocalDate to) {
        return new InsurerDecision("CV-1", state, limit, percent, limit == null ? null : FROM, to, List.of());
    }

    @Test
    void grantedCoverInTheCustomersCurrencyBecomesItsInsurance() {
        CoverEffect effect = CoverEffect.of(decision(CoverState.PARTIALLY_GRANTED, Money.of("40000.00", "EUR"),
                new BigDecimal("90"), TO), "insurer-x", "EUR", null, null);

        assertThat(effect.kind()).isEqualTo(CoverEffect.Kind.SET);
        assertThat(effect.terms().insurer()).isEqualTo("insurer-x");
        assertThat(effect.terms().policy()).isEqualTo("CV-1");
        assertThat(effect.terms().insuredLimit()).isEqualTo(Money.of("40000.00", "EUR"));
        assertThat(effect.terms().coveragePercent()).isEqualByComparingTo("90");
        assertThat(effect.terms().validFrom()).isEqualTo(FROM);
        assertThat(effect.terms().validTo()).isEqualTo(TO);
    }

    @Test
    void grantedCoverThatCannotBeHeldIsNotAppliedAndSaysWhy() {
        assertThat(CoverEffect.of(decision(CoverState.GRANTED, Money.of("1.00", "USD"), BigDecimal.TEN, TO),
                "insurer-x", "EUR", null, null)).satisfies(e -> {
                    assertThat(e.kind()).isEqualTo(CoverEffect.Kind.NONE);
                    assertThat(e.outcome()).contains("USD").contains("EUR");
                });
        assertThat(CoverEffect.of(decision(CoverState.GRANTED, Money.of("1.00", "EUR"), null, TO), "insurer-x", "EUR",
                null, null).outcome()).contains("policy.coveragePercent");
        assertThat(CoverEffect.of(decision(CoverState.GRANTED, Money.of("1.00", "EUR"), BigDecimal.TEN, null),
                "insurer-x", "EUR", null, null).outcome()).contains("policy.endDate");
    }

    @Test
    void aWithdrawalRemovesOnlyTheCoverItNames() {
        InsurerDecision withdrawn = decision(CoverState.WITHDRAWN, null, null, null);
        assertThat(CoverEffect.of(withdrawn, "insurer-x", "EUR", "insurer-x", "CV-1").kind())
                .isEqualTo(CoverEffect.Kind.REMOVE);
        assertThat(CoverEffect.of(withdrawn, "insurer-x", "EUR", "insurer-x", "CV-2").kind())
                .as("another cover of the same insurer").isEqualTo(CoverEffect.Kind.NONE);
        assertThat(CoverEffect.of(withdrawn, "insurer-x", "EUR", "Atradius", "CV-1").kind())
                .as("a policy entered by hand with another insurer").isEqualTo(CoverEffect.Kind.NONE);
        assertThat(CoverEffect.of(decision(CoverState.REFUSED, null, null, null), "insurer-x", "EUR", "insurer-x",
                "CV-1").kind()).isEqualTo(CoverEffect.Kind.NONE);
        assertThat(CoverEffect.of(decision(CoverState.PENDING, null, null, null), "insurer-x", "EUR", null, null)
                .outcome()).contains("not decided");
    }
}
