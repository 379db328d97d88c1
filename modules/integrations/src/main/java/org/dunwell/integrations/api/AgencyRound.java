package org.dunwell.integrations.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What one round with the company's agencies did. */
@Schema(description = "What a round did: hand-overs opened from letters of the last dunning level, hand-overs sent (approved ones the agency had not taken), updates applied,"
        + " updates already applied before (sent twice by the agency: not applied again), updates for no hand-over"
        + " known here (kept, not applied), and the error that ended the round early (the next round goes on).")
public record AgencyRound(int opened, int sent, int applied, int duplicates, int unmatched, String error) {

    public static AgencyRound nothing() {
        return new AgencyRound(0, 0, 0, 0, 0, null);
    }

    public AgencyRound plus(AgencyRound other) {
        return new AgencyRound(opened + other.opened, sent + other.sent, applied + other.applied,
                duplicates + other.duplicates,
                unmatched + other.unmatched, error != null ? error : other.error);
    }
}
