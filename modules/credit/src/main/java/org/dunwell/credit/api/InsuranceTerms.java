package org.dunwell.credit.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.dunwell.kernel.api.Money;

/** The terms of a trade-credit insurance policy. */
public record InsuranceTerms(String insurer, String policy, Money insuredLimit, BigDecimal coveragePercent,
                             LocalDate validFrom, LocalDate validTo) {
}
