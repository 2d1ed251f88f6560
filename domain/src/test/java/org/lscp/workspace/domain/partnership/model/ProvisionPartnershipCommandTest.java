package org.lscp.workspace.domain.partnership.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lscp.workspace.domain.partnership.model.ProvisionPartnershipCommand.NewMember;
import org.lscp.workspace.domain.shared.Role;
import org.lscp.workspace.domain.shared.ValidationException;

class ProvisionPartnershipCommandTest {
    private static final List<SaveAgencyCommand> AGENCIES =
            List.of(new SaveAgencyCommand("Northshire Police", AgencyKind.POLICE, true));
    private static final NewMember ADMIN = new NewMember("Asha Patel", "asha@example.org", "Northshire Police",
            Set.of(Role.PARTNERSHIP_ADMIN), "a-long-enough-password");
    private static final NewMember PRACTITIONER = new NewMember("Ben Carter", "ben@example.org", "Northshire Police",
            Set.of(Role.PRACTITIONER), "a-long-enough-password");

    private static ValidationException invalid(String name, String la, List<SaveAgencyCommand> agencies,
                                               List<NewMember> members) {
        return catchThrowableOfType(ValidationException.class,
                () -> new ProvisionPartnershipCommand(name, la, agencies, members));
    }

    @Test
    void acceptsAPartnershipWithAnAgencyAndAnAdmin() {
        List<NewMember> members = new ArrayList<>(List.of(ADMIN, PRACTITIONER));
        var command = new ProvisionPartnershipCommand("Northshire SCP", "Northshire County Council", AGENCIES, members);
        members.clear();
        assertThat(command.members()).containsExactly(ADMIN, PRACTITIONER);
        assertThat(command.agencies()).isEqualTo(AGENCIES);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void needsAName(String name) {
        assertThat(invalid(name, "Northshire County Council", AGENCIES, List.of(ADMIN)).fieldErrors())
                .containsExactlyEntriesOf(Map.of("name", "Enter the partnership's name."));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void needsALocalAuthority(String la) {
        assertThat(invalid("Northshire SCP", la, AGENCIES, List.of(ADMIN)).fieldErrors())
                .containsExactlyEntriesOf(Map.of("localAuthority", "Enter the local authority."));
    }

    @Test
    void rejectsOverLongNames() {
        assertThat(invalid("x".repeat(121), "y".repeat(121), AGENCIES, List.of(ADMIN)).fieldErrors())
                .containsOnly(Map.entry("name", "The partnership's name must be 120 characters or fewer."),
                        Map.entry("localAuthority", "The local authority must be 120 characters or fewer."));
    }

    @Test
    void needsAtLeastOneAgency() {
        assertThat(invalid("Northshire SCP", "Northshire", List.of(), List.of(ADMIN)).fieldErrors())
                .containsExactlyEntriesOf(Map.of("agencies", "A partnership needs at least one agency."));
        assertThat(invalid("Northshire SCP", "Northshire", null, List.of(ADMIN)).fieldErrors())
                .containsKey("agencies");
    }

    @Test
    void needsAtLeastOnePartnershipAdmin() {
        String message = "A partnership needs at least one partnership admin.";
        assertThat(invalid("Northshire SCP", "Northshire", AGENCIES, List.of(PRACTITIONER)).fieldErrors())
                .containsExactlyEntriesOf(Map.of("members", message));
        assertThat(invalid("Northshire SCP", "Northshire", AGENCIES, List.of()).fieldErrors())
                .containsExactlyEntriesOf(Map.of("members", message));
        assertThat(invalid("Northshire SCP", "Northshire", AGENCIES, null).fieldErrors())
                .containsExactlyEntriesOf(Map.of("members", message));
    }

    @Test
    void reportsEveryProblemAtOnce() {
        assertThat(invalid("", "", List.of(), List.of()).fieldErrors())
                .containsOnlyKeys("name", "localAuthority", "agencies", "members");
    }

    @Test
    void agencyNamesMustDifferIgnoringCase() {
        var twice = List.of(AGENCIES.getFirst(), new SaveAgencyCommand("NORTHSHIRE police", AgencyKind.POLICE, true));
        assertThat(invalid("Northshire SCP", "Northshire", twice, List.of(ADMIN)).fieldErrors())
                .containsExactlyEntriesOf(Map.of("agencies", "Each agency needs a different name."));
    }

    @Test
    void everyMemberNeedsATemporaryPasswordOfTwelveCharacters() {
        var weak = new NewMember("Asha Patel", "asha@example.org", "Northshire Police", Set.of(Role.PARTNERSHIP_ADMIN),
                "12345678901");
        assertThat(invalid("Northshire SCP", "Northshire", AGENCIES, List.of(weak)).fieldErrors())
                .containsExactlyEntriesOf(Map.of("members",
                        "Each member needs a temporary password of at least 12 characters."));
    }
}
