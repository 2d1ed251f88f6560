package org.lscp.workspace.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkingCalendarTest {
    private static final WorkingCalendar CALENDAR = WorkingCalendar.englandAndWales();
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27"})
    void weekdaysAreWorkingDays(String iso) {
        assertThat(CALENDAR.isWorkingDay(day(iso))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-28", "2026-11-29"})
    void weekendsAreNotWorkingDays(String iso) {
        assertThat(CALENDAR.isWorkingDay(day(iso))).isFalse();
    }

    @Test
    void christmas2026FallsOnAFridaySoBoxingDayMovesToMonday28December() {
        assertThat(CALENDAR.isWorkingDay(day("2026-12-24"))).as("Christmas Eve, Thursday").isTrue();
        assertThat(CALENDAR.isWorkingDay(day("2026-12-25"))).as("Christmas Day, Friday").isFalse();
        assertThat(CALENDAR.isWorkingDay(day("2026-12-26"))).as("Saturday").isFalse();
        assertThat(CALENDAR.isWorkingDay(day("2026-12-27"))).as("Sunday").isFalse();
        assertThat(CALENDAR.isWorkingDay(day("2026-12-28"))).as("Boxing Day substitute, Monday").isFalse();
        assertThat(CALENDAR.isWorkingDay(day("2026-12-29"))).isTrue();
        assertThat(EnglandAndWalesBankHolidays.named()).containsEntry(day("2026-12-28"), "Boxing Day");
    }

    @Test
    void easter2026IsGoodFridayAndEasterMonday() {
        assertThat(CALENDAR.isWorkingDay(day("2026-04-02"))).isTrue();
        assertThat(CALENDAR.isWorkingDay(day("2026-04-03"))).isFalse();
        assertThat(CALENDAR.isWorkingDay(day("2026-04-06"))).isFalse();
        assertThat(CALENDAR.isWorkingDay(day("2026-04-07"))).isTrue();
    }

    @Test
    void aCalendarWithoutHolidaysOnlySkipsWeekends() {
        WorkingCalendar plain = new WorkingCalendar(Set.of());
        assertThat(plain.isWorkingDay(day("2026-12-25"))).isTrue();
        assertThat(plain.isWorkingDay(day("2026-12-26"))).isFalse();
        assertThat(plain.addWorkingDays(day("2026-12-24"), 1)).isEqualTo(day("2026-12-25"));
    }

    @Test
    void theHolidaysAreCopied() {
        Set<LocalDate> holidays = new HashSet<>();
        WorkingCalendar calendar = new WorkingCalendar(holidays);
        holidays.add(MONDAY);
        assertThat(calendar.isWorkingDay(MONDAY)).isTrue();
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            "2026-11-23, 0, 2026-11-23",  // zero: the day itself
            "2026-11-28, 0, 2026-11-28",  // zero from a Saturday: still the day itself
            "2026-11-23, 1, 2026-11-24",
            "2026-11-23, 4, 2026-11-27",
            "2026-11-23, 5, 2026-11-30",  // over a weekend
            "2026-11-27, 1, 2026-11-30",  // Friday + 1 = Monday
            "2026-11-28, 1, 2026-11-30",  // Saturday + 1 = Monday
            "2026-11-29, 1, 2026-11-30",  // Sunday + 1 = Monday
            "2026-04-02, 1, 2026-04-07",  // Maundy Thursday + 1 skips Good Friday, the weekend and Easter Monday
            "2026-04-01, 3, 2026-04-08",
            "2026-03-30, 10, 2026-04-15", // the whole of Easter inside the span
            "2026-12-24, 1, 2026-12-29",  // Christmas Eve + 1 skips 25, 26, 27 and 28 December
            "2026-12-24, 5, 2027-01-05",  // and New Year's Day
    })
    void addWorkingDays(String from, int days, String expected) {
        assertThat(CALENDAR.addWorkingDays(day(from), days)).isEqualTo(day(expected));
    }

    @Test
    void addingNegativeWorkingDaysIsRefused() {
        assertThatThrownBy(() -> CALENDAR.addWorkingDays(MONDAY, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("days must be >= 0");
    }

    @ParameterizedTest(name = "{0} to {1}: {2}")
    @CsvSource({
            "2026-11-23, 2026-11-23, 0",  // same day
            "2026-11-24, 2026-11-23, 0",  // backwards
            "2026-11-30, 2026-11-23, 0",  // far backwards
            "2026-11-23, 2026-11-24, 1",  // the end counts, the start does not
            "2026-11-22, 2026-11-23, 1",  // from a Sunday
            "2026-11-23, 2026-11-27, 4",
            "2026-11-23, 2026-11-30, 5",
            "2026-11-27, 2026-11-29, 0",  // Friday to Sunday
            "2026-11-27, 2026-11-30, 1",  // Friday to Monday
            "2026-04-02, 2026-04-07, 1",  // across Easter
            "2026-04-02, 2026-04-06, 0",  // ending on Easter Monday
            "2026-12-24, 2026-12-31, 3",  // across Christmas
            "2026-01-01, 2026-12-31, 253", // a whole year: 261 weekdays less 8 bank holidays
    })
    void workingDaysBetween(String from, String to, int expected) {
        assertThat(CALENDAR.workingDaysBetween(day(from), day(to))).isEqualTo(expected);
    }

    @Test
    void workingDaysBetweenUndoesAddWorkingDays() {
        for (LocalDate from = day("2026-03-25"); from.isBefore(day("2026-04-10")); from = from.plusDays(1)) {
            for (int n = 0; n <= 12; n++) {
                assertThat(CALENDAR.workingDaysBetween(from, CALENDAR.addWorkingDays(from, n)))
                        .as("%s + %d", from, n).isEqualTo(n);
            }
        }
    }
}
