package org.dunwell.dunning.domain.run;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dunwell.dunning.api.LetterRunView;
import org.dunwell.dunning.api.LineStatus;
import org.dunwell.dunning.api.ProposalLineView;
import org.dunwell.dunning.api.RunStatus;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.ledger.api.CustomerScope;

/** Letter runs and their proposal lines ({@code letter_run}, {@code letter_run_line}, {@code letter_run_invoice}). */
public interface RunStore {

    long create(String company, LocalDate asOf, String by, Instant at);

    Optional<LetterRunView> run(String company, long id);

    Page<LetterRunView> runs(String company, PageRequest page);

    /** Moves the run from {@code from} to {@code to} if it is there (and at {@code version} unless null). */
    boolean move(long id, RunStatus from, RunStatus to, Long version, String by, Instant at);

    void ranAs(long id, long executionId);

    /** Counts the run's lines and letters into its row. */
    void count(long id);

    /**
     * After a run is proposed and after it is posted: the database learns the new proposal lines and invoice levels
     * at once, so that posting and the next proposal read them by their indexes (on PostgreSQL, before autovacuum
     * did, unanalysed rows made each page's level read scan them all, 6 s of a 12 s proposal over 100 000 customers,
     * and posting a line scan the run's lines).
     */
    void refreshStatistics();

    void insertLines(long run, List<NewLine> lines);

    String lastAccount(long run);

    Page<ProposalLineView> lines(String company, long run, LineStatus status, String account, CustomerScope scope,
                                 PageRequest page);

    Optional<ProposalLineView> line(long run, int line);

    /** Moves a line from one of {@code from} to {@code to}; false when it was elsewhere (another poster, an edit). */
    boolean moveLine(long run, int line, List<LineStatus> from, LineStatus to, Long letter, String by, String reason);

    List<Integer> linesIn(long run, List<LineStatus> statuses, int limit);
}
