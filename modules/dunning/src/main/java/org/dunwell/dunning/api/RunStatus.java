package org.dunwell.dunning.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A letter run: {@code PROPOSING} while its job computes the proposal, {@code PROPOSED} for review and edits,
 * {@code POSTING} while its job posts, {@code POSTED} when every letter is made, {@code CANCELLED} when dropped
 * before posting.
 */
@Schema(description = "PROPOSING (job computing), PROPOSED (to review and edit), POSTING (job posting), POSTED,"
        + " CANCELLED.")
public enum RunStatus {
    PROPOSING,
    PROPOSED,
    POSTING,
    POSTED,
    CANCELLED
}
