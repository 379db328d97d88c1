package org.dunwell.kernel.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final Currency KWD = Currency.getInstance("KWD");

    @ParameterizedTest(name = "{0} {1} is held as {2}")
    @CsvSource({
            "EUR, 1234.5,   1234.50",
            "USD, 7,        7.00",
            "JPY, 1234,     1234",
            "JPY, 1234.000, 1234",
            "KWD, 1.5,      1.500",
            "KWD, 0.125,    0.125",
    })
    void holdsTheCurrencysScale(String currency, String amount, String expected) {
        Money money = Money.of(amount, currency);
        assertThat(money.toPlainString()).isEqualTo(expected);
        assertThat(money.scale()).isEqualTo(Currency.getInstance(currency).getDefaultFractionDigits());
    }

    @ParameterizedTest(name = "{0} {1} has too many decimals")
    @CsvSource({"EUR, 1.001", "USD, 0.005", "JPY, 1.5", "KWD, 0.0001"})
    void refusesMoreDecimalsThanTheCurrencyHas(String currency, String amount) {
        assertThatThrownBy(() -> Money.of(amount, currency))
                .isInstanceOf(InvalidMoneyException.class)
                .hasMessageContaining("decimals");
    }

    @Test
    void refusesWhatIsNotAnAmountOrNotACurrency() {
        assertThatThrownBy(() -> Money.of("1e3", "EUR")).isInstanceOf(InvalidMoneyException.class);
        assertThatThrownBy(() -> Money.of("12,50", "EUR")).isInstanceOf(InvalidMoneyException.class);
        assertThatThrownBy(() -> Money.of("", "EUR")).isInstanceOf(InvalidMoneyException.class);
        assertThatThrownBy(() -> Money.of("1", "EURO")).isInstanceOf(InvalidMoneyException.class);
        assertThatThrownBy(() -> Money.of("1", "XAU")).isInstanceOf(InvalidMoneyException.class);
    }

    @Test
    void addsAndSubtractsExactly() {
        assertThat(Money.of("0.10", "EUR").plus(Money.of("0.20", "EUR"))).isEqualTo(Money.of("0.30", "EUR"));
        assertThat(Money.of("100", "JPY").minus(Money.of("250", "JPY")).toPlainString()).isEqualTo("-150");
        assertThat(Money.of("1.001", "KWD").plus(Money.of("0.999", "KWD")).toPlainString()).isEqualTo("2.000");
    }

    @Test
    void neverMixesCurrencies() {
        assertThatThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "USD")))
                .isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> Money.of("1", "EUR").compareTo(Money.of("1", "JPY")))
                .isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void roundsOnlyWhereToldAndHow() {
        Money hundred = Money.of("100.00", "EUR");
        // 100 * 0.0333 = 3.33, 100 * 0.03335 = 3.335 -> half-even 3.34 (4 is even), half-down 3.33
        assertThat(hundred.times(new BigDecimal("0.03335"), RoundingMode.HALF_EVEN).toPlainString()).isEqualTo("3.34");
        assertThat(hundred.times(new BigDecimal("0.03335"), RoundingMode.HALF_DOWN).toPlainString()).isEqualTo("3.33");
        assertThat(Money.of("1000", "JPY").percent(new BigDecimal("0.05"), RoundingMode.HALF_UP).toPlainString())
                .isEqualTo("1");
        assertThat(Money.of("1000", "JPY").percent(new BigDecimal("0.05"), RoundingMode.DOWN).toPlainString())
                .isEqualTo("0");
        assertThat(Money.of("10.000", "KWD").percent(new BigDecimal("12.345"), RoundingMode.HALF_UP).toPlainString())
                .isEqualTo("1.235");
        assertThat(Money.rounded(new BigDecimal("2.675"), USD, RoundingMode.HALF_EVEN).toPlainString())
                .isEqualTo("2.68");
        assertThat(Money.rounded(new BigDecimal("2.665"), USD, RoundingMode.HALF_EVEN).toPlainString())
                .isEqualTo("2.66");
    }

    @Test
    void timesWithoutExactResultNeedsARoundingMode() {
        assertThatThrownBy(() -> Money.of("1.00", "EUR").times(new BigDecimal("0.333"), RoundingMode.UNNECESSARY))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void splitsIntoPartsThatAddUpToTheCent() {
        Money[] parts = Money.of("100.00", "EUR").split(3);
        assertThat(Arrays.stream(parts).map(Money::toPlainString)).containsExactly("33.34", "33.33", "33.33");
        Money[] yen = Money.of("10", "JPY").split(4);
        assertThat(Arrays.stream(yen).map(Money::toPlainString)).containsExactly("3", "3", "2", "2");
        Money[] negative = Money.of("-0.05", "EUR").split(2);
        assertThat(Arrays.stream(negative).map(Money::toPlainString)).containsExactly("-0.03", "-0.02");
        Money[] dinar = Money.of("1.000", "KWD").split(3);
        assertThat(Arrays.stream(dinar).map(Money::toPlainString)).containsExactly("0.334", "0.333", "0.333");
    }

    @Test
    void equalityIsByCurrencyAndNormalisedAmount() {
        assertThat(Money.of(new BigDecimal("5"), EUR)).isEqualTo(Money.of(new BigDecimal("5.00"), EUR));
        assertThat(Money.of(new BigDecimal("5"), EUR)).isNotEqualTo(Money.of(new BigDecimal("5"), USD));
        assertThat(Money.zero(JPY).toPlainString()).isEqualTo("0");
        assertThat(Money.zero(KWD).toPlainString()).isEqualTo("0.000");
    }

    @Test
    void comparesWithinACurrency() {
        Money small = Money.of("9.99", "EUR");
        Money large = Money.of("10.00", "EUR");
        assertThat(small.isLessThan(large)).isTrue();
        assertThat(large.isGreaterThan(small)).isTrue();
        assertThat(small.min(large)).isSameAs(small);
        assertThat(small.max(large)).isSameAs(large);
        assertThat(small.negate().isNegative()).isTrue();
        assertThat(small.negate().abs()).isEqualTo(small);
    }
}
