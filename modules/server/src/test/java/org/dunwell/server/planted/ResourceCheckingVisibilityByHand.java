package org.dunwell.server.planted;

import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.CustomerView;
import org.dunwell.ledger.api.Customers;

/** Planted for ArchitectureTest: looks a customer up without the scope and checks it by hand. */
public class ResourceCheckingVisibilityByHand {

    private final Customers customers;

    public ResourceCheckingVisibilityByHand(Customers customers) {
        this.customers = customers;
    }

    public CustomerView customer(String company, String account, CustomerScope scope) {
        CustomerView customer = customers.get(company, account);
        if (!scope.includes(customer)) {
            throw new NotFoundException("customer", account);
        }
        return customer;
    }
}
