package org.lscp.workspace.domain.partnership.model;

import org.lscp.workspace.domain.shared.Check;
import org.lscp.workspace.domain.shared.Text;

/**
 * What an admin types to create or edit an agency; validates itself. The short name is what busy lists show
 * ("NMUH", "Met Police"); left empty, lists show the full name.
 */
public record SaveAgencyCommand(String name, String shortName, AgencyKind kind, boolean statutoryPartner) {
    public static final int NAME_MAX = 120;
    /** What a member is told when the partnership already has an agency of that name (any case). */
    public static final String NAME_TAKEN = "An agency with this name already exists in your partnership.";
    public static final int SHORT_NAME_MAX = 24;

    public SaveAgencyCommand {
        shortName = java.util.Objects.requireNonNullElse(Text.line(shortName), "");
        new Check().text("name", name, "the agency's name", NAME_MAX)
                .that(shortName.length() <= SHORT_NAME_MAX, "shortName",
                        "Keep the short name to " + SHORT_NAME_MAX + " characters or fewer.")
                .present("kind", kind, "Choose the kind of agency.")
                .done();
        name = Text.line(name);
    }

    /** An agency whose lists show its full name. */
    public SaveAgencyCommand(String name, AgencyKind kind, boolean statutoryPartner) {
        this(name, "", kind, statutoryPartner);
    }
}
