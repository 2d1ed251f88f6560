package org.lscp.workspace.domain.frontdoor.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.lscp.workspace.domain.shared.Check;
import org.lscp.workspace.domain.shared.WorkingCalendar;

/**
 * The partnership's decision timescales by RAG (defaults: RED 4 hours, AMBER 1 working day, GREEN 3 working days).
 * AMBER and GREEN are counted on the working-day calendar (09:00–17:00, weekdays, not bank holidays). A RED contact
 * whose hours run past the working day is the emergency duty team's: by the default rule its hours are then real
 * hours, so a RED concern on a Saturday at 12:47 is due at 16:47 that Saturday, not on Monday. A partnership whose
 * MASH holds red contacts until it opens may choose {@link RedOutOfHours#MASH_WORKING_HOURS} instead.
 */
public record DecisionTimescales(int redHours, int amberWorkingDays, int greenWorkingDays, RedOutOfHours redOutOfHours,
                                 int historyYears) {
    /** How far back a contact's receipt may be by default: older ones are refused as mistyped (1900 for 2019). */
    public static final int DEFAULT_HISTORY_YEARS = 10;
    public static final int MAX_HISTORY_YEARS = 50;
    public static final DecisionTimescales DEFAULTS = new DecisionTimescales(4, 1, 3, RedOutOfHours.EMERGENCY_DUTY_TEAM);
    /** The longest each may be (the shortest is 1); the settings form offers the same range. */
    public static final int MAX_RED_HOURS = 40;
    public static final int MAX_AMBER_DAYS = 10;
    public static final int MAX_GREEN_DAYS = 20;

    /** Who has a RED contact whose hours run past the working day, and so how its hours are counted. */
    public enum RedOutOfHours {
        EMERGENCY_DUTY_TEAM("The emergency duty team: due in real hours, day or night"),
        MASH_WORKING_HOURS("The MASH when it next opens: due in working hours");

        private final String label;

        RedOutOfHours(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public DecisionTimescales {
        new Check().that(redHours >= 1 && redHours <= MAX_RED_HOURS, "redHours",
                        "Red needs 1 to " + MAX_RED_HOURS + " hours.")
                .that(amberWorkingDays >= 1 && amberWorkingDays <= MAX_AMBER_DAYS, "amberWorkingDays",
                        "Amber needs 1 to " + MAX_AMBER_DAYS + " working days.")
                .that(greenWorkingDays >= 1 && greenWorkingDays <= MAX_GREEN_DAYS, "greenWorkingDays",
                        "Green needs 1 to " + MAX_GREEN_DAYS + " working days.")
                .present("redOutOfHours", redOutOfHours, "Choose who has a red contact out of hours.")
                .that(historyYears >= 1 && historyYears <= MAX_HISTORY_YEARS, "historyYears",
                        "Keep 1 to " + MAX_HISTORY_YEARS + " years of contacts.")
                .done();
    }

    /** The timescales with the default history ({@value #DEFAULT_HISTORY_YEARS} years). */
    public DecisionTimescales(int redHours, int amberWorkingDays, int greenWorkingDays, RedOutOfHours redOutOfHours) {
        this(redHours, amberWorkingDays, greenWorkingDays, redOutOfHours, DEFAULT_HISTORY_YEARS);
    }

    /**
     * The first day a contact may have been received on, recorded or imported: {@code historyYears} back from today
     * (the partnership's import horizon).
     */
    public LocalDate earliestReceived(LocalDate today) {
        return today.minusYears(historyYears);
    }

    /** The timescales in a sentence, for the people recording and deciding. */
    public String summary() {
        return "A red contact needs a decision within " + plural(redHours, "hour")
                + (redOutOfHours == RedOutOfHours.EMERGENCY_DUTY_TEAM
                        ? " (out of hours, by the emergency duty team)" : " of the working day")
                + ", amber within " + plural(amberWorkingDays, "working day") + ", green within "
                + plural(greenWorkingDays, "working day") + ".";
    }

    private static String plural(int n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    public Instant deadline(Rag rag, Instant receivedAt, WorkingCalendar calendar) {
        return switch (rag) {
            case RED -> emergencyDuty(rag, receivedAt, calendar) ? receivedAt.plus(Duration.ofHours(redHours))
                    : calendar.addWorkingHours(receivedAt, Duration.ofHours(redHours));
            case AMBER -> calendar.addWorkingDays(receivedAt, amberWorkingDays);
            case GREEN -> calendar.addWorkingDays(receivedAt, greenWorkingDays);
        };
    }

    /**
     * Whether a contact received then is for the emergency duty team: a RED one whose hours do not fit inside the
     * working day it was received in (received out of hours, or too late in the day), where the partnership's rule
     * gives those to the team.
     */
    public boolean emergencyDuty(Rag rag, Instant receivedAt, WorkingCalendar calendar) {
        if (rag != Rag.RED || redOutOfHours != RedOutOfHours.EMERGENCY_DUTY_TEAM) return false;
        Duration hours = Duration.ofHours(redHours);
        return !calendar.addWorkingHours(receivedAt, hours).equals(receivedAt.plus(hours));
    }
}
