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
import org.dunwell.integrations.api.AgencyHandovers;
import org.dunwell.integrations.api.AgencyRound;
import org.dunwell.kernel.api.UserName;
import org.dunwell.ledger.api.Companies;
import org.dunwell.server.platform.SchemaReady;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A round with each company's collection agencies every {@code dunwell.agency.pollMinutes} (default 15; 0 disables
 * it), on each server, as the system user: approved hand-overs the agency has not taken are sent, its updates applied.
 * Two servers may ask at once: each update is kept once by the agency's id of it, so a recovery is booked once.
 */
@ApplicationScoped
public class AgencyRounds {

    private static final Logger LOG = Logger.getLogger(AgencyRounds.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    AgencyHandovers handovers;

    @Inject
    Companies companies;

    @Inject
    @ConfigProperty(name = "dunwell.agency.pollMinutes", defaultValue = "15")
    int pollMinutes;

    private ScheduledFuture<?> rounds;

    void schedule(@Observes SchemaReady ready) {
        if (pollMinutes > 0) {
            rounds = scheduler.scheduleWithFixedDelay(this::round, pollMinutes, pollMinutes, TimeUnit.MINUTES);
        }
    }

    AgencyRound round() {
        AgencyRound total = AgencyRound.nothing();
        try {
            for (String company : companies.codes()) {
                AgencyRound round = handovers.poll(company, UserName.SYSTEM);
                if (round.error() != null) {
                    LOG.log(Level.INFO, "The agency round of {0} ended early: {1}",
                            new Object[] {company, round.error()});
                }
                total = total.plus(round);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "An agency round failed; the next one tries again", e);
        }
        return total;
    }

    @PreDestroy
    void stop() {
        if (rounds != null) {
            rounds.cancel(false);
        }
    }
}
