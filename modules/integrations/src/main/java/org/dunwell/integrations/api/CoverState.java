package org.dunwell.integrations.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an insurer stands on a cover it was asked for. */
@Schema(description = "Where the insurer stands: PENDING (not decided yet), GRANTED, PARTIALLY_GRANTED (less than"
        + " asked, or with conditions), REFUSED, WITHDRAWN (granted cover withdrawn or ended).")
public enum CoverState {
    /** Not decided yet: asked again later (polling) or told by the insurer's webhook. */
    PENDING,
    /** Granted as asked. */
    GRANTED,
    /** Granted for less than asked, or with conditions. */
    PARTIALLY_GRANTED,
    /** Refused. */
    REFUSED,
    /** Granted cover that the insurer has withdrawn or that has ended. */
    WITHDRAWN;

    /** Whether the insurer has decided and will not change its mind but by withdrawing. */
    public boolean granted() {
        return this == GRANTED || this == PARTIALLY_GRANTED;
    }

    /** Whether nothing can follow: refused or withdrawn. */
    public boolean closed() {
        return this == REFUSED || this == WITHDRAWN;
    }
}
