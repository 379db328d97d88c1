package org.dunwell.integrations.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What was sent to the insurer about a buyer's unpaid invoices. */
@Schema(description = "NOTICE: the insurer was told of overdue invoices (its policy asks for it within a time);"
        + " CLAIM: a claim for the loss was filed.")
public enum ClaimKind {
    /** Overdue invoices notified. */
    NOTICE,
    /** A claim filed. */
    CLAIM
}
