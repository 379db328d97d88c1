package org.dunwell.ledger.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a transaction stands in collections; set by collection actions, shown in every list. */
@Schema(description = "Where a transaction stands in collections; set by collection actions, shown in every list.")
public enum CollectionStatus {
    NONE,
    PROMISED,
    DISPUTED,
    PAYMENT_NOT_MADE
}
