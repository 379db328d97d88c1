package org.dunwell.ledger.api;

import java.time.LocalDate;

/** Filters of a document list; null means any. {@code openOnly} keeps documents with something open. */
public record DocumentFilter(String company, DocumentKind kind, String account, LocalDate from, LocalDate to,
                             Boolean openOnly, DocumentStatus status) {
}
