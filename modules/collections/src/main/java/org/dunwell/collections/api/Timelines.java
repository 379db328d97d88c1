package org.dunwell.collections.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.UserName;

/** A customer's timeline of the last 365 days, and notes on it. */
public interface Timelines {

    /** The types of timeline entries a filter may name. */
    List<String> TYPES = List.of("INVOICE", "FEE", "INTEREST", "CREDIT_NOTE", "PAYMENT", "WRITE_OFF", "ACTIVITY",
            "LETTER", "NOTE");

    /** Days the timeline reaches back from its as-of date. */
    int DAYS = 365;

    TimelineEntry addNote(String company, String account, String text, UserName actor);

    /** Newest first; {@code types} empty: every type. */
    Page<TimelineEntry> timeline(String company, String account, LocalDate asOf, Set<String> types,
                                 PageRequest page);
}
