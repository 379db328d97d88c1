package org.dunwell.ledger.domain.company;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import org.dunwell.kernel.api.CompanyCode;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.ledger.api.CompanyView;
import org.dunwell.ledger.api.entity.VersionedEntity;
import org.dunwell.ledger.domain.customer.MasterData;
import org.dunwell.ledger.domain.settlement.SettlementOrder;

/** A legal entity with its accounting currency. */
@Entity
@Table(name = "company")
public class Company extends VersionedEntity {


    @Column(name = "code", nullable = false, updatable = false)
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "accounting_currency", nullable = false)
    private String accountingCurrency;

    @Column(name = "settlement_order", nullable = false)
    private String settlementOrder = SettlementOrder.STATUTORY.name();

    @Column(name = "language", nullable = false)
    private String language = DEFAULT_LANGUAGE;


    /** The language of a new company's letters when none is given. */
    public static final String DEFAULT_LANGUAGE = "en";

    protected Company() {
    }

    public Company(CompanyCode code, String name, Currency accountingCurrency) {
        this.code = code.value();
        rename(name);
        this.accountingCurrency = Objects.requireNonNull(accountingCurrency, "accountingCurrency").getCurrencyCode();
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw InvalidInputException.ofField("name", "must not be empty");
        }
        if (newName.length() > 200) {
            throw InvalidInputException.ofField("name", "must be at most 200 characters");
        }
        this.name = newName.trim();
    }

    public void changeAccountingCurrency(Currency currency) {
        this.accountingCurrency = Objects.requireNonNull(currency, "currency").getCurrencyCode();
    }

    public void orderSettlementsBy(String order) {
        try {
            this.settlementOrder = SettlementOrder.valueOf(order.trim().toUpperCase(Locale.ROOT)).name();
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.ofField("settlementOrder", "must be one of "
                    + Arrays.toString(SettlementOrder.values()));
        }
    }

    /** The language letters and reminders fall back to when neither contact nor customer has one. */
    public void speak(String language) {
        String given = MasterData.language("language", language);
        if (given == null) {
            throw InvalidInputException.ofField("language", "must not be empty");
        }
        this.language = given;
    }

    public String language() {
        return language;
    }

    public String settlementOrder() {
        return settlementOrder;
    }

    public CompanyCode code() {
        return CompanyCode.of(code);
    }

    public String name() {
        return name;
    }

    public Currency accountingCurrency() {
        return Currency.getInstance(accountingCurrency);
    }

    public long version() {
        return version;
    }

    public CompanyView toView() {
        return new CompanyView(code(), name, accountingCurrency(), settlementOrder, language, version);
    }
}
