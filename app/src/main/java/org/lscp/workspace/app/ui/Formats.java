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

    private Formats() {
    }

    public static String date(java.time.LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

}
