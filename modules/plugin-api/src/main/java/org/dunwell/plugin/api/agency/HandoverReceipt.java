package org.dunwell.plugin.api.agency;

import java.util.Objects;

/** The agency's reference of the case it took over. */
public record HandoverReceipt(String caseNumber, String agencyReference) {

    public HandoverReceipt {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(agencyReference, "agencyReference");
    }
}
