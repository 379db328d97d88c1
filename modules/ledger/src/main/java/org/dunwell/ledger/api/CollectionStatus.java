package org.dunwell.ledger.api;

/** Where a transaction stands in collections; set by collection actions, shown in every list. */
public enum CollectionStatus {
    NONE,
    PROMISED,
    DISPUTED,
    PAYMENT_NOT_MADE
}
