package org.dunwell.dunning.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a proposal line stands: {@code PROPOSED} (a letter posting will make), {@code REFER} (a letter is due but the
 * customer is not to be contacted: posting makes an activity for its agent instead), {@code EXCLUDED} (no letter,
 * the reason says why), {@code DROPPED} and {@code HELD} (taken out by a reviewer), {@code POSTED} (its letter
 * exists), {@code REFERRED} (its activity exists), {@code SKIPPED} (at posting every invoice had the level already,
 * from another run).
 */
@Schema(description = "PROPOSED (a letter posting makes), REFER (a letter is due but the customer is not to be"
        + " contacted: posting makes an activity for its agent), EXCLUDED (no letter; reason says why), DROPPED or"
        + " HELD (by a reviewer), POSTED (its letter exists), REFERRED (its activity exists), SKIPPED (at posting the"
        + " level had been sent by another run).")
public enum LineStatus {
    PROPOSED,
    REFER,
    EXCLUDED,
    DROPPED,
    HELD,
    POSTED,
    REFERRED,
    SKIPPED
}
