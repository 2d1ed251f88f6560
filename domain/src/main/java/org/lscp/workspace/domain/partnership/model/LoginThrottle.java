package org.lscp.workspace.domain.partnership.model;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Failed sign-ins for one email address — kept whether or not a member has that email, so the lock
 * gives no hint which addresses exist. Five failures lock sign-in for fifteen minutes.
 */
public record LoginThrottle(String email, int failures, @Nullable Instant lockedUntil) {
    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK = Duration.ofMinutes(15);

    public static LoginThrottle fresh(String email) {
        return new LoginThrottle(email, 0, null);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts one more failure; the fifth locks. A lock that has run out starts the count again. */
    public LoginThrottle failedAt(Instant now) {
        int previous = lockedUntil != null && !now.isBefore(lockedUntil) ? 0 : failures;
        int count = previous + 1;
        return new LoginThrottle(email, count, count >= MAX_FAILURES ? now.plus(LOCK) : null);
    }
}
