package org.dunwell.plugin.api.insurance;

import java.util.Objects;

/** What an insurer reports of its own accord (by webhook): a cover decided or changed, a claim moved on. */
public sealed interface InsuranceUpdate {

    record CoverDecided(CoverDecision decision) implements InsuranceUpdate {
        public CoverDecided {
            Objects.requireNonNull(decision, "decision");
        }
    }

    record ClaimChanged(ClaimStatus status) implements InsuranceUpdate {
        public ClaimChanged {
            Objects.requireNonNull(status, "status");
        }
    }
}
