package org.dunwell.plugin.api.agency;

import java.util.Map;
import java.util.Objects;

/**
 * A case the creditor takes back from the agency (since API 1.2.0): the agency's reference of it, Dunwell's case
 * number, why, and vendor specifics.
 */
public record CaseRecall(String agencyReference, String caseNumber, String reason, Map<String, String> properties) {

    public CaseRecall {
        Objects.requireNonNull(agencyReference, "agencyReference");
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(reason, "reason");
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }
}
