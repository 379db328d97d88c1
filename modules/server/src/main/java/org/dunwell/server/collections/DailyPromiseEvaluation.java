package org.dunwell.server.collections;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.Companies;
import org.dunwell.ledger.api.JobClaims;
import org.dunwell.server.jobs.JobRequest;
import org.dunwell.server.jobs.Jobs;
import org.dunwell.server.platform.SchemaReady;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts the promise-evaluation job of every company once a day, as of the business date, at the time
 * {@code dunwell.promises.evaluationTime} (UTC, default 01:00; {@code off} disables it), through the same
 * {@link Jobs} port a manager's request uses, so each run shows in /jobs. However many servers run the schedule,
 * each company's evaluation of a business date is started once: the server that claims it ({@link JobClaims})
 * starts it. A company whose job does not start is logged and left to the next day; the others go on.
 */
@ApplicationScoped
public class DailyPromiseEvaluation {

    private static final Logger LOG = Logger.getLogger(DailyPromiseEvaluation.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    private Jobs jobs;
    private JobClaims claims;
    private Companies companies;
    private BusinessClock clock;
    private String evaluationTime;
    private String server;
    private ScheduledFuture<?> daily;

    protected DailyPromiseEvaluation() {
    }

    @Inject
    public DailyPromiseEvaluation(Jobs jobs, JobClaims claims, Companies companies, BusinessClock clock,
                                  @ConfigProperty(name = "dunwell.promises.evaluationTime", defaultValue = "01:00")
                                  String evaluationTime) {
        this.jobs = jobs;
        this.claims = claims;
        this.companies = companies;
        this.clock = clock;
        this.evaluationTime = evaluationTime;
        this.server = ManagementFactory.getRuntimeMXBean().getName();
    }

    void schedule(@Observes SchemaReady ready) {
        if ("off".equalsIgnoreCase(evaluationTime.trim())) {
            return;
        }
        LocalTime at = LocalTime.parse(evaluationTime.trim());
        ZonedDateTime now = ZonedDateTime.now(clock.zone());
        ZonedDateTime next = now.toLocalDate().atTime(at).atZone(clock.zone());
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        daily = scheduler.scheduleAtFixedRate(this::run, Duration.between(now, next).toMillis(),
                TimeUnit.DAYS.toMillis(1), TimeUnit.MILLISECONDS);
    }

    /** One day's round: the companies this server claimed and started, by code. */
    List<String> run() {
        LocalDate today = clock.today();
        List<String> started = new ArrayList<>();
        try {
            for (String company : companies.codes()) {
                try {
                    if (claims.claim(PromiseEvaluationJob.NAME, company, today, server)) {
                        jobs.start(JobRequest.of(PromiseEvaluationJob.NAME, company, today)
                                .with(PromiseEvaluationJob.ACTOR, UserName.SYSTEM.value()));
                        started.add(company);
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "The promise evaluation of " + company + " as of " + today
                            + " did not start; the next day's run judges its promises", e);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The daily promise evaluation could not list the companies; it runs again"
                    + " tomorrow", e);
        }
        LOG.info(() -> "Daily promise evaluation as of " + today + " started for " + started);
        return started;
    }

    @PreDestroy
    void stop() {
        if (daily != null) {
            daily.cancel(false);
        }
    }
}
