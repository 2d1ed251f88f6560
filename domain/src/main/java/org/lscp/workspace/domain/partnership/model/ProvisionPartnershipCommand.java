package org.lscp.workspace.domain.partnership.model;

import java.util.List;
import java.util.Set;
import org.lscp.workspace.domain.shared.Check;
import org.lscp.workspace.domain.shared.Role;

/**
 * Sets up a new partnership with its agencies and first members (run by the system, e.g. on-boarding or demo).
 * {@code temporaryPasswords}: the members must change their initial passwords after signing in (true unless said
 * otherwise; the demo data says otherwise, since everyone knows its password anyway).
 */
public record ProvisionPartnershipCommand(String name, String localAuthority, List<SaveAgencyCommand> agencies,
                                          List<NewMember> members, boolean temporaryPasswords) {

    public ProvisionPartnershipCommand(String name, String localAuthority, List<SaveAgencyCommand> agencies,
                                       List<NewMember> members) {
        this(name, localAuthority, agencies, members, true);
    }

    public record NewMember(String name, String email, String agencyName, Set<Role> roles, String initialPassword) {
    }

    public ProvisionPartnershipCommand {
        Check check = new Check().text("name", name, "the partnership's name", 120)
                .text("localAuthority", localAuthority, "the local authority", 120)
                .notEmpty("agencies", agencies, "A partnership needs at least one agency.")
                .that(members != null && members.stream().anyMatch(m -> m.roles().contains(Role.PARTNERSHIP_ADMIN)),
                        "members", "A partnership needs at least one partnership admin.");
        if (agencies != null) {
            check.that(agencies.stream().map(a -> a.name().toLowerCase(java.util.Locale.ROOT)).distinct().count()
                    == agencies.size(), "agencies", "Each agency needs a different name.");
        }
        if (members != null) {
            check.that(members.stream().allMatch(m -> m.initialPassword() != null && m.initialPassword().length() >= 12),
                    "members", "Each member needs a temporary password of at least 12 characters.");
        }
        check.done();
        agencies = List.copyOf(agencies);
        members = List.copyOf(members);
    }
}
