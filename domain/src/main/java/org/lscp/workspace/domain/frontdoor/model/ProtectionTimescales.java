package org.lscp.workspace.domain.frontdoor.model;

import java.time.Instant;
import java.time.LocalDate;
import org.lscp.workspace.domain.shared.Check;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.shared.WorkingCalendar;

/**
 * How fast a strategy discussion must be held after the decision that calls for it (the partnership's setting; local
 * procedures usually say one working day), and the national 15 working days from the strategy discussion to the
 * initial child protection conference.
 */
public record ProtectionTimescales(int discussionWorkingDays) {
    public static final ProtectionTimescales DEFAULTS = new ProtectionTimescales(1);
    public static final int CONFERENCE_WORKING_DAYS = 15;
    public static final int MOST_DISCUSSION_WORKING_DAYS = 10;

    public ProtectionTimescales {
        new Check().that(discussionWorkingDays >= 1 && discussionWorkingDays <= MOST_DISCUSSION_WORKING_DAYS,
                "discussionWorkingDays", "Give the working days for a strategy discussion, from 1 to "
                        + MOST_DISCUSSION_WORKING_DAYS + ".").done();
    }

    /** The same working-clock time, this many working days after the decision (made out of hours: from 09:00). */
    public Instant discussionDue(Instant decidedAt, WorkingCalendar calendar) {
        return calendar.addWorkingDays(decidedAt, discussionWorkingDays);
    }

    /** The end (17:00 in London) of the 15th working day after the day of the strategy discussion. */
    public Instant conferenceDue(Instant discussionHeldAt, WorkingCalendar calendar) {
        LocalDate day = calendar.addWorkingDays(LocalDate.ofInstant(discussionHeldAt, London.ZONE),
                CONFERENCE_WORKING_DAYS);
        return day.atTime(WorkingCalendar.CLOSES).atZone(London.ZONE).toInstant();
    }
}
