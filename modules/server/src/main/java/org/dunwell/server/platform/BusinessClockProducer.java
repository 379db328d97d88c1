package org.dunwell.server.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.dunwell.kernel.api.AdjustableClock;
import org.dunwell.kernel.api.BusinessClock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The server's one clock. It runs on UTC and can be set to a business date by
 * configuration ({@code dunwell.business.date}) or, where {@code dunwell.clock.adjustable}
 * allows it, by an administrator at run time (demo and test servers).
 */
@ApplicationScoped
public class BusinessClockProducer {

    private final AdjustableClock clock = new AdjustableClock(Clock.systemUTC());

    @Inject
    @ConfigProperty(name = "dunwell.business.date")
    Optional<LocalDate> configuredDate;

    @jakarta.annotation.PostConstruct
    void applyConfiguredDate() {
        configuredDate.ifPresent(clock::setDate);
    }

    @Produces
    @Singleton
    AdjustableClock adjustableClock() {
        return clock;
    }

    @Produces
    @Singleton
    BusinessClock businessClock() {
        return new BusinessClock(clock);
    }
}
