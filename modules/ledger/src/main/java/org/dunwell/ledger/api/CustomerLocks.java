package org.dunwell.ledger.api;

/**
 * One decision about a customer at a time, across transactions and servers: the customer's row lock, held
 * until the caller's transaction ends (credit checks take it, so that two orders approved at the same moment
 * cannot together pass a limit).
 */
public interface CustomerLocks {

    /** Waits for and takes the customer's lock; an unknown customer is not found. */
    void lock(String company, String account);
}
