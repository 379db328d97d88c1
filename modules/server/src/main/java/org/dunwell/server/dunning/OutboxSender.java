package org.dunwell.server.dunning;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dunwell.dunning.api.Outbox;
import org.dunwell.kernel.api.BusinessClock;
import org.dunwell.server.platform.SchemaReady;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers the outbox every {@code dunwell.outbox.intervalSeconds} (default 10; 0 disables it) on each server, by
 * the business clock the messages were written by (a demo's moved date moves them too):
 * the outbox's claims keep two servers from sending the same email. A round that fails (the database away) is
 * logged and the next one tries again; a mail server that is down fails single messages, which wait their backoff.
 */
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    private static final int ROUND = 200;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Outbox outbox;

    @Inject
    BusinessClock clock;

    @Inject
    @ConfigProperty(name = "dunwell.outbox.intervalSeconds", defaultValue = "10")
    int intervalSeconds;

    private final String server = ManagementFactory.getRuntimeMXBean().getName();
    private ScheduledFuture<?> rounds;

    void schedule(@Observes SchemaReady ready) {
        if (intervalSeconds > 0) {
            rounds = scheduler.scheduleWithFixedDelay(this::round, intervalSeconds, intervalSeconds,
                    TimeUnit.SECONDS);
        }
    }

    /** One round: what is due now, sent; how many went out. */
    int round() {
        try {
            int sent;
            int total = 0;
            do {
                sent = outbox.deliverDue(clock.now(), ROUND, server);
                total += sent;
            } while (sent == ROUND);
            return total;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "An outbox round failed; the next one tries again", e);
            return 0;
        }
    }

    @PreDestroy
    void stop() {
        if (rounds != null) {
            rounds.cancel(false);
        }
    }
}
