package org.lscp.workspace.domain.plan.model;

import java.time.LocalDate;
import java.util.Set;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.Check;
import org.lscp.workspace.domain.shared.Text;
import org.lscp.workspace.domain.shared.MemberId;

/** What a lead officer or admin records about an action; validates itself. */
public record SaveActionCommand(String description, MemberId leadOfficer, Set<AgencyId> contributingAgencies,
                                LocalDate dueDate, ActionStatus status) {
    public static final int TEXT_MAX = 2_000;

    public SaveActionCommand {
        contributingAgencies = contributingAgencies == null ? Set.of() : Set.copyOf(contributingAgencies);
        new Check().longText("description", description, "what the action is", TEXT_MAX)
                .present("leadOfficer", leadOfficer, "Choose the action's lead officer.")
                .present("dueDate", dueDate, "Enter the date it is due.")
                .present("status", status, "Choose a status.")
                .done();
        description = Text.block(description);
    }
}
