package org.dunwell.server.collections;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.dunwell.collections.api.AgingSnapshotView;
import org.dunwell.collections.api.AgingSnapshots;
import org.dunwell.kernel.api.ConflictException;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.PageRequest;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.CustomerFilter;
import org.dunwell.ledger.api.CustomerScope;
import org.dunwell.ledger.api.Customers;
import org.dunwell.server.jobs.JobNotStarted;
import org.dunwell.server.jobs.JobRequest;
import org.dunwell.server.jobs.Jobs;

/**
 * Runs of aging snapshots: a snapshot is created RUNNING and its job started; a job the runtime will not start
 * leaves no snapshot behind (503). A failed or stopped run restarts from its last committed page. What a run's
 * status is comes from its job.
 */
@ApplicationScoped
public class SnapshotRuns {

    @Inject
    AgingSnapshots snapshots;

    @Inject
    Customers customers;

    @Inject
    Jobs jobs;

    /** Creates the snapshot and starts its job; its view, RUNNING. */
    public AgingSnapshotView start(String company, LocalDate asOf, String definition, String pool, Integer pageSize,
                                   UserName actor) {
        if (pageSize != null && (pageSize < 1 || pageSize > AgingSnapshots.MAX_PAGE_SIZE)) {
            throw InvalidInputException.ofField("pageSize", "must be 1 to " + AgingSnapshots.MAX_PAGE_SIZE);
        }
        AgingSnapshotView view = snapshots.create(company, asOf, definition, pool, actor);
        int size = pageSize == null ? AgingSnapshots.PAGE_SIZE : pageSize;
        long total = customers.list(new CustomerFilter(company, null, null, null, null, CustomerScope.ALL),
                PageRequest.first(1)).total();
        JobRequest request = JobRequest.of(AgingSnapshotJob.NAME, company, view.asOf())
                .on("aging-snapshot", Long.toString(view.id()))
                .with(AgingSnapshotJob.SNAPSHOT, Long.toString(view.id()))
                .with(AgingSnapshotJob.PAGE_SIZE, Integer.toString(size))
                .ofSize(Math.max(1, (total + size - 1) / size));
        try {
            recordExecution(snapshots, view.id(), jobs.start(request));
        } catch (JobNotStarted e) {
            snapshots.notStarted(view.id(), "the batch runtime could not start the job: " + e.reason(), actor);
            throw e;
        }
        return withStatus(snapshots.get(company, view.id()));
    }

    /**
     * Records which execution writes the snapshot. The job's own listener records the same at its start, in
     * another transaction: when both write at once, one loses on the version; written again, the value is
     * already there and nothing changes. (A small snapshot's job may start before this request's write.)
     */
    static void recordExecution(AgingSnapshots snapshots, long snapshot, long execution) {
        try {
            snapshots.ranAs(snapshot, execution);
        } catch (RuntimeException raced) {
            snapshots.ranAs(snapshot, execution);
        }
    }

    /** Restarts a failed or stopped run; the snapshot, RUNNING again. */
    public AgingSnapshotView restart(String company, long id) {
        AgingSnapshotView view = withStatus(snapshots.get(company, id));
        if (!"FAILED".equals(view.status()) && !"STOPPED".equals(view.status())) {
            throw new ConflictException("snapshot " + id + " is " + view.status() + "; only a failed or stopped run"
                    + " restarts");
        }
        recordExecution(snapshots, id, jobs.restart(view.executionId()));
        return withStatus(snapshots.get(company, id));
    }

    /** The snapshot with the status of its run: a RUNNING snapshot whose job failed or stopped shows that. */
    public AgingSnapshotView withStatus(AgingSnapshotView view) {
        if (!"RUNNING".equals(view.status()) || view.executionId() == null) {
            return view;
        }
        String shown = switch (jobs.status(view.executionId())) {
            case "FAILED", "ABANDONED" -> "FAILED";
            case "STOPPED", "STOPPING" -> "STOPPED";
            default -> view.status();
        };
        return new AgingSnapshotView(view.id(), view.company(), view.asOf(), view.definition(), view.buckets(),
                view.pool(), shown, view.executionId(), view.customers(), view.createdBy(), view.createdAt(),
                view.completedAt());
    }
}
