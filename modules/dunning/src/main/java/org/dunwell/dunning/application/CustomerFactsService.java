package org.dunwell.dunning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.dunwell.collections.api.Activities;
import org.dunwell.collections.api.ContactRestrictions;
import org.dunwell.collections.api.DisputeStatus;
import org.dunwell.collections.api.Disputes;
import org.dunwell.collections.api.PoolsAndAging;
import org.dunwell.collections.api.PromiseStatus;
import org.dunwell.collections.api.Promises;
import org.dunwell.credit.api.CreditProfiles;
import org.dunwell.dunning.api.CustomerFacts;
import org.dunwell.dunning.api.CustomerFactsQuery;
import org.dunwell.dunning.domain.letter.LetterStore;
import org.dunwell.kernel.api.CompanyCode;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.ledger.api.AccountQueries;
import org.dunwell.ledger.api.Companies;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.CustomerView;
import org.dunwell.ledger.api.Customers;

/**
 * Reads a customer's facts from the services that compute them (the customer, its credit profile and aging, every
 * open item as of the day, promises, disputes, activities, the contact permission, letters and their levels) and has
 * {@link FactsAssembler} put them together. The customer is read first, within the caller's scope: another agent's
 * customer is not found.
 */
@ApplicationScoped
@Transactional
public class CustomerFactsService implements CustomerFactsQuery {

    private Customers customers;
    private CreditProfiles credit;
    private PoolsAndAging aging;
    private AccountQueries accounts;
    private Promises promises;
    private Disputes disputes;
    private Activities activities;
    private ContactRestrictions restrictions;
    private LetterStore letters;
    private Companies companies;

    protected CustomerFactsService() {
    }

    @Inject
    public CustomerFactsService(Customers customers, CreditProfiles credit, PoolsAndAging aging,
                                AccountQueries accounts, Promises promises, Disputes disputes, Activities activities,
                                ContactRestrictions restrictions, LetterStore letters, Companies companies) {
        this.customers = customers;
        this.credit = credit;
        this.aging = aging;
        this.accounts = accounts;
        this.promises = promises;
        this.disputes = disputes;
        this.activities = activities;
        this.restrictions = restrictions;
        this.letters = letters;
        this.companies = companies;
    }

    @Override
    public CustomerFacts facts(String company, String account, LocalDate asOf, int listSize, CustomerScope scope) {
        if (listSize < 1) {
            throw InvalidInputException.ofField("listSize", "must be at least 1");
        }
        CustomerView customer = customers.get(company, account, scope);
        String key = customer.account();
        var input = new FactsAssembler.Inputs(companies.get(CompanyCode.of(company)).name(), customer,
                credit.profile(company, key, asOf, scope), aging.aging(company, key, asOf, null, scope),
                accounts.openItems(company, key, asOf),
                promises.list(company, key, null, PromiseStatus.OPEN, scope, PageRequest.first(listSize)).items(),
                promises.performance(company, key, null, scope),
                disputes.list(company, key, null, DisputeStatus.OPEN, null, scope, PageRequest.first(listSize))
                        .items(),
                activities.list(company, null, "OPEN", key, null, scope, PageRequest.first(FactsAssembler.RECENT))
                        .items(),
                restrictions.permission(company, key, asOf, scope),
                letters.letters(company, key, scope, PageRequest.first(FactsAssembler.RECENT)).items(),
                letters.levels(company, List.of(key)));
        return FactsAssembler.assemble(company, asOf, listSize, input);
    }
}
