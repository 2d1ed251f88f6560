package org.lscp.workspace.domain.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Times are stored in UTC and shown in Europe/London; days typed by members are London days. */
public final class London {
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private London() {
    }

    private static final java.time.format.DateTimeFormatter MOMENT =
            java.time.format.DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", java.util.Locale.UK);

    /** A moment as London shows it, for messages: "Tue 24 Nov 2026, 14:00". */
    public static String format(Instant at) {
        return MOMENT.format(at.atZone(ZONE));
    }

    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("EEE d MMM yyyy", java.util.Locale.UK);

    /** A day for messages: "Mon 4 Jan 2027". */
    public static String format(LocalDate day) {
        return DAY.format(day);
    }

    /** Today in London, by the given clock. */
    public static LocalDate today(java.time.Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    public static Instant startOfDayAfter(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZONE).toInstant();
    }
}
