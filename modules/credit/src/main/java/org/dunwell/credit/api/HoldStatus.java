package org.dunwell.credit.api;

/**
 * Where a checked order stands on the credit hold list: {@code NONE} (approved or warned, never
 * held), {@code OPEN} (REVIEW or BLOCKED, waiting for credit), {@code RELEASED} (the order may go
 * ahead), {@code REJECTED} (it may not).
 */
public enum HoldStatus {
    NONE,
    OPEN,
    RELEASED,
    REJECTED
}
