package org.dunwell.server.jobs;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * What a run is asked to do: its job, the company it works for and the day it works as of (which every run
 * carries, so that /jobs can show them), what it works on, its size when known, and the job's own parameters.
 */
public record JobRequest(String job, String company, LocalDate asOf, String targetKind, String targetId,
                         Long totalItems, Map<String, String> parameters) {

    public JobRequest {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(asOf, "asOf");
        parameters = Map.copyOf(parameters);
    }

    public static JobRequest of(String job, String company, LocalDate asOf) {
        return new JobRequest(job, company, asOf, null, null, null, Map.of());
    }

    /** With one more job parameter. */
    public JobRequest with(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(parameters);
        more.put(name, value);
        return new JobRequest(job, company, asOf, targetKind, targetId, totalItems, more);
    }

    /** Working on one thing (an aging snapshot and its id). */
    public JobRequest on(String kind, String id) {
        return new JobRequest(job, company, asOf, kind, id, totalItems, parameters);
    }

    /** Of a known size, in the items its steps count. */
    public JobRequest ofSize(long items) {
        return new JobRequest(job, company, asOf, targetKind, targetId, items, parameters);
    }

    /** The job parameters the batch runtime is given. */
    Properties toProperties() {
        Properties properties = new Properties();
        parameters.forEach(properties::setProperty);
        properties.setProperty(JobRuns.COMPANY, company);
        properties.setProperty(JobRuns.AS_OF, asOf.toString());
        if (targetKind != null) {
            properties.setProperty(JobRuns.TARGET_KIND, targetKind);
            properties.setProperty(JobRuns.TARGET_ID, targetId);
        }
        if (totalItems != null) {
            properties.setProperty(JobRuns.TOTAL_PARAMETER, Long.toString(totalItems));
        }
        return properties;
    }
}
