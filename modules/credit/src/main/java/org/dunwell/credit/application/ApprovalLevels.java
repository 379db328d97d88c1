package org.dunwell.credit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.dunwell.credit.api.ApprovalRouting;
import org.dunwell.credit.api.ApproverLevel;
import org.dunwell.credit.domain.ApprovalThreshold;
import org.dunwell.credit.domain.CreditRepository;
import org.dunwell.kernel.api.CompanyCode;
import org.dunwell.kernel.api.Money;
import org.dunwell.ledger.api.Companies;
import org.dunwell.ledger.api.ExchangeRates;

/** Routes an amount to the level that approves it: the company's threshold in its accounting currency. */
@ApplicationScoped
public class ApprovalLevels implements ApprovalRouting {

    private CreditRepository repository;
    private Companies companies;
    private ExchangeRates rates;

    protected ApprovalLevels() {
    }

    @Inject
    public ApprovalLevels(CreditRepository repository, Companies companies, ExchangeRates rates) {
        this.repository = repository;
        this.companies = companies;
        this.rates = rates;
    }

    @Override
    public ApproverLevel levelFor(String company, Money amount, LocalDate date) {
        ApprovalThreshold threshold = new ApprovalThreshold(Money.of(CreditDefaults.settings(repository, company)
                .approvalThreshold(), companies.get(CompanyCode.of(company)).accountingCurrency()));
        return threshold.levelFor(rates.toAccountingCurrency(company, amount, date).orElse(null));
    }
}
