package org.lscp.workspace.domain.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * The one clock every rule reads: the system's, or — when the setting {@value #SETTING} names an instant — a clock
 * that starts at that instant and runs on from it. The application, its demo data and its tests all take it, so the
 * whole product (and the whole test suite) can be run as if it were, say, 16:59 on a Friday or a bank-holiday
 * evening: {@code -Dworkspace.clock=2026-12-26T18:45:00Z}.
 */
public final class WorkspaceClock {
    public static final String SETTING = "workspace.clock";

    private WorkspaceClock() {
    }

    /**
     * The system clock when {@code chosen} is empty; otherwise one that reads {@code chosen} now and ticks on.
     * Accepts an instant ({@code 2026-12-26T16:59:00Z}), a time with an offset ({@code 2027-03-28T01:30+01:00}) or a
     * London wall-clock time ({@code 2026-12-26T16:59}).
     *
     * @throws IllegalArgumentException naming the setting and an example, when {@code chosen} is not one of these
     */
    public static Clock of(@Nullable String chosen, Clock system) {
        if (chosen == null || chosen.isBlank()) return system;
        Instant start = parse(chosen.strip());
        return Clock.offset(system, Duration.between(system.instant(), start));
    }

    static Instant parse(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notAnInstant) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException notOffset) {
                try {
                    return LocalDateTime.parse(text).atZone(London.ZONE).toInstant();
                } catch (DateTimeParseException notLocal) {
                    throw new IllegalArgumentException("The setting " + SETTING + " is \u201c" + text + "\u201d, which is"
                            + " not a moment in time. Give one like 2026-12-26T16:59:00Z (UTC), 2027-03-28T01:30+01:00"
                            + " or 2026-12-26T16:59 (London time), or leave it out to use the real time.");
                }
            }
        }
    }
}
