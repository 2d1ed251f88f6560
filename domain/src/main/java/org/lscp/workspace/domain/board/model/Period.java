package org.lscp.workspace.domain.board.model;

import java.time.Instant;
import java.time.LocalDate;
import org.lscp.workspace.domain.shared.Check;
import org.lscp.workspace.domain.shared.London;

/** A reporting period of whole London days, both ends included. */
public record Period(LocalDate from, LocalDate to) {
    public Period {
        new Check().present("from", from, "Choose the first day of the period.")
                .present("to", to, "Choose the last day of the period.").done();
        new Check().that(!to.isBefore(from), "to", "The period must end on or after the day it starts.").done();
    }

    /** The twelve months up to and including today. */
    public static Period yearTo(LocalDate today) {
        return new Period(today.minusMonths(12).plusDays(1), today);
    }

    public Instant start() {
        return London.startOf(from);
    }

    public Instant endExclusive() {
        return London.startOfDayAfter(to);
    }
}
