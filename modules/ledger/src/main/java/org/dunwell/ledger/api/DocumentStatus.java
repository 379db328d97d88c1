package org.dunwell.ledger.api;

/** Whether a document still counts: posted, cancelled by a credit note (invoice), or reversed (payment). */
public enum DocumentStatus {
    POSTED,
    CANCELLED,
    REVERSED
}
