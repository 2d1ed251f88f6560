package org.lscp.workspace.domain.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Working days: Monday to Friday except the partnership's bank holidays (England and Wales by default,
 * editable by the partnership admin). Deadlines and "due soon" are counted on it.
 */
public final class WorkingCalendar {
    private final Set<LocalDate> holidays;

    public WorkingCalendar(Set<LocalDate> holidays) {
        this.holidays = Set.copyOf(holidays);
    }

    public static WorkingCalendar englandAndWales() {
        return new WorkingCalendar(EnglandAndWalesBankHolidays.dates());
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The working day that is {@code days} working days after {@code from} (from itself does not count). */
    public LocalDate addWorkingDays(LocalDate from, int days) {
        if (days < 0) throw new IllegalArgumentException("days must be >= 0");
        LocalDate day = from;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) left--;
        }
        return day;
    }

    /** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after it. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) count++;
        }
        return count;
    }
}
