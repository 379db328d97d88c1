package org.dunwell.credit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.dunwell.kernel.api.InputLimits;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Money;
import org.dunwell.ledger.api.entity.VersionedEntity;

/** A customer's trade-credit insurance policy. */
@Entity
@Table(name = "credit_insurance")
public class CreditInsurance extends VersionedEntity {

    @Column(name = "company_code", nullable = false, updatable = false)
    private String company;
    @Column(name = "account", nullable = false, updatable = false)
    private String account;
    @Column(name = "insurer", nullable = false)
    private String insurer;
    @Column(name = "policy", nullable = false)
    private String policy;
    @Column(name = "currency", nullable = false)
    private String currency;
    @Column(name = "insured_limit", nullable = false)
    private BigDecimal insuredLimit;
    @Column(name = "coverage_percent", nullable = false)
    private BigDecimal coveragePercent;
    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;
    @Column(name = "valid_to", nullable = false)
    private LocalDate validTo;

    protected CreditInsurance() {
    }

    public CreditInsurance(String company, String account) {
        this.company = company;
        this.account = account;
    }

    /** Replaces the policy's terms after checking them. */
    public void terms(String insurer, String policy, Money insuredLimit, BigDecimal coveragePercent,
                      LocalDate validFrom, LocalDate validTo) {
        if (insurer == null || insurer.isBlank() || insurer.length() > 100) {
            throw InvalidInputException.ofField("insurer", "is required, at most 100 characters");
        }
        InputLimits.key("policy", policy, InputLimits.KEY_MAX_LENGTH);
        if (insuredLimit == null || insuredLimit.isNegative()) {
            throw InvalidInputException.ofField("insuredLimit", "is required and must not be negative");
        }
        if (coveragePercent == null || coveragePercent.signum() <= 0 || coveragePercent.compareTo(BigDecimal.valueOf(100)) > 0
                || coveragePercent.scale() > 2) {
            throw InvalidInputException.ofField("coveragePercent", "must be more than 0 and at most 100, two decimals");
        }
        if (validFrom == null || validTo == null) {
            throw InvalidInputException.ofField(validFrom == null ? "validFrom" : "validTo", "is required");
        }
        if (validTo.isBefore(validFrom)) {
            throw InvalidInputException.ofField("validTo", "is before validFrom");
        }
        this.insurer = insurer.trim();
        this.policy = policy.trim();
        this.currency = insuredLimit.currency().getCurrencyCode();
        this.insuredLimit = insuredLimit.amount();
        this.coveragePercent = coveragePercent;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    public boolean validOn(LocalDate day) {
        return !validFrom.isAfter(day) && !validTo.isBefore(day);
    }

    public String account() {
        return account;
    }

    public String insurer() {
        return insurer;
    }

    public String policy() {
        return policy;
    }

    public Money insuredLimit() {
        return Money.of(insuredLimit, Currency.getInstance(currency));
    }

    public BigDecimal coveragePercent() {
        return coveragePercent;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public long version() {
        return version;
    }
}
