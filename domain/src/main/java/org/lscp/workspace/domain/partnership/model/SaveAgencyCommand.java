package org.lscp.workspace.domain.partnership.model;

import org.lscp.workspace.domain.shared.Check;

/** What an admin types to create or edit an agency; validates itself. */
public record SaveAgencyCommand(String name, AgencyKind kind, boolean statutoryPartner) {
    public static final int NAME_MAX = 120;

    public SaveAgencyCommand {
        new Check().text("name", name, "the agency's name", NAME_MAX)
                .present("kind", kind, "Choose the kind of agency.")
                .done();
        name = name.strip();
    }
}
