package org.dunwell.server.plugins;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dunwell.integrations.api.InsuranceCovers;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.Companies;
import org.dunwell.server.platform.SchemaReady;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Asks insurers about pending cover every {@code dunwell.insurance.refreshMinutes} (default 15; 0 disables it), on
 * each server, company by company, as the system user. Two servers may ask about the same request: the request's
 * version lets one decision through and the other server leaves it. A round that fails is logged and the next one
 * tries again; an insurer that is down ends its company's round.
 */
@ApplicationScoped
public class PendingCoverRefresh {

    private static final Logger LOG = Logger.getLogger(PendingCoverRefresh.class.getName());
    private static final int PER_COMPANY = 200;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    InsuranceCovers covers;

    @Inject
    Companies companies;

    @Inject
    @ConfigProperty(name = "dunwell.insurance.refreshMinutes", defaultValue = "15")
    int refreshMinutes;

    private ScheduledFuture<?> rounds;

    void schedule(@Observes SchemaReady ready) {
        if (refreshMinutes > 0) {
            rounds = scheduler.scheduleWithFixedDelay(this::round, refreshMinutes, refreshMinutes, TimeUnit.MINUTES);
        }
    }

    /** One round over every company; how many requests got a new decision. */
    int round() {
        int decided = 0;
        try {
            for (String company : companies.codes()) {
                decided += covers.refreshPending(company, PER_COMPANY, UserName.SYSTEM);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A refresh of pending insurance cover failed; the next one tries again", e);
        }
        return decided;
    }

    @PreDestroy
    void stop() {
        if (rounds != null) {
            rounds.cancel(false);
        }
    }
}
