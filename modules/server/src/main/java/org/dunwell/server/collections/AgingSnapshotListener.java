package org.dunwell.server.collections;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.dunwell.collections.api.AgingSnapshots;

/** Records on the snapshot which execution writes it (the restart's, after a restart). */
@Named("agingSnapshotListener")
@Dependent
public class AgingSnapshotListener extends AbstractJobListener {

    @Inject
    JobContext job;

    @Inject
    AgingSnapshots snapshots;

    @Inject
    @BatchProperty(name = AgingSnapshotJob.SNAPSHOT)
    String snapshot;

    @Override
    public void beforeJob() {
        SnapshotRuns.recordExecution(snapshots, Long.parseLong(snapshot), job.getExecutionId());
    }
}
