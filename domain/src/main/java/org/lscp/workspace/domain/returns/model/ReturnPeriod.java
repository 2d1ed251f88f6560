package org.lscp.workspace.domain.returns.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The days a return covers, first to last. */
public record ReturnPeriod(LocalDate start, LocalDate end) {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.UK);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    public ReturnPeriod {
        if (end.isBefore(start)) throw new IllegalArgumentException(start + " after " + end);
    }

    /** "Oct 2026", "Jul–Sep 2026", "Apr 2025–Mar 2026". */
    public String label() {
        if (start.getMonth() == end.getMonth() && start.getYear() == end.getYear()) return MONTH_YEAR.format(start);
        if (start.getYear() == end.getYear()) return MONTH.format(start) + "\u2013" + MONTH_YEAR.format(end);
        return MONTH_YEAR.format(start) + "\u2013" + MONTH_YEAR.format(end);
    }

    /** Over: its last day is before {@code today}. */
    public boolean endedBy(LocalDate today) {
        return end.isBefore(today);
    }
}
