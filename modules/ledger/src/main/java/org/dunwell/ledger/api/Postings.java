package org.dunwell.ledger.api;

/**
 * The feed of money movements made in Dunwell, for the ERP to read with a cursor: each entry once, in the order
 * entries are first seen committed (numbered at the read under the company's counter lock, so an entry whose
 * transaction commits late gets a later number instead of being skipped).
 */
public interface Postings {

    int MAX_LIMIT = 1000;

    /** The entries numbered after {@code after} (0: from the first), at most {@code limit}. */
    PostingEntry.Feed read(String company, long after, int limit);
}
