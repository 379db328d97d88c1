package org.dunwell.server.dunning;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.dunwell.dunning.api.LetterRuns;
import org.dunwell.dunning.api.LineStatus;
import org.dunwell.kernel.api.UserName;
import org.dunwell.server.jobs.JobRuns;
import org.dunwell.server.jobs.TestFaults;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code letter-run} batch job (META-INF/batch-jobs/letter-run.xml). Both phases first lift the credit holds
 * of customers whose blocking letters are paid. Phase {@code propose}: the proposal page
 * by page from where the last committed page ended, then PROPOSED. Phase {@code post}: the lines still PROPOSED,
 * each in a transaction of its own, then POSTED. A run stopped, failed or killed half way is restarted and goes
 * on; nothing it committed is made again. A test may ask it to fail after N pages or lines (TestFaults).
 */
@Named("letterRunJob")
@Dependent
public class LetterRunJob extends AbstractBatchlet {

    public static final String NAME = "letter-run";
    public static final String RUN = "run";
    public static final String PHASE = "phase";
    public static final String ACTOR = "actor";

    @Inject
    LetterRuns runs;

    @Inject
    JobContext job;

    @Inject
    @BatchProperty(name = JobRuns.COMPANY)
    String company;

    @Inject
    @BatchProperty(name = RUN)
    String run;

    @Inject
    @BatchProperty(name = PHASE)
    String phase;

    @Inject
    @BatchProperty(name = ACTOR)
    String actor;

    @Inject
    @BatchProperty(name = TestFaults.FAIL_AFTER_PAGES)
    String failAfterPages;

    @Inject
    @BatchProperty(name = TestFaults.SLOW_LINES)
    String slowLines;

    @Inject
    @ConfigProperty(name = TestFaults.SETTING, defaultValue = "false")
    boolean faultsEnabled;

    private volatile boolean stopping;

    @Override
    public String process() {
        long id = Long.parseLong(run);
        int failAfter = faultsEnabled && failAfterPages != null ? Integer.parseInt(failAfterPages) : 0;
        runs.releasePaidHolds(company, actor == null || actor.isBlank() ? UserName.SYSTEM : UserName.of(actor));
        String outcome = "post".equals(phase) ? post(id, failAfter) : propose(id, failAfter);
        job.setExitStatus(outcome);
        return outcome;
    }

    private String propose(long id, int failAfter) {
        String after = runs.proposedUpTo(company, id);
        int pages = 0;
        do {
            if (stopping) {
                return "STOPPED";
            }
            after = runs.proposePage(company, id, after, LetterRuns.PAGE_SIZE);
            if (failAfter > 0 && ++pages == failAfter) {
                throw new IllegalStateException("test fault: failing after " + pages + " page(s)");
            }
        } while (after != null);
        return "proposed " + runs.proposed(company, id).lines() + " line(s)";
    }

    private String post(long id, int failAfter) {
        UserName by = actor == null || actor.isBlank() ? UserName.SYSTEM : UserName.of(actor);
        int posted = 0;
        List<Integer> lines = runs.linesToPost(company, id, LetterRuns.PAGE_SIZE);
        while (!lines.isEmpty()) {
            for (int line : lines) {
                if (stopping) {
                    return "STOPPED";
                }
                if (runs.postLine(company, id, line, by) == LineStatus.POSTED && failAfter > 0
                        && ++posted == failAfter) {
                    throw new IllegalStateException("test fault: failing after " + posted + " line(s)");
                }
                pauseIfAsked();
            }
            lines = runs.linesToPost(company, id, LetterRuns.PAGE_SIZE);
        }
        return "posted " + runs.posted(company, id).letters() + " letter(s)";
    }

    /** The test fault {@code slow-lines}: a pause after each line, so that a test can kill the server mid-posting. */
    private void pauseIfAsked() {
        if (faultsEnabled && slowLines != null) {
            try {
                Thread.sleep(Long.parseLong(slowLines));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void stop() {
        stopping = true;
    }
}
