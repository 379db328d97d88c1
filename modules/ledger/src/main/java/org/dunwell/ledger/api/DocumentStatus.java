package org.dunwell.ledger.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a document still counts: posted, cancelled by a credit note (invoice), or reversed (payment). */
@Schema(description = "Whether a document still counts: posted, cancelled by a credit note (invoice), or reversed (payment).")
public enum DocumentStatus {
    POSTED,
    CANCELLED,
    REVERSED
}
