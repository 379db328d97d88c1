package org.dunwell.collections.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A new activity (or follow-up): type, purpose, notes, responsible (default: the creator), start / end, links. */
public record ActivityDraft(String account, ActivityType type, String purpose, String notes, String responsible,
                            Instant start, Instant end, LocalDate reminderOn, Long caseId, List<String> documents) {

    public ActivityDraft {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
