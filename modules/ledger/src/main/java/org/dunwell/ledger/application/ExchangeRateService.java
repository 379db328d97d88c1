package org.dunwell.ledger.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.HashMap;
import java.util.Currency;
import java.util.Optional;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.CompanyCode;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Money;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.AuditEntry;
import org.dunwell.ledger.api.AuditTrail;
import org.dunwell.ledger.api.ExchangeRateView;
import org.dunwell.ledger.api.ExchangeRates;
import org.dunwell.ledger.domain.company.Company;
import org.dunwell.ledger.domain.company.CompanyRepository;
import org.dunwell.ledger.domain.rates.ExchangeRate;
import org.dunwell.ledger.domain.rates.ExchangeRateRepository;

/** Exchange rates by day and conversion into the accounting currency. */
@ApplicationScoped
@Transactional
public class ExchangeRateService implements ExchangeRates {

    private ExchangeRateRepository rates;
    private CompanyRepository companies;
    private AuditTrail audit;
    private BusinessClock clock;

    protected ExchangeRateService() {
    }

    @Inject
    public ExchangeRateService(ExchangeRateRepository rates, CompanyRepository companies, AuditTrail audit,
                               BusinessClock clock) {
        this.rates = rates;
        this.companies = companies;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Page<ExchangeRateView> list(String company, String currency, PageRequest page) {
        return rates.list(company, currency == null ? null : Money.currency(currency).getCurrencyCode(), page)
                .map(ExchangeRate::toView);
    }

    @Override
    public ExchangeRateView put(String company, String currency, LocalDate validFrom, BigDecimal rate,
                                UserName actor) {
        Company owner = companies.find(CompanyCode.of(company)).orElseThrow(() -> new NotFoundException("company",
                company));
        String code = Money.currency(currency).getCurrencyCode();
        if (validFrom == null) {
            throw InvalidInputException.ofField("date", "is required");
        }
        if (owner.accountingCurrency().getCurrencyCode().equals(code)) {
            throw InvalidInputException.ofField("currency", code + " is the accounting currency; its rate is 1");
        }
        Optional<ExchangeRate> existing = rates.find(company, code, validFrom);
        if (existing.isPresent()) {
            ExchangeRate stored = existing.get();
            if (stored.rate().compareTo(rate) != 0) {
                audit.record(new AuditEntry(company, "exchange-rate", code + "@" + validFrom, "updated", "rate",
                        stored.rate().stripTrailingZeros().toPlainString(), rate.stripTrailingZeros().toPlainString(),
                        null, actor.value(), clock.now()));
                stored.change(rate);
                rates.flush();
            }
            return stored.toView();
        }
        ExchangeRate created = new ExchangeRate(company, code, validFrom, rate, actor.value(), clock.now());
        rates.store(created);
        rates.flush();
        return created.toView();
    }

    @Override
    public Optional<BigDecimal> rateOn(String company, String currency, LocalDate date) {
        return rates.inForceOn(company, currency, date).map(ExchangeRate::rate);
    }

    @Override
    public Optional<Money> toAccountingCurrency(String company, Money amount, LocalDate date) {
        return conversionOn(company, date).convert(amount);
    }

    @Override
    public Conversion conversionOn(String company, LocalDate date) {
        Company owner = companies.find(CompanyCode.of(company)).orElseThrow(() -> new NotFoundException("company",
                company));
        Currency target = owner.accountingCurrency();
        Map<Currency, Optional<BigDecimal>> known = new HashMap<>();
        return new Conversion() {
            @Override
            public Currency accountingCurrency() {
                return target;
            }

            @Override
            public Optional<Money> convert(Money amount) {
                if (target.equals(amount.currency())) {
                    return Optional.of(amount);
                }
                return known.computeIfAbsent(amount.currency(), c -> rateOn(company, c.getCurrencyCode(), date))
                        .map(rate -> Money.rounded(amount.amount().multiply(rate), target, RoundingMode.HALF_EVEN));
            }
        };
    }
}
