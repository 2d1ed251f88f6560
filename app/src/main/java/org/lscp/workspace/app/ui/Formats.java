package org.lscp.workspace.app.ui;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.lscp.workspace.domain.shared.London;

/** How times read on screen: Europe/London, British order. */
public final class Formats {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK)
            .withZone(London.ZONE);

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    /** "Today" in London for views that only show a default (the domain takes its own clock). */
    public static final java.time.Clock LONDON_CLOCK = java.time.Clock.system(London.ZONE);

    private Formats() {
    }

    public static String date(java.time.LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

}
