package org.lscp.workspace.domain.frontdoor.model;

import java.time.Duration;
import java.time.Instant;
import org.lscp.workspace.domain.shared.Check;
import org.lscp.workspace.domain.shared.WorkingCalendar;

/**
 * The partnership's decision timescales by RAG (defaults: RED 4 working hours, AMBER 1 working day, GREEN 3
 * working days), counted on its working-day calendar (09:00–17:00, weekdays, not bank holidays).
 */
public record DecisionTimescales(int redWorkingHours, int amberWorkingDays, int greenWorkingDays) {
    public static final DecisionTimescales DEFAULTS = new DecisionTimescales(4, 1, 3);
    /** The longest each may be (the shortest is 1); the settings form offers the same range. */
    public static final int MAX_RED_HOURS = 40;
    public static final int MAX_AMBER_DAYS = 10;
    public static final int MAX_GREEN_DAYS = 20;

    public DecisionTimescales {
        new Check().that(redWorkingHours >= 1 && redWorkingHours <= MAX_RED_HOURS, "redWorkingHours",
                        "Red needs 1 to " + MAX_RED_HOURS + " working hours.")
                .that(amberWorkingDays >= 1 && amberWorkingDays <= MAX_AMBER_DAYS, "amberWorkingDays",
                        "Amber needs 1 to " + MAX_AMBER_DAYS + " working days.")
                .that(greenWorkingDays >= 1 && greenWorkingDays <= MAX_GREEN_DAYS, "greenWorkingDays",
                        "Green needs 1 to " + MAX_GREEN_DAYS + " working days.")
                .done();
    }

    public Instant deadline(Rag rag, Instant receivedAt, WorkingCalendar calendar) {
        return switch (rag) {
            case RED -> calendar.addWorkingHours(receivedAt, Duration.ofHours(redWorkingHours));
            case AMBER -> calendar.addWorkingDays(receivedAt, amberWorkingDays);
            case GREEN -> calendar.addWorkingDays(receivedAt, greenWorkingDays);
        };
    }
}
