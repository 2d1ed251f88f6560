package org.lscp.workspace.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnglandAndWalesBankHolidaysTest {

    private static Map<Integer, Long> perYear() {
        return EnglandAndWalesBankHolidays.dates().stream()
                .collect(Collectors.groupingBy(LocalDate::getYear, Collectors.counting()));
    }

    @ParameterizedTest
    @ValueSource(ints = {2015, 2016, 2017, 2018, 2019, 2020, 2021, 2024, 2025, 2026, 2027, 2028})
    void eightBankHolidaysAYear(int year) {
        assertThat(perYear()).containsEntry(year, 8L);
    }

    @Test
    void coversExactly2015To2028() {
        assertThat(perYear().keySet()).containsExactlyInAnyOrder(2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022,
                2023, 2024, 2025, 2026, 2027, 2028);
        assertThat(EnglandAndWalesBankHolidays.dates()).hasSize(12 * 8 + 10 + 9);
    }

    @Test
    void in2020TheEarlyMayBankHolidayMovedToVeDay() {
        assertThat(perYear()).containsEntry(2020, 8L);
        assertThat(EnglandAndWalesBankHolidays.named()).containsEntry(LocalDate.of(2020, 5, 8),
                "Early May bank holiday").doesNotContainKey(LocalDate.of(2020, 5, 4));
    }

    @Test
    void in2022TheJubileeAndTheQueensFuneralAddedTwo() {
        assertThat(perYear()).containsEntry(2022, 10L);
        assertThat(EnglandAndWalesBankHolidays.named())
                .containsEntry(LocalDate.of(2022, 6, 2), "Spring bank holiday")
                .containsEntry(LocalDate.of(2022, 6, 3), "Platinum Jubilee bank holiday")
                .containsEntry(LocalDate.of(2022, 9, 19), "State Funeral of Queen Elizabeth II")
                .doesNotContainKey(LocalDate.of(2022, 5, 30));
    }

    @Test
    void in2023TheCoronationAddedOne() {
        assertThat(perYear()).containsEntry(2023, 9L);
        assertThat(EnglandAndWalesBankHolidays.named()).containsEntry(LocalDate.of(2023, 5, 8),
                "Coronation of King Charles III");
    }

    @Test
    void everyBankHolidayIsAWeekday() {
        assertThat(EnglandAndWalesBankHolidays.dates()).allSatisfy(d ->
                assertThat(d.getDayOfWeek()).as(d.toString()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    }

    @Test
    void weekendChristmasesAreSubstituted() {
        Map<LocalDate, String> named = EnglandAndWalesBankHolidays.named();
        assertThat(named).containsEntry(LocalDate.of(2027, 12, 27), "Christmas Day")
                .containsEntry(LocalDate.of(2027, 12, 28), "Boxing Day")
                .containsEntry(LocalDate.of(2028, 1, 3), "New Year's Day")
                .containsEntry(LocalDate.of(2026, 12, 25), "Christmas Day")
                .containsEntry(LocalDate.of(2026, 12, 28), "Boxing Day");
    }

    @Test
    void namedIsInDateOrderUnmodifiableAndMatchesDates() {
        Map<LocalDate, String> named = EnglandAndWalesBankHolidays.named();
        assertThat(java.util.List.copyOf(named.keySet())).isSorted().containsExactlyInAnyOrderElementsOf(EnglandAndWalesBankHolidays.dates());
        assertThat(named.values()).allSatisfy(n -> assertThat(n).isNotBlank());
        assertThatThrownBy(() -> named.put(LocalDate.of(2026, 1, 2), "x"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> EnglandAndWalesBankHolidays.dates().add(LocalDate.of(2026, 1, 2)))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
