package org.dunwell.integrations.domain;

import java.util.Locale;
import java.util.Set;

/** What an agency's status word means here: the statuses that end the case at the agency. */
public final class AgencyStatus {

    private static final Set<String> CLOSING = Set.of("CLOSED", "COMPLETED", "RETURNED", "WITHDRAWN");

    private AgencyStatus() {
    }

    public static boolean closes(String status) {
        return status != null && CLOSING.contains(status.strip().toUpperCase(Locale.ROOT));
    }
}
