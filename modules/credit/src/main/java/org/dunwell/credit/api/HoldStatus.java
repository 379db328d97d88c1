package org.dunwell.credit.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a checked order stands on the credit hold list: {@code NONE} (approved or warned, never
 * held), {@code OPEN} (REVIEW or BLOCKED, waiting for credit), {@code RELEASED} (the order may go
 * ahead), {@code REJECTED} (it may not).
 */
@Schema(description = "Where a checked order stands on the credit hold list: NONE (approved or warned, never held), OPEN (REVIEW or BLOCKED, waiting for credit), RELEASED (the order may go ahead), REJECTED (it may not).")
public enum HoldStatus {
    NONE,
    OPEN,
    RELEASED,
    REJECTED
}
