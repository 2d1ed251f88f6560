package org.lscp.workspace.domain.partnership.port.in;

import java.util.List;
import java.util.Map;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.partnership.model.AgencyFilter;
import org.lscp.workspace.domain.partnership.model.SaveAgencyCommand;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.PageRequest;

/** Agencies of the actor's partnership: every member reads them; a PARTNERSHIP_ADMIN creates and edits. */
public interface ManageAgenciesUseCase {
    Agency create(Actor actor, SaveAgencyCommand command);

    /** {@code expectedVersion} is the version the admin loaded; a newer one means someone else changed it. */
    Agency update(Actor actor, AgencyId id, long expectedVersion, SaveAgencyCommand command);

    Agency get(Actor actor, AgencyId id);

    List<Agency> list(Actor actor, AgencyFilter filter, PageRequest page);

    long count(Actor actor, AgencyFilter filter);

    /** Every agency of the actor's partnership, by name: what a chooser offers. */
    List<Agency> all(Actor actor);

    /** The names of the actor's partnership's agencies by id: the one way a page names an agency it refers to. */
    Map<AgencyId, String> names(Actor actor);
}
