package org.dunwell.dunning.domain.interest;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.dunwell.kernel.api.InvalidInputException;

/**
 * A yearly rate in percent, valid from a day (to a day, or open), for balances from an amount (below another, or
 * open): the rate of a day and a balance is the one whose two ranges hold them.
 */
@Embeddable
public class InterestRate {

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;
    @Column(name = "valid_to")
    private LocalDate validTo;
    @Column(name = "amount_from", nullable = false)
    private BigDecimal amountFrom;
    @Column(name = "amount_to")
    private BigDecimal amountTo;
    @Column(name = "rate_percent", nullable = false)
    private BigDecimal percent;

    protected InterestRate() {
    }

    public InterestRate(LocalDate validFrom, LocalDate validTo, BigDecimal amountFrom, BigDecimal amountTo,
                        BigDecimal percent) {
        if (validFrom == null) {
            throw InvalidInputException.ofField("rates.validFrom", "is required");
        }
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw InvalidInputException.ofField("rates.validTo", "is before validFrom " + validFrom);
        }
        BigDecimal from = amountFrom == null ? BigDecimal.ZERO : amountFrom;
        if (from.signum() < 0 || (amountTo != null && amountTo.compareTo(from) <= 0)) {
            throw InvalidInputException.ofField("rates.amountTo", "must be above amountFrom, which is not negative");
        }
        if (percent == null || percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw InvalidInputException.ofField("rates.percent", "must be from 0 to 100");
        }
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.amountFrom = from;
        this.amountTo = amountTo;
        this.percent = percent;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public BigDecimal amountFrom() {
        return amountFrom;
    }

    public BigDecimal amountTo() {
        return amountTo;
    }

    public BigDecimal percent() {
        return percent;
    }

    boolean holds(LocalDate day, BigDecimal balance) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo))
                && balance.compareTo(amountFrom) >= 0 && (amountTo == null || balance.compareTo(amountTo) < 0);
    }

    /** Whether the two rates could both hold one day and one balance. */
    boolean overlaps(InterestRate other) {
        boolean days = (validTo == null || !other.validFrom.isAfter(validTo))
                && (other.validTo == null || !validFrom.isAfter(other.validTo));
        boolean amounts = (amountTo == null || other.amountFrom.compareTo(amountTo) < 0)
                && (other.amountTo == null || amountFrom.compareTo(other.amountTo) < 0);
        return days && amounts;
    }
}
