package org.dunwell.ai.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a draft stands: being edited, approved (queued in the outbox, which sends it once) or discarded. */
@Schema(description = "Where a draft stands: DRAFT (being edited), APPROVED (queued in the outbox, which sends it"
        + " once) or DISCARDED.")
public enum DraftStatus {
    DRAFT,
    APPROVED,
    DISCARDED
}
