package org.dunwell.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private Instant now = Instant.parse("2026-12-03T09:00:00Z");
    private final SignInThrottle throttle = new SignInThrottle(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }).limits(3, 5, 600);

    @Test
    void aUserNameIsHeldBackAfterItsFailuresUntilTheOldestLeavesTheWindow() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.waitFor("anna", "10.0.0.1")).isZero();
            throttle.failed("anna", "10.0.0.1");
            now = now.plusSeconds(60);
        }
        assertThat(throttle.waitFor("anna", "10.0.0.2")).as("from another address too")
                .isEqualTo(Duration.ofSeconds(600 - 180));
        assertThat(throttle.waitFor("bert", "10.0.0.2")).as("another user").isZero();
        now = now.plusSeconds(600 - 180);
        assertThat(throttle.waitFor("anna", "10.0.0.1")).as("the first failure has left the window").isZero();
    }

    @Test
    void anAddressIsHeldBackAfterItsFailuresWhicheverUsersItTried() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("user" + i, "10.0.0.9");
        }
        assertThat(throttle.waitFor("someone-else", "10.0.0.9")).isPositive();
        assertThat(throttle.waitFor("someone-else", "10.0.0.8")).isZero();
    }

    @Test
    void aSuccessfulSignInClearsTheUsersCount() {
        throttle.failed("anna", "10.0.0.1");
        throttle.failed("anna", "10.0.0.1");
        throttle.succeeded("anna");
        throttle.failed("anna", "10.0.0.1");
        throttle.failed("anna", "10.0.0.1");
        assertThat(throttle.waitFor("anna", "10.0.0.1")).isZero();
    }
}
