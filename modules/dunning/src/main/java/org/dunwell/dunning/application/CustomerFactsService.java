package org.dunwell.dunning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.dunwell.collections.api.DisputeStatus;
import org.dunwell.collections.api.Disputes;
import org.dunwell.collections.api.Promises;
import org.dunwell.collections.api.Workspace;
import org.dunwell.credit.api.CreditProfiles;
import org.dunwell.dunning.api.CustomerFacts;
import org.dunwell.dunning.api.CustomerFactsQuery;
import org.dunwell.dunning.domain.letter.LetterStore;
import org.dunwell.kernel.api.CompanyCode;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.ledger.api.Companies;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.CustomerView;
import org.dunwell.ledger.api.Customers;

/**
 * Reads a customer's facts from the services that compute them (the workspace's customer view, the credit profile,
 * promises, disputes, letters and their levels) and has {@link FactsAssembler} put them together.
 */
@ApplicationScoped
@Transactional
public class CustomerFactsService implements CustomerFactsQuery {

    private Workspace workspace;
    private CreditProfiles credit;
    private Promises promises;
    private Disputes disputes;
    private LetterStore letters;
    private Companies companies;
    private Customers customers;

    protected CustomerFactsService() {
    }

    @Inject
    public CustomerFactsService(Workspace workspace, CreditProfiles credit, Promises promises, Disputes disputes,
                                LetterStore letters, Companies companies, Customers customers) {
        this.workspace = workspace;
        this.credit = credit;
        this.promises = promises;
        this.disputes = disputes;
        this.letters = letters;
        this.companies = companies;
        this.customers = customers;
    }

    @Override
    public CustomerFacts facts(String company, String account, LocalDate asOf, int listSize, CustomerScope scope) {
        if (listSize < 1) {
            throw InvalidInputException.ofField("listSize", "must be at least 1");
        }
        var view = workspace.customer(company, account, asOf, scope);
        CustomerView customer = customers.get(company, account, scope);
        var input = new FactsAssembler.Inputs(companies.get(CompanyCode.of(company)).name(), view,
                credit.profile(company, account, asOf, scope),
                promises.performance(company, account, null, scope),
                disputes.list(company, account, null, DisputeStatus.OPEN, null, scope,
                        PageRequest.first(listSize)).items(),
                letters.letters(company, account, scope, PageRequest.first(FactsAssembler.RECENT)).items(),
                letters.levels(company, List.of(account)), customer.reminderRecipient().language(),
                customer.reminderRecipient().contact());
        return FactsAssembler.assemble(company, asOf, listSize, input);
    }
}
