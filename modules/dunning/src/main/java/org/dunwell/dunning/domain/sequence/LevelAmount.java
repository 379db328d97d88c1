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

    public BigDecimal fee() {
        return fee;
    }

    public BigDecimal minimumOverdue() {
        return minimumOverdue;
    }
}
