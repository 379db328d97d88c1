package org.dunwell.server.jobs;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Page;
import org.dunwell.kernel.api.PageRequest;

/**
 * Every Jakarta Batch run the job repository holds, newest first. Progress comes from the
 * steps' metrics; a job that knows its size passes it as the job parameter
 * {@value #TOTAL_PARAMETER}.
 */
@ApplicationScoped
public class JobRuns {

    public static final String TOTAL_PARAMETER = "dunwell.totalItems";
    /** The job parameter every run of ours carries: the company it works for. */
    public static final String COMPANY = "company";
    /** The job parameter of the day a run works as of. */
    public static final String AS_OF = "asOf";
    /** The job parameters of what a run works on: its kind and id (an aging snapshot and its id). */
    public static final String TARGET_KIND = "dunwell.target.kind";
    public static final String TARGET_ID = "dunwell.target.id";
    private static final List<String> STATUSES =
            List.of("STARTING", "STARTED", "STOPPING", "STOPPED", "FAILED", "COMPLETED", "ABANDONED");

    /** The runs of one company, newest first (by id), of one kind and status when given. */
    public Page<JobRunView> list(String company, Optional<String> kind, Optional<String> status, PageRequest page) {
        page.requireSortAmong(List.of("id"));
        Optional<String> wantedStatus = status.map(s -> s.trim().toUpperCase(Locale.ROOT));
        wantedStatus.ifPresent(s -> {
            if (!STATUSES.contains(s)) {
                throw InvalidInputException.ofField("status", "must be one of " + STATUSES);
            }
        });
        JobOperator operator = BatchRuntime.getJobOperator();
        List<JobRunView> runs = new ArrayList<>();
        for (String name : operator.getJobNames()) {
            if (kind.isPresent() && !kind.get().equals(name)) {
                continue;
            }
            int instances = countInstances(operator, name);
            for (JobInstance instance : operator.getJobInstances(name, 0, instances)) {
                for (JobExecution execution : operator.getJobExecutions(instance)) {
                    JobRunView view = toView(operator, instance, execution);
                    if (company.equals(view.company())
                            && (wantedStatus.isEmpty() || wantedStatus.get().equals(view.status()))) {
                        runs.add(view);
                    }
                }
            }
        }
        Comparator<JobRunView> byId = Comparator.comparingLong(JobRunView::id);
        boolean ascending = page.sort().map(PageRequest.Sort::ascending).orElse(false);
        runs.sort(ascending ? byId : byId.reversed());
        return Page.slice(runs, page);
    }

    private static int countInstances(JobOperator operator, String name) {
        try {
            return operator.getJobInstanceCount(name);
        } catch (NoSuchJobException e) {
            return 0;
        }
    }

    static JobRunView toView(JobOperator operator, JobInstance instance, JobExecution execution) {
        long processed = 0;
        for (StepExecution step : operator.getStepExecutions(execution.getExecutionId())) {
            processed += metric(step, Metric.MetricType.WRITE_COUNT);
        }
        Properties parameters = execution.getJobParameters() == null ? new Properties() : execution.getJobParameters();
        String asOf = parameters.getProperty(AS_OF);
        String targetKind = parameters.getProperty(TARGET_KIND);
        return new JobRunView(execution.getExecutionId(), instance.getInstanceId(), execution.getJobName(),
                parameters.getProperty(COMPANY), asOf == null ? null : LocalDate.parse(asOf),
                targetKind == null ? null : new JobRunView.Target(targetKind, parameters.getProperty(TARGET_ID)),
                execution.getBatchStatus() == null ? "UNKNOWN" : execution.getBatchStatus().name(),
                JobRunView.Progress.of(processed, total(execution.getJobParameters())),
                execution.getStartTime() == null ? null : execution.getStartTime().toInstant(),
                execution.getEndTime() == null ? null : execution.getEndTime().toInstant(),
                execution.getExitStatus());
    }

    private static long metric(StepExecution step, Metric.MetricType type) {
        if (step.getMetrics() == null) {
            return 0;
        }
        for (Metric metric : step.getMetrics()) {
            if (metric.getType() == type) {
                return metric.getValue();
            }
        }
        return 0;
    }

    private static Long total(Properties parameters) {
        if (parameters == null || parameters.getProperty(TOTAL_PARAMETER) == null) {
            return null;
        }
        try {
            return Long.parseLong(parameters.getProperty(TOTAL_PARAMETER));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
