package org.dunwell.collections.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.AuditEntry;
import org.dunwell.ledger.api.CustomerScope;

/** A customer's timeline of the last 365 days, and notes on it. */
public interface Timelines {

    /** The types of timeline entries a filter may name. */
    List<String> TYPES = List.of("INVOICE", "FEE", "INTEREST", "CREDIT_NOTE", "PAYMENT", "WRITE_OFF", "ACTIVITY",
            "LETTER", "NOTE", "ACTION");

    /**
     * The audit trail's subject type under which every collection action and status change on a
     * customer is recorded (key: the account): the customer's collections history.
     */
    String HISTORY_SUBJECT = "collections";

    /** Days the timeline reaches back from its as-of date. */
    int DAYS = 365;

    TimelineEntry addNote(String company, String account, String text, CustomerScope scope, UserName actor);

    /** The customer's collections history: every action and status change, who, when and why; newest first. */
    Page<AuditEntry> history(String company, String account, CustomerScope scope, PageRequest page);

    /** Newest first; {@code types} empty: every type (ACTION: the collections history). */
    Page<TimelineEntry> timeline(String company, String account, LocalDate asOf, Set<String> types,
                                 CustomerScope scope, PageRequest page);
}
