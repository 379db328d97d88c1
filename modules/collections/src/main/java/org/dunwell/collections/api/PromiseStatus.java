package org.dunwell.collections.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a payment promise stands: open until evaluated kept or broken, or cancelled by an agent. */
@Schema(description = "Where a payment promise stands: open until evaluated kept or broken, or cancelled by an agent.")
public enum PromiseStatus {
    OPEN,
    KEPT,
    BROKEN,
    CANCELLED
}
