package org.lscp.workspace.domain.plan.port.in;

import java.util.List;
import org.lscp.workspace.domain.plan.model.Inspection;
import org.lscp.workspace.domain.plan.model.SaveInspectionCommand;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.InspectionId;

/** Every member reads inspections; a PARTNERSHIP_ADMIN records and edits them. */
public interface ManageInspectionsUseCase {
    Inspection create(Actor actor, SaveInspectionCommand command);

    Inspection update(Actor actor, InspectionId id, long expectedVersion, SaveInspectionCommand command);

    Inspection get(Actor actor, InspectionId id);

    /** Newest first. */
    List<Inspection> list(Actor actor);
}
