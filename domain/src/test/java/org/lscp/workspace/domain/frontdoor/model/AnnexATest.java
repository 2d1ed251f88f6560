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
