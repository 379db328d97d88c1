package org.dunwell.dunning.api;

import java.time.LocalDate;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.CustomerScope;

/** Posted collection letters: read, rendered as PDF (every time from what was posted), reprinted, resent. */
public interface Letters {

    LetterView get(String company, long id, CustomerScope scope);

    /** A customer's letters (or all the scope sees), newest first. */
    Page<LetterView> list(String company, String account, CustomerScope scope, PageRequest page);

    /**
     * Posted letters of a level that hands the customer over to a collection agency, with an id after
     * {@code afterId}, in the order they were posted, at most {@code limit}: for the agency hand-over.
     */
    java.util.List<LetterView> handoverLetters(String company, long afterId, int limit);

    /** The letter as PDF, in its language; a reprint is counted and audited. */
    byte[] pdf(String company, long id, boolean reprint, CustomerScope scope, UserName actor);

    /** The account statement as of a date as PDF, in the customer's letter language. */
    byte[] statementPdf(String company, String account, LocalDate asOf, CustomerScope scope);

    /** Queues the letter's email again (a new outbox message); 422 without an email address or when not allowed. */
    OutboxMessageView resend(String company, long id, String reason, CustomerScope scope, UserName actor);
}
