package org.dunwell.dunning.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a proposal line stands: {@code PROPOSED} (a letter posting will make), {@code EXCLUDED} (no letter, the
 * reason says why), {@code DROPPED} and {@code HELD} (taken out by a reviewer), {@code POSTED} (its letter exists),
 * {@code SKIPPED} (at posting every invoice had the level already, from another run).
 */
@Schema(description = "PROPOSED (a letter posting makes), EXCLUDED (no letter; reason says why), DROPPED or HELD (by"
        + " a reviewer), POSTED (its letter exists), SKIPPED (at posting the level had been sent by another run).")
public enum LineStatus {
    PROPOSED,
    EXCLUDED,
    DROPPED,
    HELD,
    POSTED,
    SKIPPED
}
