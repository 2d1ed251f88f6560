package org.lscp.workspace.domain.frontdoor.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lscp.workspace.domain.partnership.model.AgencyKind;

class ContactSourceTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "q) 6: Police|S6|POLICE",
            "6: Police|S6|POLICE",
            "6|S6|POLICE",
            "3A|S3A|HEALTH",
            "3a|S3A|HEALTH",
            "g) 3A: GP|S3A|HEALTH",
            "5D: Early help|S5D|EARLY_HELP",
            "1C|S1C|",
            "4|S4|HOUSING",
            "10|S10|",
            "1B|S1B|",
            "j) 1B: Acquaintance|S1B|",
            "b) 1b: acquaintance|S1B|",
            "1B Acquaintance|S1B|",
            "1B - Acquaintance|S1B|",
            "t) 9: Anonymous|S9|",
            "p) 5C: External LA services|S5C|",
            "u) 10: Unknown|S10|",
            "  2A : Schools |S2A|EDUCATION"})
    void readsCensusSourceCodes(String text, ContactSource expected, AgencyKind kind) {
        assertThat(ContactSource.parse(text)).contains(expected);
        assertThat(expected.agencyKind()).isEqualTo(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"11", "", " ", "1", "3G", "5", "Police", "q)", "q) 11: Other", "0", "1BB", "Anonymous",
            "61", "2A2"})
    void refusesUnknownOrBlankCodes(String text) {
        assertThat(ContactSource.parse(text)).isEmpty();
    }

    @Test
    void aBlankCellIsNoSource() {
        assertThat(ContactSource.parse(null)).isEmpty();
    }

    @Test
    void theNamedSourcesCarryTheirCodesLabelsAndKinds() {
        assertThat(ContactSource.S6.code()).isEqualTo("6");
        assertThat(ContactSource.S6.label()).isEqualTo("Police");
        assertThat(ContactSource.S5D.label()).isEqualTo("Early help");
        assertThat(ContactSource.S5D.agencyKind()).isEqualTo(AgencyKind.EARLY_HELP);
        assertThat(ContactSource.S1B.display()).isEqualTo("1B Acquaintance");
        assertThat(ContactSource.S6.annexA()).isEqualTo("q) 6: Police");
        assertThat(ContactSource.S1B.annexA()).isEqualTo("b) 1B: Acquaintance");
    }

    /** Family, acquaintances, the child, other people, another council, anonymous and unknown are no partner agency. */
    @Test
    void onlyPartnerAgencySourcesHaveAKindOfAgency() {
        assertThat(Arrays.stream(ContactSource.values()).filter(s -> s.agencyKind() == null))
                .containsExactly(ContactSource.S1A, ContactSource.S1B, ContactSource.S1C, ContactSource.S1D,
                        ContactSource.S5C, ContactSource.S9, ContactSource.S10);
    }

    @ParameterizedTest
    @EnumSource(AgencyKind.class)
    void aLiveContactFromAnyKindOfAgencyHasASourceThatNamesAKindOfAgencyOrIsUnknown(AgencyKind kind) {
        ContactSource source = ContactSource.forAgency(kind);
        assertThat(source.agencyKind() != null || source == ContactSource.S10).isTrue();
        assertThat(ContactSource.ofCode(source.code())).contains(source);
    }

    @Test
    void everyCodeReadsBackToItself() {
        assertThat(Arrays.stream(ContactSource.values()).map(s -> ContactSource.parse(s.code() + ": " + s.label())
                .orElseThrow())).containsExactly(ContactSource.values());
        assertThat(Arrays.stream(ContactSource.values()).map(s -> ContactSource.parse(s.annexA()).orElseThrow()))
                .containsExactly(ContactSource.values());
        assertThat(Arrays.stream(ContactSource.values()).map(ContactSource::code).distinct())
                .hasSize(ContactSource.values().length);
        assertThat(Arrays.stream(ContactSource.values()).map(ContactSource::annexA).map(a -> a.charAt(0)).distinct())
                .as("each source its own letter").hasSize(ContactSource.values().length);
        assertThat(EnumSet.allOf(ContactSource.class)).allMatch(s -> ContactSource.ofCode(s.code()).orElseThrow() == s);
    }
}
