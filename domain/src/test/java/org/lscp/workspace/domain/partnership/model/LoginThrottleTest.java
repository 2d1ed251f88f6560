package org.lscp.workspace.domain.partnership.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private static final Instant T0 = Instant.parse("2025-03-03T09:00:00Z");

    private static LoginThrottle failTimes(int times, Instant at) {
        LoginThrottle throttle = LoginThrottle.fresh("ben@example.org");
        for (int i = 0; i < times; i++) {
            throttle = throttle.failedAt(at);
        }
        return throttle;
    }

    @Test
    void freshThrottleIsUnlocked() {
        LoginThrottle throttle = LoginThrottle.fresh("ben@example.org");
        assertThat(throttle.failures()).isZero();
        assertThat(throttle.lockedUntil()).isNull();
        assertThat(throttle.lockedAt(T0)).isFalse();
    }

    @Test
    void fourFailuresDoNotLock() {
        LoginThrottle throttle = failTimes(4, T0);
        assertThat(throttle.failures()).isEqualTo(4);
        assertThat(throttle.lockedUntil()).isNull();
        assertThat(throttle.lockedAt(T0)).isFalse();
    }

    @Test
    void theFifthFailureLocksForExactlyFifteenMinutes() {
        LoginThrottle throttle = failTimes(5, T0);
        assertThat(throttle.failures()).isEqualTo(5);
        assertThat(throttle.lockedUntil()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
        assertThat(LoginThrottle.LOCK).isEqualTo(Duration.ofMinutes(15));
        assertThat(LoginThrottle.MAX_FAILURES).isEqualTo(5);
        assertThat(throttle.lockedAt(T0)).isTrue();
        assertThat(throttle.lockedAt(T0.plus(Duration.ofMinutes(15)).minusNanos(1))).isTrue();
    }

    @Test
    void unlockedAtExactlyLockedUntil() {
        LoginThrottle throttle = failTimes(5, T0);
        assertThat(throttle.lockedAt(throttle.lockedUntil())).isFalse();
        assertThat(throttle.lockedAt(throttle.lockedUntil().plusSeconds(1))).isFalse();
    }

    @Test
    void aFailureAfterTheLockRanOutStartsTheCountAgain() {
        LoginThrottle expired = failTimes(5, T0);
        LoginThrottle again = expired.failedAt(expired.lockedUntil());
        assertThat(again.failures()).isEqualTo(1);
        assertThat(again.lockedUntil()).isNull();
        assertThat(again.lockedAt(expired.lockedUntil())).isFalse();
    }

    @Test
    void afterExpiryItTakesFiveNewFailuresToLockAgain() {
        Instant later = T0.plus(Duration.ofMinutes(20));
        LoginThrottle throttle = failTimes(5, T0);
        for (int i = 0; i < 4; i++) {
            throttle = throttle.failedAt(later);
            assertThat(throttle.lockedAt(later)).isFalse();
        }
        throttle = throttle.failedAt(later);
        assertThat(throttle.failures()).isEqualTo(5);
        assertThat(throttle.lockedUntil()).isEqualTo(later.plus(Duration.ofMinutes(15)));
    }

    @Test
    void failuresSpreadOverTimeStillCount() {
        LoginThrottle throttle = LoginThrottle.fresh("ben@example.org");
        for (int i = 0; i < 5; i++) {
            throttle = throttle.failedAt(T0.plus(Duration.ofHours(i)));
        }
        assertThat(throttle.lockedUntil()).isEqualTo(T0.plus(Duration.ofHours(4)).plus(Duration.ofMinutes(15)));
    }
}
