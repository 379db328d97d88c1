package org.dunwell.collections.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What keeps collections from contacting a customer: {@code DO_NOT_CONTACT} (no letter, reminder or call),
 * {@code HARDSHIP} (the customer is in hardship: no dunning, an agent handles it by hand), {@code PAUSED}
 * (collections of the customer, or of one invoice, wait until the end date).
 */
@Schema(description = "What keeps collections from contacting a customer: DO_NOT_CONTACT, HARDSHIP, PAUSED (a customer"
        + " or one invoice, until an end date).")
public enum RestrictionKind {
    DO_NOT_CONTACT,
    HARDSHIP,
    PAUSED
}
