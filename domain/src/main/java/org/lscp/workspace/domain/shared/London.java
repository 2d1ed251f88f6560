package org.lscp.workspace.domain.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Times are stored in UTC and shown in Europe/London; days typed by members are London days. */
public final class London {
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private London() {
    }

    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    public static Instant startOfDayAfter(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZONE).toInstant();
    }
}
