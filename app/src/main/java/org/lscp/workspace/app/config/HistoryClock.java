package org.lscp.workspace.app.config;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The workspace's clock in demo mode: the configured clock, except on the one thread the demo holds at a past moment
 * ({@link #at}) while it writes its history through the real use cases. So the demo's records are made by the same
 * rules as a member's, as of the day they happened, while every other thread — members signing in, the minute sweep —
 * keeps the real time.
 */
public final class HistoryClock extends Clock {
    private final Clock base;
    private final ThreadLocal<Instant> held = new ThreadLocal<>();

    HistoryClock(Clock base) {
        this.base = base;
    }

    /** Runs {@code write} on this thread as of {@code moment}. */
    public <T> T at(Instant moment, Supplier<T> write) {
        Instant before = held.get();
        held.set(moment);
        try {
            return write.get();
        } finally {
            if (before == null) held.remove(); else held.set(before);
        }
    }

    /** As {@link #at(Instant, Supplier)}, for a write that answers nothing. */
    public void run(Instant moment, Runnable write) {
        at(moment, () -> {
            write.run();
            return null;
        });
    }

    @Override
    public Instant instant() {
        Instant moment = held.get();
        return moment != null ? moment : base.instant();
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(getZone()) ? this : base.withZone(zone);
    }
}
