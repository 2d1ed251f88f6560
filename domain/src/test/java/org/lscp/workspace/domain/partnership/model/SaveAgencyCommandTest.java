package org.lscp.workspace.domain.partnership.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lscp.workspace.domain.shared.ValidationException;

class SaveAgencyCommandTest {

    @Test
    void keepsAValidCommandWithItsNameTrimmed() {
        SaveAgencyCommand command = new SaveAgencyCommand("  Northshire Police ", AgencyKind.POLICE, true);
        assertThat(command.name()).isEqualTo("Northshire Police");
        assertThat(command.kind()).isEqualTo(AgencyKind.POLICE);
        assertThat(command.statutoryPartner()).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void needsAName(String name) {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> new SaveAgencyCommand(name, AgencyKind.POLICE, false));
        assertThat(e.fieldErrors()).containsExactlyEntriesOf(Map.of("name", "Enter the agency's name."));
    }

    @Test
    void aShortNameIsWhatListsShowAndIsKeptShort() {
        SaveAgencyCommand command = new SaveAgencyCommand("North Middlesex University Hospital", " NMUH ",
                AgencyKind.HEALTH, false);
        assertThat(command.shortName()).isEqualTo("NMUH");
        Agency agency = Agency.create(new org.lscp.workspace.domain.shared.PartnershipId(1), command);
        assertThat(agency.label()).isEqualTo("NMUH");
        assertThat(Agency.create(new org.lscp.workspace.domain.shared.PartnershipId(1),
                new SaveAgencyCommand("Enfield Housing", AgencyKind.HOUSING, false)).label())
                .as("no short name: the full name").isEqualTo("Enfield Housing");
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> new SaveAgencyCommand("Hospital", "x".repeat(25), AgencyKind.HEALTH, false));
        assertThat(e.fieldErrors()).containsEntry("shortName", "Keep the short name to 24 characters or fewer.");
    }

    @Test
    void rejectsANameOf121Characters() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> new SaveAgencyCommand("x".repeat(121), AgencyKind.POLICE, false));
        assertThat(e.fieldErrors()).containsEntry("name", "The agency's name must be 120 characters or fewer.");
    }

    @Test
    void acceptsANameOf120Characters() {
        assertThat(new SaveAgencyCommand("x".repeat(120), AgencyKind.OTHER, false).name()).hasSize(120);
    }

    @Test
    void needsAKind() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> new SaveAgencyCommand("Police", null, false));
        assertThat(e.fieldErrors()).containsExactlyEntriesOf(Map.of("kind", "Choose the kind of agency."));
    }

    @Test
    void reportsEveryProblemAtOnce() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> new SaveAgencyCommand(" ", null, false));
        assertThat(e.fieldErrors()).containsOnlyKeys("name", "kind");
    }
}
