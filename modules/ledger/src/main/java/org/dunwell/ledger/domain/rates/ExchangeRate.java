package org.dunwell.ledger.domain.rates;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.ledger.api.ExchangeRateView;
import org.dunwell.ledger.api.entity.VersionedEntity;

/** 1 unit of a currency in the company's accounting currency, from a day on. */
@Entity
@Table(name = "exchange_rate")
public class ExchangeRate extends VersionedEntity {

    @Column(name = "company_code", nullable = false, updatable = false)
    private String company;
    @Column(name = "currency", nullable = false, updatable = false)
    private String currency;
    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom;
    @Column(name = "rate", nullable = false)
    private BigDecimal rate;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ExchangeRate() {
    }

    public ExchangeRate(String company, String currency, LocalDate validFrom, BigDecimal rate, String createdBy,
                        Instant createdAt) {
        this.company = company;
        this.currency = currency;
        this.validFrom = validFrom;
        change(rate);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public final void change(BigDecimal newRate) {
        if (newRate == null || newRate.signum() <= 0) {
            throw InvalidInputException.ofField("rate", "must be positive");
        }
        if (newRate.stripTrailingZeros().scale() > 8) {
            throw InvalidInputException.ofField("rate", "has more than 8 decimals");
        }
        this.rate = newRate;
    }

    public BigDecimal rate() {
        return rate;
    }

    public ExchangeRateView toView() {
        return new ExchangeRateView(company, currency.trim(), validFrom, rate.stripTrailingZeros(), version);
    }
}
