package org.dunwell.credit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Currency;
import org.dunwell.kernel.api.InputLimits;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Money;
import org.dunwell.ledger.api.entity.VersionedEntity;

/** Customers sharing one limit: their exposures add up against it. */
@Entity
@Table(name = "credit_limit_group")
public class CreditLimitGroup extends VersionedEntity {

    @Column(name = "company_code", nullable = false, updatable = false)
    private String company;
    @Column(name = "name", nullable = false, updatable = false)
    private String name;
    @Column(name = "currency", nullable = false, updatable = false)
    private String currency;
    @Column(name = "credit_limit", nullable = false)
    private BigDecimal limit;

    protected CreditLimitGroup() {
    }

    public CreditLimitGroup(String company, String name, Money limit) {
        this.company = company;
        this.name = InputLimits.key("name", name, InputLimits.KEY_MAX_LENGTH);
        this.currency = limit.currency().getCurrencyCode();
        setLimit(limit);
    }

    public void setLimit(Money limit) {
        if (!limit.currency().getCurrencyCode().equals(currency)) {
            throw InvalidInputException.ofField("currency", "the group's limit is in " + currency);
        }
        if (limit.isNegative()) {
            throw InvalidInputException.ofField("creditLimit", "must not be negative");
        }
        this.limit = limit.amount();
    }

    public String name() {
        return name;
    }

    public String company() {
        return company;
    }

    public Currency currency() {
        return Currency.getInstance(currency);
    }

    public Money limit() {
        return Money.of(limit, currency());
    }

    public long version() {
        return version;
    }
}
