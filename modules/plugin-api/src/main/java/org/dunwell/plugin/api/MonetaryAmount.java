package org.dunwell.plugin.api;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount of money in one currency: a {@code BigDecimal} (never a {@code double}) and an ISO 4217 code.
 * The host converts it to and from its own money type; the scale is the vendor's, the host rounds
 * explicitly when it books.
 */
public record MonetaryAmount(BigDecimal amount, String currency) {

    private static final Pattern ISO_4217 = Pattern.compile("[A-Z]{3}");

    public MonetaryAmount {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (!ISO_4217.matcher(currency).matches()) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code of three capital letters: " + currency);
        }
    }

    public static MonetaryAmount of(String amount, String currency) {
        return new MonetaryAmount(new BigDecimal(amount), currency);
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }
}
