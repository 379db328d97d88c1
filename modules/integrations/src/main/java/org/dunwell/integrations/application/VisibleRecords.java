package org.dunwell.integrations.application;

import org.dunwell.kernel.api.NotFoundException;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.Customers;

/** A record of a customer the caller does not see answers as one that does not exist: not found, same message. */
final class VisibleRecords {

    private VisibleRecords() {
    }

    /** @return {@code record}, when the scope sees its customer */
    static <T> T require(T record, Customers customers, String company, String account, CustomerScope scope,
                         String what, long id) {
        if (!scope.all()) {
            try {
                customers.get(company, account, scope);
            } catch (NotFoundException hidden) {
                throw new NotFoundException(what, Long.toString(id));
            }
        }
        return record;
    }
}
