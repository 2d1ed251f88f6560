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

    public DecisionTimescales {
        new Check().that(redWorkingHours >= 1 && redWorkingHours <= 40, "redWorkingHours",
                        "Red needs 1 to 40 working hours.")
                .that(amberWorkingDays >= 1 && amberWorkingDays <= 10, "amberWorkingDays",
                        "Amber needs 1 to 10 working days.")
                .that(greenWorkingDays >= 1 && greenWorkingDays <= 20, "greenWorkingDays",
                        "Green needs 1 to 20 working days.")
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
