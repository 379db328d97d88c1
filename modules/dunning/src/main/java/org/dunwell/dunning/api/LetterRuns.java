package org.dunwell.dunning.api;

import java.time.LocalDate;
import java.util.List;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.CustomerScope;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Letter runs: a proposal computed as of a date (page by page, by a job, each page in a transaction of its own, so
 * that a restarted job goes on where it stopped), reviewed and edited, then posted line by line (each line one
 * transaction under the customer's lock: the letter, its invoices' levels, fee and interest in the ledger, the
 * email in the outbox), never twice for the same level.
 */
public interface LetterRuns {

    /** How many customers a proposal page reads. */
    int PAGE_SIZE = 500;

    /**
     * Lifts the credit holds of customers whose blocking letters' invoices are paid (each run's job does this
     * first); the accounts lifted.
     */
    List<String> releasePaidHolds(String company, UserName actor);

    /** A new run, PROPOSING, for its job to compute. */
    LetterRunView create(String company, LocalDate asOf, UserName actor);

    /** Computes the proposal for the customers after {@code after}; where the next page starts (null: done). */
    String proposePage(String company, long run, String after, int size);

    /** Where a restarted proposal goes on: the last account a committed page wrote a line for (null: the start). */
    String proposedUpTo(String company, long run);

    /** The proposal is complete: PROPOSED, for review. */
    LetterRunView proposed(String company, long run);

    /** Records the job that runs the run now. */
    void ranAs(String company, long run, long executionId);

    LetterRunView get(String company, long run);

    Page<LetterRunView> list(String company, PageRequest page);

    /** Lines of the proposal for customers in scope; {@code status} and {@code account} filter. */
    Page<ProposalLineView> lines(String company, long run, LineStatus status, String account, CustomerScope scope,
                                 PageRequest page);

    /** A reviewer drops a line, holds it (the customer gets no letter this run) or takes it back in. */
    ProposalLineView edit(String company, long run, int line, LineEdit edit, String reason, UserName actor);

    /** POSTING: its job posts the lines. A run posts once; its version must be the one reviewed. */
    LetterRunView startPosting(String company, long run, long expectedVersion, UserName actor);

    /** Lines still to post, in line order, at most {@code limit}. */
    List<Integer> linesToPost(String company, long run, int limit);

    /** Posts one line in a transaction of its own; a line posted already (or sent by another run) is left alone. */
    LineStatus postLine(String company, long run, int line, UserName actor);

    /** Every line is posted: POSTED. */
    LetterRunView posted(String company, long run);

    /** Cancels a run not posted. */
    LetterRunView cancel(String company, long run, long expectedVersion, String reason, UserName actor);

    /** What a reviewer does to a line. */
    @Schema(name = "LineAction", description = "DROP or HOLD a line (no letter this run), INCLUDE it again.")
    enum LineEdit { DROP, HOLD, INCLUDE }
}
