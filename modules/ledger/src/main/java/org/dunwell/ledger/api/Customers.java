package org.dunwell.ledger.api;

import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.UserName;

/** Customer accounts: created by the ERP (import or API), changed with optimistic locking, audited. */
public interface Customers {

    /** The customer, whoever asks: for the modules' own work, never for a caller's request. */
    CustomerView get(String company, String account);

    /** The customer if {@code scope} sees it; a hidden customer is not found, exactly as a missing one. */
    CustomerView get(String company, String account, CustomerScope scope);

    Page<CustomerView> list(CustomerFilter filter, PageRequest page);

    CustomerView create(String company, String account, CustomerDraft draft, UserName actor);

    CustomerView update(String company, String account, long expectedVersion, CustomerDraft changes, UserName actor,
                        String reason);
}
