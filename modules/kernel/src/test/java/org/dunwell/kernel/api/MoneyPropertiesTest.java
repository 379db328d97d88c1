package org.dunwell.kernel.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class MoneyPropertiesTest {

    @Provide
    Arbitrary<Currency> currencies() {
        return Arbitraries.of("EUR", "USD", "JPY", "KWD", "BHD", "CHF").map(Currency::getInstance);
    }

    @Property
    void splitPartsAlwaysAddUpExactly(@ForAll @LongRange(min = -10_000_000, max = 10_000_000) long units,
                                      @ForAll @IntRange(min = 1, max = 97) int parts,
                                      @ForAll("currencies") Currency currency) {
        Money total = Money.of(BigDecimal.valueOf(units, currency.getDefaultFractionDigits()), currency);
        Money[] split = total.split(parts);
        Money sum = Arrays.stream(split).reduce(Money.zero(currency), Money::plus);
        assertThat(sum).isEqualTo(total);
        Money smallest = Arrays.stream(split).min(Money::compareTo).orElseThrow();
        Money largest = Arrays.stream(split).max(Money::compareTo).orElseThrow();
        assertThat(largest.minus(smallest).abs().amount())
                .isLessThanOrEqualTo(BigDecimal.ONE.movePointLeft(currency.getDefaultFractionDigits()));
    }

    @Property
    void plusAndMinusAreInverse(@ForAll @LongRange(min = -1_000_000_000L, max = 1_000_000_000L) long a,
                                @ForAll @LongRange(min = -1_000_000_000L, max = 1_000_000_000L) long b,
                                @ForAll("currencies") Currency currency) {
        int scale = currency.getDefaultFractionDigits();
        Money x = Money.of(BigDecimal.valueOf(a, scale), currency);
        Money y = Money.of(BigDecimal.valueOf(b, scale), currency);
        assertThat(x.plus(y).minus(y)).isEqualTo(x);
        assertThat(x.plus(y).scale()).isEqualTo(scale);
    }
}
