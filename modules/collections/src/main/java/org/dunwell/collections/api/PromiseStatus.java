package org.dunwell.collections.api;

/** Where a payment promise stands: open until evaluated kept or broken, or cancelled by an agent. */
public enum PromiseStatus {
    OPEN,
    KEPT,
    BROKEN,
    CANCELLED
}
