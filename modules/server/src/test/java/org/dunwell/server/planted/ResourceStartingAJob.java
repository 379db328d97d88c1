package org.dunwell.server.planted;

import jakarta.batch.runtime.BatchRuntime;
import java.util.Properties;

/** Planted for ArchitectureTest: starts a batch job by itself instead of through the jobs port. */
public class ResourceStartingAJob {

    public long start() {
        return BatchRuntime.getJobOperator().start("aging-snapshots", new Properties());
    }
}
