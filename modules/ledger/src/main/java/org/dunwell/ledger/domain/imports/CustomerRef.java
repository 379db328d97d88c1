package org.dunwell.ledger.domain.imports;

/** A customer as postings need it: its id and its currency. */
public record CustomerRef(long id, String company, String account, String currency) {
}
