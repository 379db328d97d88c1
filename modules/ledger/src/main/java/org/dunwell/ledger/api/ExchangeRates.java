package org.dunwell.ledger.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.UserName;

/** Exchange rates by day, and conversion into a company's accounting currency. */
public interface ExchangeRates {

    Page<ExchangeRateView> list(String company, String currency, PageRequest page);

    ExchangeRateView put(String company, String currency, LocalDate validFrom, BigDecimal rate, UserName actor);

    /** The rate in force on {@code date} (the latest on or before it); empty if none is known. */
    Optional<BigDecimal> rateOn(String company, String currency, LocalDate date);

    /** {@code amount} in the company's accounting currency at the rate of {@code date}, rounded half-even. */
    Optional<Money> toAccountingCurrency(String company, Money amount, LocalDate date);

    /**
     * Converts many amounts of a day into the company's accounting currency, looking each
     * currency's rate up once (the same rounding as {@link #toAccountingCurrency}).
     */
    Conversion conversionOn(String company, LocalDate date);

    /** Conversion of one day's amounts; empty for a currency without a known rate. */
    interface Conversion {
        Currency accountingCurrency();

        Optional<Money> convert(Money amount);
    }
}
