package org.dunwell.collections.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a write-off request stands: waiting for its approver, approved (and posted), or rejected. */
@Schema(description = "Where a write-off request stands: waiting for its approver, approved (and posted), or rejected.")
public enum WriteOffStatus {
    PENDING,
    APPROVED,
    REJECTED
}
