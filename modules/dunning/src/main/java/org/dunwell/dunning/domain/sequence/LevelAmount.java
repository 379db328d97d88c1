package org.dunwell.dunning.domain.sequence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A level's fee and least overdue amount in one currency. */
@Embeddable
public class LevelAmount {

    @Column(name = "currency", nullable = false)
    private String currency;
    @Column(name = "fee", nullable = false)
    private BigDecimal fee;
    @Column(name = "minimum_overdue", nullable = false)
    private BigDecimal minimumOverdue;

    protected LevelAmount() {
    }

    LevelAmount(String currency, BigDecimal fee, BigDecimal minimumOverdue) {
        this.currency = currency;
        this.fee = fee;
        this.minimumOverdue = minimumOverdue;
    }

    public String currency() {
        return currency.trim();
    }

    /** The fee at the currency's decimals (the column keeps four). */
    public BigDecimal fee() {
        return atScale(fee);
    }

    public BigDecimal minimumOverdue() {
        return atScale(minimumOverdue);
    }

    private BigDecimal atScale(BigDecimal value) {
        return value.setScale(java.util.Currency.getInstance(currency()).getDefaultFractionDigits(),
                java.math.RoundingMode.HALF_UP);
    }
}
