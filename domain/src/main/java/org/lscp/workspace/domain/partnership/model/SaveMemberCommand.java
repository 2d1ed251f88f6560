package org.lscp.workspace.domain.partnership.model;

import java.util.Locale;
import java.util.Set;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.Check;
import org.lscp.workspace.domain.shared.Text;
import org.lscp.workspace.domain.shared.Role;

/** What an admin types to create or edit a member; validates itself. Emails are kept in lower case. */
public record SaveMemberCommand(String name, String email, AgencyId agencyId, Set<Role> roles) {
    public static final int NAME_MAX = 120;
    /**
     * Why an email is refused when another member (of this or any other partnership) has it: the same words either
     * way, so the answer never reveals another partnership's members.
     */
    public static final String EMAIL_UNAVAILABLE =
            "This email address cannot be used: choose another, or contact support if it is this person's address.";

    public SaveMemberCommand {
        new Check().text("name", name, "the member's name", NAME_MAX)
                .email("email", email)
                .present("agency", agencyId, "Choose the member's agency.")
                .notEmpty("roles", roles, "Give the member at least one role.")
                .done();
        name = Text.line(name);
        email = normaliseEmail(email);
        roles = Set.copyOf(roles);
    }

    public static String normaliseEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
