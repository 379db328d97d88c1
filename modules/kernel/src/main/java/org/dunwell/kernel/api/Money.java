package org.dunwell.kernel.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount of one currency, always held at that currency's number of decimals
 * (EUR 2, JPY 0, KWD 3). Immutable. Every operation that could produce more decimals
 * than the currency has takes an explicit {@link RoundingMode}; nothing here accepts or
 * returns a {@code double}.
 */
public final class Money implements Comparable<Money> {

    private final BigDecimal amount;
    private final Currency currency;

    private Money(BigDecimal amount, Currency currency) {
        this.amount = amount;
        this.currency = currency;
    }

    /**
     * The exact amount; fails if it has more decimals than the currency allows
     * (trailing zeros beyond the scale are accepted: {@code 10.500} EUR is {@code 10.50}).
     */
    public static Money of(BigDecimal amount, Currency currency) {
        Objects.requireNonNull(amount, "amount");
        int scale = scaleOf(currency);
        try {
            return new Money(amount.setScale(scale, RoundingMode.UNNECESSARY), currency);
        } catch (ArithmeticException e) {
            throw new InvalidMoneyException(
                    amount.toPlainString() + " has more than " + scale + " decimals allowed for " + currency);
        }
    }

    /** Parses a plain decimal string ({@code "1234.50"}) with the rules of {@link #of(BigDecimal, Currency)}. */
    public static Money parse(String amount, Currency currency) {
        Objects.requireNonNull(amount, "amount");
        String trimmed = amount.trim();
        if (!trimmed.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            throw new InvalidMoneyException("'" + amount + "' is not a decimal amount");
        }
        return of(new BigDecimal(trimmed), currency);
    }

    public static Money of(String amount, String currencyCode) {
        return parse(amount, currency(currencyCode));
    }

    /** Rounds the amount to the currency's decimals with the given rule. */
    public static Money rounded(BigDecimal amount, Currency currency, RoundingMode rounding) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(rounding, "rounding");
        return new Money(amount.setScale(scaleOf(currency), rounding), currency);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO.setScale(scaleOf(currency)), currency);
    }

    /** The ISO 4217 currency for a code; an unknown code or one without decimals defined is refused. */
    public static Currency currency(String code) {
        Objects.requireNonNull(code, "currency");
        try {
            Currency currency = Currency.getInstance(code.trim().toUpperCase(Locale.ROOT));
            scaleOf(currency);
            return currency;
        } catch (IllegalArgumentException e) {
            throw new InvalidMoneyException("'" + code + "' is not an ISO 4217 currency");
        }
    }

    private static int scaleOf(Currency currency) {
        Objects.requireNonNull(currency, "currency");
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw new InvalidMoneyException(currency + " is not a currency of money (no decimals defined)");
        }
        return digits;
    }

    public BigDecimal amount() {
        return amount;
    }

    public Currency currency() {
        return currency;
    }

    public int scale() {
        return amount.scale();
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    public Money abs() {
        return amount.signum() < 0 ? negate() : this;
    }

    /** Multiplies by an exact factor and rounds the product back to the currency's decimals. */
    public Money times(BigDecimal factor, RoundingMode rounding) {
        Objects.requireNonNull(factor, "factor");
        return rounded(amount.multiply(factor), currency, rounding);
    }

    /** {@code percent} percent of this amount ({@code 12.5} means 12.5 %), rounded. */
    public Money percent(BigDecimal percent, RoundingMode rounding) {
        Objects.requireNonNull(percent, "percent");
        return rounded(amount.multiply(percent).movePointLeft(2), currency, rounding);
    }

    /**
     * Splits into {@code parts} amounts that differ by at most one smallest unit and add up
     * to this amount exactly; the larger parts come first.
     */
    public Money[] split(int parts) {
        if (parts <= 0) {
            throw new IllegalArgumentException("parts must be positive: " + parts);
        }
        BigDecimal unit = BigDecimal.ONE.movePointLeft(amount.scale());
        BigDecimal units = amount.movePointRight(amount.scale());
        BigDecimal[] quotientAndRemainder = units.divideAndRemainder(BigDecimal.valueOf(parts));
        BigDecimal base = quotientAndRemainder[0].movePointLeft(amount.scale());
        int remainder = quotientAndRemainder[1].abs().intValueExact();
        BigDecimal step = amount.signum() < 0 ? unit.negate() : unit;
        Money[] result = new Money[parts];
        for (int i = 0; i < parts; i++) {
            BigDecimal part = i < remainder ? base.add(step) : base;
            result[i] = new Money(part.setScale(amount.scale()), currency);
        }
        return result;
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public int signum() {
        return amount.signum();
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    /** Orders amounts of the same currency; comparing two currencies is a programming error. */
    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
    }

    /** The amount as the API writes it: plain digits with exactly the currency's decimals. */
    public String toPlainString() {
        return amount.toPlainString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money other && currency.equals(other.currency) && amount.equals(other.amount);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount, currency);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
