package org.dunwell.ledger.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/** 1 unit of {@code currency} = {@code rate} units of the company's accounting currency, from {@code validFrom} on. */
public record ExchangeRateView(String company, String currency, LocalDate validFrom, BigDecimal rate, long version) {
}
