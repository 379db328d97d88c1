package org.dunwell.ledger.api;

/** Aged customers one after the other, see {@link AgingQueries#stream}. */
public interface AgingStream extends AutoCloseable {

    /** The next customer, null after the last. */
    AgedCustomer next();

    /** Where the stream stands: a stream opened at this cursor goes on with the customer after the last one read. */
    String cursor();

    @Override
    void close();
}
