package org.dunwell.ledger.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Filters of a document list; null means any. {@code openOnly} keeps documents with something
 * open; {@code scope} limits the list to the customers the caller may see (never null).
 */
public record DocumentFilter(String company, DocumentKind kind, String account, LocalDate from, LocalDate to,
                             Boolean openOnly, DocumentStatus status, CustomerScope scope) {

    public DocumentFilter {
        Objects.requireNonNull(scope, "scope");
    }
}
