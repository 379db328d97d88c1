package org.dunwell.collections.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a dispute stands: open until resolved, settled with a credit note, or withdrawn by the customer. */
@Schema(description = "Where a dispute stands: open until resolved, settled with a credit note, or withdrawn by the customer.")
public enum DisputeStatus {
    OPEN,
    RESOLVED,
    CREDIT_ISSUED,
    CUSTOMER_WITHDREW
}
