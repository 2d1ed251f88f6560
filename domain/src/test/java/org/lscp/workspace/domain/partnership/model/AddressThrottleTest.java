package org.lscp.workspace.domain.partnership.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AddressThrottleTest {
    private static final Instant T0 = Instant.parse("2026-12-07T09:00:00Z");
    private static final AddressThrottle THREE_FREE = new AddressThrottle(3, Duration.ofSeconds(1), Duration.ofSeconds(60),
            Duration.ofMinutes(15));
    private static final String KEY = AddressThrottle.key("203.0.113.9");

    private static LoginThrottle failures(int count, Instant at) {
        LoginThrottle throttle = LoginThrottle.fresh(KEY);
        for (int i = 0; i < count; i++) throttle = THREE_FREE.failedAt(throttle, at);
        return throttle;
    }

    @Test
    void theFreeFailuresCostNoWait() {
        LoginThrottle three = failures(3, T0);

        assertThat(three.failures()).isEqualTo(3);
        assertThat(THREE_FREE.waitUntil(three, T0)).isEmpty();
    }

    @Test
    void eachFailureAfterTheFreeOnesDoublesTheWaitUpToTheMost() {
        assertThat(failures(4, T0).lockedUntil()).isEqualTo(T0.plusSeconds(1));
        assertThat(failures(5, T0).lockedUntil()).isEqualTo(T0.plusSeconds(2));
        assertThat(failures(6, T0).lockedUntil()).isEqualTo(T0.plusSeconds(4));
        assertThat(failures(9, T0).lockedUntil()).isEqualTo(T0.plusSeconds(32));
        assertThat(failures(10, T0).lockedUntil()).isEqualTo(T0.plusSeconds(60));
        assertThat(failures(80, T0).lockedUntil()).as("never more than the most").isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void theAddressWaitsUntilTheEndOfTheWaitAndNotAMomentLonger() {
        LoginThrottle fifth = failures(5, T0);

        assertThat(THREE_FREE.waitUntil(fifth, T0)).contains(T0.plusSeconds(2));
        assertThat(THREE_FREE.waitUntil(fifth, T0.plusMillis(1999))).contains(T0.plusSeconds(2));
        assertThat(THREE_FREE.waitUntil(fifth, T0.plusSeconds(2))).isEmpty();
    }

    @Test
    void theCountIsForgottenAfterAQuietSpell() {
        LoginThrottle many = failures(10, T0);
        Instant quiet = many.lockedUntil().plus(Duration.ofMinutes(15));

        assertThat(THREE_FREE.failedAt(many, quiet.minusMillis(1)).failures()).isEqualTo(11);
        assertThat(THREE_FREE.failedAt(many, quiet).failures()).isEqualTo(1);
        assertThat(THREE_FREE.failedAt(failures(2, T0), T0.plus(Duration.ofMinutes(15))).failures())
                .as("free failures are forgotten too").isEqualTo(1);
    }

    @Test
    void aKeyCannotBeMistakenForAnEmail() {
        assertThat(AddressThrottle.key("2001:db8::1")).isEqualTo("address:2001:db8::1").doesNotContain("@");
    }

    @Test
    void aPolicyNeedsAFreeFailure() {
        assertThatThrownBy(() -> new AddressThrottle(0, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
