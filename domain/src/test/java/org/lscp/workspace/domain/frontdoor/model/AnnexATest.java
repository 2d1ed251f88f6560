package org.lscp.workspace.domain.frontdoor.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AnnexATest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "a) Male|MALE", "Male|MALE", "male|MALE", "  a) Male  |MALE",
            "b) Female|FEMALE", "Female|FEMALE",
            "c) Not stated/recorded|NOT_STATED", "Not stated/recorded|NOT_STATED", "Not stated|NOT_STATED",
            "d) Neither|NEITHER", "Neither|NEITHER"})
    void readsGenderCodesWithOrWithoutTheirLetter(String text, Gender expected) {
        assertThat(AnnexA.gender(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "M", "e) Other", "Unknown", "Boy", "a)"})
    void refusesAnythingElseAsAGender(String text) {
        assertThat(AnnexA.gender(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "a) WBRI|WBRI", "WBRI|WBRI", "wbri|WBRI", "a) wbri|WBRI", " b) WIRI |WIRI", "BAFR|BAFR",
            "s) REFU|REFU", "REFU|REFU", "s) NOBT|NOBT", "t) NOBT|NOBT"})
    void readsEthnicityCodesWithOrWithoutTheirLetter(String text, Ethnicity expected) {
        assertThat(AnnexA.ethnicity(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a) XXXX", "White British", "WBR", "WBRII", "a)"})
    void refusesAnythingElseAsAnEthnicity(String text) {
        assertThat(AnnexA.ethnicity(text)).isEmpty();
    }

    @Test
    void readsDatesAsDayMonthYear() {
        assertThat(AnnexA.date("01/02/2026")).contains(LocalDate.of(2026, 2, 1));
        assertThat(AnnexA.date("31/12/2025")).contains(LocalDate.of(2025, 12, 31));
        assertThat(AnnexA.date(" 15/01/2026 ")).contains(LocalDate.of(2026, 1, 15));
        assertThat(AnnexA.date("29/02/2024")).contains(LocalDate.of(2024, 2, 29));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2026", "29/02/2025", "32/01/2026", "00/01/2026", "01/13/2026", "2026-01-01",
            "1/1/2026", "01-01-2026", "01/01/26", "", "tomorrow"})
    void refusesDatesThatAreNotStrictlyDayMonthYear(String text) {
        assertThat(AnnexA.date(text)).isEmpty();
    }

    /** Excel keeps a date as a number of days: a cell without a date format arrives as that number. */
    @ParameterizedTest
    @CsvSource({"45992,2025-12-01", "46083,2026-03-02", "45992.75,2025-12-01", " 45992 ,2025-12-01",
            "1,1900-01-01", "59,1900-02-28", "61,1900-03-01", "2958465,9999-12-31", "01/12/2025,2025-12-01"})
    void readsExcelDateSerialsAsWellAsDayMonthYear(String text, LocalDate expected) {
        assertThat(AnnexA.day(text)).contains(expected);
    }

    /** 0 and below are before Excel's first day; 60 is its phantom 29/02/1900; past 9999 is none. */
    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "-45992", "0.5", "60", "2958466", "99999999", "1e5", "45,992", "2025-12-01",
            "31/02/2026", ""})
    void refusesNumbersThatAreNotExcelDates(String text) {
        assertThat(AnnexA.day(text)).isEmpty();
    }

    @Test
    void tellsNumbersFromText() {
        assertThat(AnnexA.isNumber("0")).isTrue();
        assertThat(AnnexA.isNumber(" -3 ")).isTrue();
        assertThat(AnnexA.isNumber("45992.5")).isTrue();
        assertThat(AnnexA.isNumber("01/12/2025")).isFalse();
        assertThat(AnnexA.isNumber("")).isFalse();
    }

    @Test
    void writesDatesAsDayMonthYear() {
        assertThat(AnnexA.date(LocalDate.of(2026, 3, 2))).isEqualTo("02/03/2026");
    }

    @Test
    void list1HasOfstedHeadingsInOrder() {
        assertThat(AnnexA.LIST_1).containsExactly("Child Unique ID", "Gender", "Ethnicity", "Date of Birth",
                "Age of Child (Years)", "Date of Contact", "Contact Source");
    }
}
