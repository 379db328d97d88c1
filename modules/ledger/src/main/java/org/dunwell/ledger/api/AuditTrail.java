package org.dunwell.ledger.api;

import java.util.List;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;

/**
 * The append-only record of every change a user or the ERP makes, written in the same
 * transaction as the change itself. Every module records into it.
 */
public interface AuditTrail {

    void record(AuditEntry entry);

    void recordAll(List<AuditEntry> entries);

    /**
     * A company's whole trail, newest first: every change any user or the ERP made, of one kind of
     * subject ({@code customer}, {@code promise}, …) or by one actor when given (null: all).
     */
    Page<AuditEntry> trail(String company, String subjectType, String actor, PageRequest page);

    /** The history of one subject, newest first. */
    Page<AuditEntry> history(String company, String subjectType, String subjectKey, PageRequest page);
}
