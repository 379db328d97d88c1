package org.dunwell.collections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.CustomerView;
import org.dunwell.ledger.api.Customers;
import org.dunwell.ledger.api.DocumentView;
import org.dunwell.ledger.api.Documents;

/**
 * The one place collections decides what a caller's scope sees: a customer, a document (through its
 * customer), a record kept on customers (an activity, a promise, a case over several customers). What the
 * scope hides is not found, with the answer a missing one gets, so its existence is not revealed.
 */
@ApplicationScoped
public class Visibility {

    private Customers customers;
    private Documents documents;

    protected Visibility() {
    }

    @Inject
    public Visibility(Customers customers, Documents documents) {
        this.customers = customers;
        this.documents = documents;
    }

    /** The customer, if the scope sees it. */
    public CustomerView customer(String company, String account, CustomerScope scope) {
        if (account == null || account.isBlank()) {
            throw InvalidInputException.ofField("account", "is required");
        }
        return customers.get(company, account.trim(), scope);
    }

    /** The document, if the scope sees its customer. */
    public DocumentView document(String company, String document, CustomerScope scope) {
        if (document == null || document.isBlank()) {
            throw InvalidInputException.ofField("document", "is required");
        }
        return documents.get(company, document.trim(), scope);
    }

    /**
     * The document under its row lock ({@link Documents#getForUpdate}), if the scope sees its customer: one read
     * where a decision about its open amount follows (a dispute, a promise).
     */
    public DocumentView documentForUpdate(String company, String document, CustomerScope scope) {
        if (document == null || document.isBlank()) {
            throw InvalidInputException.ofField("document", "is required");
        }
        String number = document.trim();
        DocumentView found = documents.getForUpdate(company, number);
        return record(found, "document", number, company, List.of(found.account()), scope);
    }

    /** Whether the scope sees every one of these customers (a case is seen only when all its customers are). */
    public boolean sees(String company, Collection<String> accounts, CustomerScope scope) {
        return scope.all() || accounts.stream().allMatch(a -> scope.includes(customers.get(company, a)));
    }

    /** {@code found}, a record on these customers, if the scope sees every one of them; else "{what} {id}" is not found. */
    public <T> T record(T found, String what, Object id, String company, Collection<String> accounts,
                        CustomerScope scope) {
        if (!sees(company, accounts, scope)) {
            throw new NotFoundException(what, id);
        }
        return found;
    }
}
