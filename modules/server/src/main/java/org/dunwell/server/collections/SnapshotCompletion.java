package org.dunwell.server.collections;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.dunwell.collections.api.AgingSnapshots;

/** The last step: the snapshot is complete (done twice, it stays as it was). */
@Named("snapshotCompletion")
@Dependent
public class SnapshotCompletion extends AbstractBatchlet {

    @Inject
    AgingSnapshots snapshots;

    @Inject
    @BatchProperty(name = AgingSnapshotJob.SNAPSHOT)
    String snapshot;

    @Override
    public String process() {
        return snapshots.complete(Long.parseLong(snapshot)).status();
    }
}
