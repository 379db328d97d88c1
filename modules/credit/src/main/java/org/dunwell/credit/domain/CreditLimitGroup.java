package org.dunwell.credit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Currency;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Money;

/** Customers sharing one limit: their exposures add up against it. */
@Entity
@Table(name = "credit_limit_group")
public class CreditLimitGroup {

    @Id
    @SequenceGenerator(name = "dw_id", sequenceName = "dw_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dw_id")
    private Long id;
    @Column(name = "company_code", nullable = false, updatable = false)
    private String company;
    @Column(name = "name", nullable = false, updatable = false)
    private String name;
    @Column(name = "currency", nullable = false, updatable = false)
    private String currency;
    @Column(name = "credit_limit", nullable = false)
    private BigDecimal limit;
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CreditLimitGroup() {
    }

    public CreditLimitGroup(String company, String name, Money limit) {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9 _.-]{0,59}")) {
            throw InvalidInputException.ofField("name", "is required: letters, digits, space, _ . - (at most 60)");
        }
        this.company = company;
        this.name = name;
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
