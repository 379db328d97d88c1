package org.dunwell.server.collections;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dunwell.collections.api.PromiseEvaluation;
import org.dunwell.collections.api.Promises;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.kernel.api.UserName;
import org.dunwell.server.platform.SchemaReady;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Evaluates every company's open promises once a day, as of the business date, at the time
 * {@code dunwell.promises.evaluationTime} (UTC, default 01:00; {@code off} disables it). A
 * failure is logged and tried again the next day; it never stops the server. Running on several
 * servers at once is safe: each promise is decided once.
 */
@ApplicationScoped
public class DailyPromiseEvaluation {

    private static final Logger LOG = Logger.getLogger(DailyPromiseEvaluation.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Promises promises;

    @Inject
    BusinessClock clock;

    @Inject
    @ConfigProperty(name = "dunwell.promises.evaluationTime", defaultValue = "01:00")
    String evaluationTime;

    private ScheduledFuture<?> daily;

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

    void run() {
        try {
            PromiseEvaluation result = promises.evaluate(null, clock.today(), UserName.SYSTEM);
            LOG.info(() -> "Daily promise evaluation as of " + result.asOf() + ": " + result.evaluated()
                    + " evaluated, " + result.kept() + " kept, " + result.broken() + " broken");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Daily promise evaluation failed; it runs again tomorrow", e);
        }
    }

    @PreDestroy
    void stop() {
        if (daily != null) {
            daily.cancel(false);
        }
    }
}
