package org.lscp.workspace.domain.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A limit per member on costly work — building board reports and exporting Annex A, each of which reads a year of
 * records: at most {@code allowed} within any {@code window}. One member's flood (a script, or a key held down) then
 * cannot slow the workspace for everyone else; the member is told how long to wait. Counted per server: behind two
 * servers a member may get up to twice the limit, which still bounds a flood.
 */
public final class CostlyRequests {
    public static final int ALLOWED = 10;
    public static final Duration WINDOW = Duration.ofMinutes(1);
    private final Clock clock;
    private final int allowed;
    private final Duration window;
    private final Map<MemberId, Deque<Instant>> recent = new ConcurrentHashMap<>();

    public CostlyRequests(Clock clock, int allowed, Duration window) {
        if (allowed < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A limit allows at least one request in a positive window");
        }
        this.clock = clock;
        this.allowed = allowed;
        this.window = window;
    }

    public CostlyRequests(Clock clock) {
        this(clock, ALLOWED, WINDOW);
    }

    /** Counts one costly request by the actor, or refuses it, saying how long to wait, when the limit is reached. */
    public void admit(Actor actor) {
        Instant now = clock.instant();
        Instant since = now.minus(window);
        recent.compute(actor.memberId(), (member, times) -> {
            Deque<Instant> kept = times == null ? new ArrayDeque<>() : times;
            while (!kept.isEmpty() && !kept.peekFirst().isAfter(since)) kept.removeFirst();
            if (kept.size() >= allowed) {
                long millis = Duration.between(now, kept.peekFirst().plus(window)).toMillis();
                long seconds = Math.max(1, (millis + 999) / 1000);
                throw new TooManyRequestsException("You have asked for " + allowed + " reports or exports within "
                        + minutes(window) + ". So that the workspace stays quick for everyone, wait " + seconds
                        + (seconds == 1 ? " second" : " seconds") + ", then try again.");
            }
            kept.addLast(now);
            return kept;
        });
        // members who have not asked for a while are forgotten, so the map holds only the last window's members
        recent.values().removeIf(times -> times.isEmpty() || !times.peekLast().isAfter(since));
    }

    private static String minutes(Duration window) {
        long minutes = window.toMinutes();
        return minutes <= 1 ? "a minute" : minutes + " minutes";
    }
}
