package org.dunwell.plugin.api.agency;

import java.time.LocalDate;
import java.util.Objects;

/** One event of the case so far, in the host's words: a letter, a promise broken, a dispute. */
public record HistoryEntry(LocalDate date, String type, String text) {

    public HistoryEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
    }
}
