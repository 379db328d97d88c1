package org.dunwell.collections.api;

/** Where a write-off request stands: waiting for its approver, approved (and posted), or rejected. */
public enum WriteOffStatus {
    PENDING,
    APPROVED,
    REJECTED
}
