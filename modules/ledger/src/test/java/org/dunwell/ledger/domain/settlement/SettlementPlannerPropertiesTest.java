package org.dunwell.ledger.domain.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.dunwell.kernel.api.Money;
import org.dunwell.ledger.api.DocumentKind;

class SettlementPlannerPropertiesTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    @Property
    void neverGivesMoreThanEitherSideHasOpen(@ForAll @LongRange(min = 0, max = 1_000_000) long creditCents,
                                             @ForAll @Size(max = 12) List<@LongRange(min = 0, max = 500_000) Long> opens,
                                             @ForAll @IntRange(min = 0, max = 2_000_000) int capCents) {
        Money credit = Money.of(BigDecimal.valueOf(creditCents, 2), EUR);
        List<Debit> debits = new ArrayList<>();
        for (int i = 0; i < opens.size(); i++) {
            debits.add(new Debit(i, "D" + i, DocumentKind.INVOICE, LocalDate.EPOCH,
                    Money.of(BigDecimal.valueOf(opens.get(i), 2), EUR), "D" + i, LocalDate.EPOCH, LocalDate.EPOCH));
        }
        Optional<Money> cap = capCents == 0 ? Optional.empty() : Optional.of(Money.of(BigDecimal.valueOf(capCents, 2), EUR));
        List<Allocation> plan = SettlementPlanner.plan(credit, debits, cap);
        Money total = plan.stream().map(Allocation::amount).reduce(Money.zero(EUR), Money::plus);
        Money debitTotal = debits.stream().map(Debit::open).reduce(Money.zero(EUR), Money::plus);
        assertThat(total.compareTo(credit)).isLessThanOrEqualTo(0);
        cap.ifPresent(c -> assertThat(total.compareTo(c)).isLessThanOrEqualTo(0));
        plan.forEach(a -> {
            assertThat(a.amount().isPositive()).isTrue();
            assertThat(a.amount().compareTo(a.debit().open())).isLessThanOrEqualTo(0);
        });
        Money limit = cap.map(c -> c.min(credit)).orElse(credit).min(debitTotal);
        assertThat(total).as("as much as both sides allow").isEqualTo(limit);
    }
}
