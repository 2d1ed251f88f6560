package org.lscp.workspace.domain.plan.port.in;

import java.util.List;
import org.lscp.workspace.domain.plan.model.PlanImport;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.InspectionId;

/**
 * A PARTNERSHIP_ADMIN imports recommendations and actions from a CSV or XLSX file into an inspection: first a
 * preview with row-level errors, then an all-or-nothing commit.
 */
public interface ImportPlanUseCase {
    /** One row per action; the recommendation's columns repeat on each of its actions' rows. */
    List<String> COLUMNS = List.of("recommendation_number", "recommendation_text", "theme",
            "recommendation_lead_email", "action_description", "action_lead_email", "due_date", "action_status");

    PlanImport preview(Actor actor, InspectionId inspection, String fileName, byte[] content);

    /** Saves everything, or nothing when any row is invalid (a ValidationException then names the rows). */
    PlanImport commit(Actor actor, InspectionId inspection, String fileName, byte[] content);
}
