package org.dunwell.plugin.api.agency;

import java.util.List;

/** A page of an agency's updates and the cursor to ask for the next (the same cursor when nothing is new). */
public record AgencyUpdates(List<AgencyUpdate> updates, String nextCursor) {

    public AgencyUpdates {
        updates = List.copyOf(updates);
    }
}
