package org.dunwell.ledger.api;

/**
 * The scope check other modules make before they act on a customer for a caller: a customer the scope
 * does not see is not found, exactly as one that does not exist, so its existence is not revealed.
 */
public interface VisibleCustomers {

    /** Nothing when {@code scope} sees the customer; otherwise not found. */
    void require(String company, String account, CustomerScope scope);
}
