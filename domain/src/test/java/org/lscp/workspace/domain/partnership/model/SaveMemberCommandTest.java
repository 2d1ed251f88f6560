package org.lscp.workspace.domain.partnership.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.Role;
import org.lscp.workspace.domain.shared.ValidationException;

class SaveMemberCommandTest {
    private static final AgencyId AGENCY = new AgencyId(4);

    private static ValidationException invalid(String name, String email, AgencyId agency, Set<Role> roles) {
        return catchThrowableOfType(ValidationException.class, () -> new SaveMemberCommand(name, email, agency, roles));
    }

    @Test
    void keepsTrimmedNameAndLowerCaseEmail() {
        SaveMemberCommand command = new SaveMemberCommand("  Ben Carter ", "  Ben.Carter@Northshire.Example.ORG ",
                AGENCY, Set.of(Role.PRACTITIONER));
        assertThat(command.name()).isEqualTo("Ben Carter");
        assertThat(command.email()).isEqualTo("ben.carter@northshire.example.org");
        assertThat(command.agencyId()).isEqualTo(AGENCY);
        assertThat(command.roles()).containsExactly(Role.PRACTITIONER);
    }

    @Test
    void rolesAreAnImmutableCopy() {
        Set<Role> roles = new HashSet<>(Set.of(Role.PRACTITIONER));
        SaveMemberCommand command = new SaveMemberCommand("Ben", "ben@example.org", AGENCY, roles);
        roles.add(Role.PARTNERSHIP_ADMIN);
        assertThat(command.roles()).containsExactly(Role.PRACTITIONER);
        assertThatThrownBy(() -> command.roles().add(Role.BOARD_CHAIR))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void needsAName(String name) {
        assertThat(invalid(name, "ben@example.org", AGENCY, Set.of(Role.PRACTITIONER)).fieldErrors())
                .containsExactlyEntriesOf(Map.of("name", "Enter the member's name."));
    }

    @Test
    void rejectsANameOf121Characters() {
        assertThat(invalid("x".repeat(121), "ben@example.org", AGENCY, Set.of(Role.PRACTITIONER)).fieldErrors())
                .containsExactlyEntriesOf(Map.of("name", "The member's name must be 120 characters or fewer."));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void needsAnEmail(String email) {
        assertThat(invalid("Ben", email, AGENCY, Set.of(Role.PRACTITIONER)).fieldErrors())
                .containsExactlyEntriesOf(Map.of("email", "Enter an email address."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ben", "ben@", "ben@example", "ben @example.org", "ben@@example.org", "@example.org"})
    void rejectsMalformedEmails(String email) {
        assertThat(invalid("Ben", email, AGENCY, Set.of(Role.PRACTITIONER)).fieldErrors())
                .containsExactlyEntriesOf(Map.of("email", "Enter an email address in the form name@example.org."));
    }

    @Test
    void needsAnAgency() {
        assertThat(invalid("Ben", "ben@example.org", null, Set.of(Role.PRACTITIONER)).fieldErrors())
                .containsExactlyEntriesOf(Map.of("agency", "Choose the member's agency."));
    }

    @Test
    void needsAtLeastOneRole() {
        assertThat(invalid("Ben", "ben@example.org", AGENCY, Set.of()).fieldErrors())
                .containsExactlyEntriesOf(Map.of("roles", "Give the member at least one role."));
        assertThat(invalid("Ben", "ben@example.org", AGENCY, null).fieldErrors())
                .containsExactlyEntriesOf(Map.of("roles", "Give the member at least one role."));
    }

    @Test
    void reportsEveryProblemAtOnce() {
        assertThat(invalid("", "nope", null, Set.of()).fieldErrors())
                .containsOnlyKeys("name", "email", "agency", "roles");
    }

    @Test
    void normaliseEmailTrimsAndLowerCases() {
        assertThat(SaveMemberCommand.normaliseEmail(" A.B@Example.Org ")).isEqualTo("a.b@example.org");
        assertThat(SaveMemberCommand.normaliseEmail(null)).isEmpty();
    }
}
