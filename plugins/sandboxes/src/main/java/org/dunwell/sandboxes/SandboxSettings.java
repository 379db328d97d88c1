package org.dunwell.sandboxes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How the sandboxes behave: {@code dunwell.sandbox.delaySeconds}, how long a vendor takes before its decision or its
 * next update (30 s by default), and {@code dunwell.sandbox.oddErrorEvery}, every how many calls a vendor answers 503
 * once (10 by default, 0 never). The sandboxes run on the wall clock, as a vendor would.
 */
@ApplicationScoped
public class SandboxSettings {

    @Inject
    @ConfigProperty(name = "dunwell.sandbox.delaySeconds", defaultValue = "30")
    long delaySeconds;

    @Inject
    @ConfigProperty(name = "dunwell.sandbox.oddErrorEvery", defaultValue = "10")
    int oddErrorEvery;

    public Duration delay() {
        return Duration.ofSeconds(Math.max(0, delaySeconds));
    }

    public int oddErrorEvery() {
        return oddErrorEvery;
    }

    public Clock clock() {
        return Clock.systemUTC();
    }
}
