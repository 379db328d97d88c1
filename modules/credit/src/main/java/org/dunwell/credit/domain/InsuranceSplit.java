package org.dunwell.credit.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.dunwell.kernel.api.Money;

/**
 * What of an exposure trade-credit insurance covers (domain.md §2): while the policy is valid,
 * insured exposure = min(exposure, insured limit) and covered = insured exposure × coverage %
 * (rounded half-up to the currency's decimals); uninsured = exposure − covered. Without a valid
 * policy nothing is insured. A negative exposure (a credit balance) insures nothing.
 */
public record InsuranceSplit(Money insured, Money covered, Money uninsured) {

    public static InsuranceSplit of(Money exposure, Money insuredLimit, BigDecimal coveragePercent, boolean valid) {
        Money zero = Money.zero(exposure.currency());
        if (!valid || insuredLimit == null || !exposure.isPositive()) {
            return new InsuranceSplit(zero, zero, exposure);
        }
        Money insured = exposure.min(insuredLimit).max(zero);
        Money covered = insured.percent(coveragePercent, RoundingMode.HALF_UP);
        return new InsuranceSplit(insured, covered, exposure.minus(covered));
    }
}
