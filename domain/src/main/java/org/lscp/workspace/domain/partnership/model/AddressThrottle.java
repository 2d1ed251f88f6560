package org.lscp.workspace.domain.partnership.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Failed sign-ins from one network address, whatever emails they tried (password spraying: one guess against many
 * accounts never trips a per-email lock). The first {@code freeFailures} cost nothing; each failure after them makes
 * the address wait before its next attempt — {@code firstWait} (a second), then twice as long each time, up to
 * {@code maxWait} — and while it waits no
 * password from it is checked at all, right or wrong, so waiting cannot be skipped by guessing faster. The count is
 * forgotten once the address has been quiet for {@code forgetAfter}. A success does not reset it (one known account
 * must not buy more guesses at the others). Kept in the sign-in throttle store under {@link #key}; its
 * {@code lockedUntil} is the end of the wait, or the time of the last failure while no wait applies.
 */
public record AddressThrottle(int freeFailures, Duration firstWait, Duration maxWait, Duration forgetAfter) {
    public static final AddressThrottle DEFAULT = new AddressThrottle(20, Duration.ofSeconds(1), Duration.ofMinutes(1),
            Duration.ofMinutes(15));

    public AddressThrottle {
        if (freeFailures < 1 || firstWait.isNegative() || maxWait.isNegative() || forgetAfter.isNegative()) {
            throw new IllegalArgumentException("An address throttle needs at least 1 free failure and no negative time.");
        }
    }

    public static String key(String address) {
        return "address:" + address;
    }

    /** Until when the address must wait before its next attempt is looked at; empty when it may try now. */
    public Optional<Instant> waitUntil(LoginThrottle throttle, Instant now) {
        return throttle.failures() > freeFailures && throttle.lockedUntil() != null
                && now.isBefore(throttle.lockedUntil()) ? Optional.of(throttle.lockedUntil()) : Optional.empty();
    }

    /** Counts one more failure from the address and sets the wait it earns. */
    public LoginThrottle failedAt(LoginThrottle throttle, Instant now) {
        boolean forgotten = throttle.lockedUntil() != null && !now.isBefore(throttle.lockedUntil().plus(forgetAfter));
        int failures = (forgotten ? 0 : throttle.failures()) + 1;
        Duration wait = failures <= freeFailures ? Duration.ZERO
                : min(firstWait.multipliedBy(1L << Math.min(failures - freeFailures - 1, 30)), maxWait);
        return new LoginThrottle(throttle.email(), failures, now.plus(wait));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
