package org.dunwell.server.collections;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.dunwell.collections.api.AgingSnapshots;
import org.dunwell.server.jobs.CursorPosition;
import org.dunwell.server.jobs.TestFaults;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Writes the pages read, in the chunk's transaction, and moves the position on. */
@Named("snapshotPageWriter")
@Dependent
public class SnapshotPageWriter extends AbstractItemWriter {

    @Inject
    StepContext step;

    @Inject
    AgingSnapshots snapshots;

    @Inject
    @BatchProperty(name = AgingSnapshotJob.SNAPSHOT)
    String snapshot;

    @Inject
    @BatchProperty(name = TestFaults.FAIL_AFTER_PAGES)
    String failAfterPages;

    @Inject
    @ConfigProperty(name = TestFaults.SETTING, defaultValue = "false")
    boolean faultsEnabled;

    @Override
    public void writeItems(List<Object> items) {
        CursorPosition position = (CursorPosition) step.getTransientUserData();
        for (Object item : items) {
            int failAfter = faultsEnabled && failAfterPages != null ? Integer.parseInt(failAfterPages) : 0;
            if (failAfter > 0 && position.pages() >= failAfter) {
                throw new IllegalStateException("injected fault after " + position.pages() + " pages");
            }
            AgingSnapshots.SnapshotPage page = (AgingSnapshots.SnapshotPage) item;
            snapshots.write(Long.parseLong(snapshot), page);
            position.written(page.cursor());
        }
    }
}
