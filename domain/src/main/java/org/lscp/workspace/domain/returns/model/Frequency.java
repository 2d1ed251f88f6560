package org.lscp.workspace.domain.returns.model;

import java.time.LocalDate;
import java.time.Month;

/** How often an agency returns a measure: monthly, by calendar quarter, or by financial year (April to March). */
public enum Frequency {
    MONTHLY("Monthly", 1), QUARTERLY("Quarterly", 3), YEARLY("Yearly (April to March)", 12);

    private final String label;
    private final int months;

    Frequency(String label, int months) {
        this.label = label;
        this.months = months;
    }

    public String label() { return label; }

    /** The period a day falls in. */
    public ReturnPeriod containing(LocalDate day) {
        LocalDate start = switch (this) {
            case MONTHLY -> day.withDayOfMonth(1);
            case QUARTERLY -> day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
            case YEARLY -> LocalDate.of(day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1, Month.APRIL, 1);
        };
        return new ReturnPeriod(start, start.plusMonths(months).minusDays(1));
    }

    /** Whether a day starts one of its periods. */
    public boolean starts(LocalDate day) {
        return containing(day).start().equals(day);
    }

    public ReturnPeriod before(ReturnPeriod period) {
        return containing(period.start().minusDays(1));
    }
}
