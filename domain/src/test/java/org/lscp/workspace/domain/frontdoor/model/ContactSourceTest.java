package org.lscp.workspace.domain.frontdoor.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
            "1C|S1C|OTHER",
            "4|S4|HOUSING",
            "10|S10|OTHER",
            "  2A : Schools |S2A|EDUCATION"})
    void readsCensusSourceCodes(String text, ContactSource expected, AgencyKind kind) {
        assertThat(ContactSource.parse(text)).contains(expected);
        assertThat(expected.agencyKind()).isEqualTo(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"11", "", " ", "1", "3G", "5", "Police", "q)", "q) 11: Other", "0"})
    void refusesUnknownOrBlankCodes(String text) {
        assertThat(ContactSource.parse(text)).isEmpty();
    }

    @Test
    void theNamedSourcesCarryTheirCodesLabelsAndKinds() {
        assertThat(ContactSource.S6.code()).isEqualTo("6");
        assertThat(ContactSource.S6.label()).isEqualTo("Police");
        assertThat(ContactSource.S5D.label()).isEqualTo("Early help");
        assertThat(ContactSource.S5D.agencyKind()).isEqualTo(AgencyKind.EARLY_HELP);
        assertThat(ContactSource.S1C.agencyKind()).isEqualTo(AgencyKind.OTHER);
    }

    @Test
    void everyCodeReadsBackToItself() {
        assertThat(Arrays.stream(ContactSource.values()).map(s -> ContactSource.parse(s.code() + ": " + s.label())
                .orElseThrow())).containsExactly(ContactSource.values());
        assertThat(Arrays.stream(ContactSource.values()).map(ContactSource::code).distinct())
                .hasSize(ContactSource.values().length);
    }
}
